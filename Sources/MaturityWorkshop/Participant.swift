import MaturityCore
import NIOCore

/// One person in the room: their rejoin name, their response, and while they take part, the
/// assessment process and the SSH session that shows it. A dropped connection leaves the
/// process running, so that joining again picks up the very same screen.
///
/// Confined to the room's event loop.
final class Participant: @unchecked Sendable {
    let name: RejoinName
    let responseID: String
    /// Line by line: asked for with the `plain` user name, or by a client with no terminal.
    let plain: Bool
    /// A language the framework has, from the participant's locale.
    var language: String?
    var process: ChildProcess?
    var session: SessionHandler?
    var lastActivity: NIODeadline
    /// Why the assessment is being stopped, to tell the participant once it has saved and ended.
    var stopping: StopReason?
    /// Start the assessment again when it ends (a line-by-line participant who joined again:
    /// the new connection gets the questions afresh, from the first unanswered one).
    var restartWhenEnded = false

    enum StopReason {
        case workshopEnded
        case idle
    }

    init(name: RejoinName, responseID: String, plain: Bool, language: String?, now: NIODeadline) {
        self.name = name
        self.responseID = responseID
        self.plain = plain
        self.language = language
        lastActivity = now
    }
}
