import MaturityUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one loop of every full-screen program: starts the screen (signals first), hands keys
/// to the program, draws it, and ends it on its own way out, a signal or a hang-up, always
/// restoring the terminal.
public struct TerminalRunner {
    /// What a program wants after a key.
    public enum Next: Equatable, Sendable {
        case carryOn
        /// End the run with this exit status.
        case quit(Int32)
    }

    /// How a run ended.
    public enum Ending: Equatable, Sendable {
        /// The program asked to end, with this status.
        case quit(Int32)
        /// SIGTERM, SIGHUP or SIGINT arrived.
        case signal(Int32)
        /// The terminal went away without a SIGHUP (a killed tmux, a parent ignoring it).
        case hangUp

        /// The exit status: the program's own, or 128 plus the signal's number (129 for a hang-up).
        public var status: Int32 {
            switch self {
            case .quit(let status): return status
            case .signal(let signal): return TerminalSignals.exitStatus(for: signal)
            case .hangUp: return TerminalSignals.exitStatus(for: SIGHUP)
            }
        }
    }

    /// The most keys handled between two drawings, so that a stream of keys still shows, while
    /// keys already waiting (a paste, keys typed over a slow link) cost one drawing, not one each.
    public static let keysPerDrawing = 4096

    public let screen: any TerminalDevice
    /// The signal that arrived, if any: `TerminalSignals.pending`, or a test's own.
    let pendingSignal: () -> Int32?

    public init(screen: any TerminalDevice, pendingSignal: @escaping () -> Int32? = { TerminalSignals.pending }) {
        self.screen = screen
        self.pendingSignal = pendingSignal
    }

    /// Colours unless the person said not (`--no-color`) or the environment does (`NO_COLOR`
    /// set to anything but empty, as no-color.org asks).
    public static func wantsColour(noColourFlag: Bool, environment: [String: String]) -> Bool {
        !noColourFlag && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Starts the screen, with the signal handlers installed first: ncurses puts in its own
    /// handlers, which end the process at once without saving, only where none is installed.
    /// When the screen cannot start, the default actions are put back for what runs instead.
    public static func start(colour: Bool) -> Result<TerminalRunner, TerminalScreen.StartFailure> {
        TerminalSignals.install()
        switch TerminalScreen.open(colour: colour) {
        case .success(let screen):
            return .success(TerminalRunner(screen: screen))
        case .failure(let failure):
            TerminalSignals.uninstall()
            return .failure(failure)
        }
    }

    /// Runs `program` until it quits, a signal arrives or the terminal hangs up; the screen is
    /// stopped on every way out.
    public func run<Program: TerminalProgram>(_ program: inout Program) -> Ending {
        defer { screen.stop() }
        program.begin(size: screen.size)
        _ = program.idle()
        screen.draw(program.render(size: screen.size))
        while true {
            if let signal = pendingSignal() {
                program.leaving()
                return .signal(signal)
            }
            // A short wait, so that a signal or a change outside is noticed while nobody types.
            guard var key = screen.nextKey(timeoutMilliseconds: program.idleMilliseconds) else {
                if program.idle() { screen.draw(program.render(size: screen.size)) }
                continue
            }
            var handled = 0
            while true {
                if key == .hangUp {
                    program.leaving()
                    return .hangUp
                }
                if case .quit(let status) = program.handle(key) { return .quit(status) }
                handled += 1
                guard handled < Self.keysPerDrawing, pendingSignal() == nil,
                      let waiting = screen.nextKey(timeoutMilliseconds: 0) else { break }
                key = waiting
            }
            _ = program.idle()
            screen.draw(program.render(size: screen.size))
        }
    }
}
