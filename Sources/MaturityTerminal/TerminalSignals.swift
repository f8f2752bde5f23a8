import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGTERM, SIGHUP (a dropped SSH link) and SIGINT so that the app can save, restore
/// the terminal and exit instead of dying with the terminal in raw mode.
///
/// The handler only records which signal came (the one thing a signal handler may safely do);
/// `TerminalRunner` polls `pending` between `nextKey` timeouts, lets the program save, stops
/// the screen and ends with `exitStatus(for:)` by convention.
///
/// `TerminalRunner.start` installs them before the screen starts: ncurses installs its own
/// SIGINT/SIGTERM handlers (which exit at once, without saving) only where none is installed
/// yet. In raw mode Ctrl-C
/// arrives as `Key.interrupt`, not as SIGINT; SIGINT still comes from `kill -INT`.
///
/// SIGPIPE is left alone: a terminal never raises it (a hung-up terminal gives SIGHUP, then
/// write errors), and plain mode piped into `head` should stop as any Unix tool does.
/// SIGWINCH is left to ncurses, which reports it as `Key.resize`.
public enum TerminalSignals {
    /// The signals caught.
    public static let caught: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// Installs the flag-setting handlers. Safe to call more than once.
    public static func install() {
        for signal in caught { _ = maturity_signal_flag_install(signal) }
    }

    /// Puts back the default actions: for a program that goes on without the screen (plain
    /// mode), where Ctrl-C must end the process as usual.
    public static func uninstall() {
        for signal in caught { _ = maturity_signal_flag_uninstall(signal) }
    }

    /// The last signal that arrived since `install()` or `clear()`, or nil.
    public static var pending: Int32? {
        let value = maturity_signal_flag_read()
        return value == 0 ? nil : value
    }

    /// Forgets a pending signal.
    public static func clear() { maturity_signal_flag_clear() }

    /// The shell's convention for "ended by a signal": 128 plus its number (143 for SIGTERM).
    public static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }

    /// The signal's usual name, for messages: "SIGTERM".
    public static func name(of signal: Int32) -> String {
        switch signal {
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        case SIGINT: return "SIGINT"
        default: return "signal \(signal)"
        }
    }
}
