import ArgumentParser
import MaturityCore

/// `maturity workshop`'s options. The `maturity` program reads them (for its help and its
/// checks) and hands the same words to the workshop program, which reads them again.
public struct WorkshopOptions: ParsableArguments {
    public init() {}

    @OptionGroup public var presenter: PresenterOptions

    @Option(help: "The port participants connect to.")
    public var port: Int = RoomSettings.defaultPort

    @Option(help: ArgumentHelp("The address to listen on: one of this machine's addresses, or 0.0.0.0 (every IPv4 address, the default) or :: (every address).",
                               valueName: "address"))
    public var listen: String = "0.0.0.0"

    @Option(help: ArgumentHelp("The room code participants type as their password (made up when not given: two short words). Case, spaces and hyphens do not matter.",
                               valueName: "words"))
    public var code: String?

    @Option(name: .customLong("max-participants"), help: "The most participants at once (connected, or away with their assessment waiting for them); one more is told the room is full.")
    public var maxParticipants: Int = RoomSettings.defaultMaximumParticipants

    @Option(name: .customLong("idle-minutes"), help: "A participant who presses no key for this long is disconnected; their answers are kept and they can join again.")
    public var idleMinutes: Int = RoomSettings.defaultIdleMinutes

    /// The idle time in seconds, for tests that cannot wait a minute.
    @Option(name: .customLong("idle-seconds"), help: .private)
    public var idleSeconds: Int?

    /// The idle time, in seconds.
    public var idleLimit: Int { idleSeconds ?? idleMinutes * 60 }

    /// The assessment program each participant runs; given by `maturity workshop`.
    @Option(name: .customLong("assessment-program"), help: .private)
    public var assessmentProgram: String?

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535 (or 0 for any free port)") }
        guard maxParticipants >= 1 else { throw ValidationError("--max-participants must be 1 or more") }
        guard idleMinutes >= 1, (idleSeconds ?? 1) >= 1 else { throw ValidationError("--idle-minutes must be 1 or more") }
        if let code, RoomCode.normalised(code).count < RoomCode.minimumLength {
            throw ValidationError("--code needs at least \(RoomCode.minimumLength) letters or digits, such as two short words: --code \"blue kite\"")
        }
    }
}

extension WorkshopOptions {
    public static let abstract = "Run a workshop: everyone in the room joins over SSH with a code, and their answers appear live on your screen."
    public static let discussion = """
        Starts an SSH server built into maturity (no accounts, no set-up) and the workshop view. \
        The top of the screen shows how to join: ssh -p PORT join@ADDRESS, the room code (the \
        password) and the server key's fingerprint. Participants need only an ssh client (Windows \
        10 and later, macOS and Linux have one). Keys as in `maturity present`, and j (how to join, \
        full screen); q ends the workshop for everyone after asking. Answers are saved in DIR as \
        response files, so `maturity report DIR` works on them. See docs/workshop.md.
        """
}
