import MaturityUI

/// What the runner needs of a terminal: its size, keys, drawing and a way to let go of it.
/// `TerminalScreen` is the real one (ncurses); the runner's tests give it a scripted one.
public protocol TerminalDevice: AnyObject {
    /// The size in columns and rows, as of the last key read.
    var size: Size { get }
    /// How style roles look on this terminal.
    var theme: Theme { get }
    /// The next key or resize, or nil when none came within the timeout.
    func nextKey(timeoutMilliseconds: Int32) -> Key?
    func draw(_ frame: Frame)
    /// Restores the terminal; safe to call more than once.
    func stop()
}

extension TerminalScreen: TerminalDevice {}
