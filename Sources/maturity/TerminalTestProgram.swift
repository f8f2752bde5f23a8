import MaturityTerminal
import MaturityUI

/// The terminal test as the runner runs it: the last key shown, q or Escape (or Ctrl-C) to leave.
struct TerminalTestProgram: TerminalProgram {
    let colour: Bool
    var lastKey: Key?

    /// A short wait, so that a signal is noticed within a tenth of a second.
    var idleMilliseconds: Int32 { 100 }

    mutating func handle(_ key: Key) -> TerminalRunner.Next {
        switch key {
        case .character("q"), .character("Q"), .escape, .interrupt: return .quit(0)
        default:
            lastKey = key
            return .carryOn
        }
    }

    func render(size: Size) -> Frame {
        TerminalTestScreen.render(size: size, lastKey: lastKey, colour: colour)
    }
}
