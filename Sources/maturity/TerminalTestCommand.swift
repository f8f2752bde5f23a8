import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import MaturityCommandLine
import MaturityTerminal
import MaturityUI

/// `maturity terminal-test`: every style role in its colours, wide characters, the size and the
/// keys pressed, so that a host can check a terminal or a projector before a workshop.
struct TerminalTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-test",
        abstract: "Show every colour and style and echo keys, to check a terminal."
    )

    @Flag(name: .customLong("no-color"), help: "Use bold, reverse and underline only, no colours (as NO_COLOR=1 does).")
    var noColor = false

    func run() throws {
        let noColourVariable = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        // Before the screen starts, so that ncurses does not put its own exit-at-once handlers in.
        TerminalSignals.install()
        let screen: TerminalScreen
        switch TerminalScreen.open(colour: !noColor && noColourVariable.isEmpty) {
        case .failure(let failure):
            let hint: String
            switch failure {
            case .notATerminal: hint = "run it in an interactive terminal, with nothing redirected"
            case .unusableTerminal: hint = "set TERM to your terminal's type, for example TERM=xterm-256color"
            case .alreadyStarted: hint = "this is a bug in maturity"
            }
            Terminal.warn("this terminal cannot be used full-screen: \(failure); \(hint).")
            throw ExitCode(1)
        case .success(let opened):
            screen = opened
        }
        defer { screen.stop() }

        let colour = screen.theme.usesColour
        var lastKey: Key?
        screen.draw(TerminalTestScreen.render(size: screen.size, lastKey: lastKey, colour: colour))
        while true {
            if let signal = TerminalSignals.pending {
                screen.stop()
                Terminal.warn("stopped by \(TerminalSignals.name(of: signal))")
                throw ExitCode(TerminalSignals.exitStatus(for: signal))
            }
            // A short timeout, so that a signal is noticed within a tenth of a second.
            guard let key = screen.nextKey(timeoutMilliseconds: 100) else { continue }
            switch key {
            case .character("q"), .character("Q"), .escape, .interrupt: return
            case .hangUp:
                screen.stop()
                throw ExitCode(TerminalSignals.exitStatus(for: SIGHUP))
            default: lastKey = key
            }
            screen.draw(TerminalTestScreen.render(size: screen.size, lastKey: lastKey, colour: colour))
        }
    }
}
