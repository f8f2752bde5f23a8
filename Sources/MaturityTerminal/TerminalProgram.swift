import MaturityUI

/// A full-screen program as `TerminalRunner` sees it: a state that takes keys and is drawn.
/// The assessment, the workshop view and the terminal test are each one; the runner owns the
/// loop, the signals, the hang-up and the drawing, so that they behave alike.
public protocol TerminalProgram {
    /// How long to wait for a key before `idle()` is asked and signals are looked at.
    var idleMilliseconds: Int32 { get }

    /// The terminal's size, once, before anything is drawn (later sizes come as `Key.resize`).
    mutating func begin(size: Size)

    /// One key, already decoded; returns whether to carry on or end with an exit status.
    mutating func handle(_ key: Key) -> TerminalRunner.Next

    /// Between keys: changes from outside (a folder, a room) taken in; true when the screen
    /// must be drawn again.
    mutating func idle() -> Bool

    /// The run ends by a signal or a hang-up: the last moment to keep what was typed.
    mutating func leaving()

    func render(size: Size) -> Frame
}

extension TerminalProgram {
    public var idleMilliseconds: Int32 { 200 }
    public mutating func begin(size: Size) {}
    public mutating func idle() -> Bool { false }
    public mutating func leaving() {}
}
