import Foundation
import Testing

/// A workshop run as a host runs it, `maturity workshop FOLDER` in a terminal of its own, joined
/// by OpenSSH's own client as participants join (with sshpass typing the room code). The port
/// is chosen by the system (`--port 0`) and read off the projector, as the room reads it.
final class WorkshopRoom {
    static let code = "blue kite"
    let folder: URL
    /// The host's data folder (XDG_DATA_HOME): the server's key lives there.
    let dataHome: URL
    let host: TmuxSession
    private(set) var port = 0
    private var participants: [TmuxSession] = []

    static var clientsAreInstalled: Bool {
        ["/usr/bin/ssh", "/usr/bin/sshpass"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `user`: the host is that local account rather than root (its folders are given to it).
    /// `ready`: what the projector shows once the room is open, in its language.
    init(arguments: [String] = [], dataHome: URL? = nil, width: Int = 100, height: Int = 30, as user: TestUser? = nil,
         ready: String = "connected") async throws {
        let base = try BinaryRunner.temporaryFolder()
        folder = base.appendingPathComponent("answers")
        self.dataHome = dataHome ?? base.appendingPathComponent("data")
        let command = [BinaryRunner.binary.path, "workshop", folder.path, "--port", "0", "--code", Self.code] + arguments
        if let user {
            chmod(base.path, 0o755)
            user.own(base.path)
            let (executable, line) = user.command(command)
            host = try TmuxSession([executable.path] + line, width: width, height: height,
                                   environment: ["XDG_DATA_HOME": self.dataHome.path, "HOME": base.path])
        } else {
            host = try TmuxSession(command, width: width, height: height, environment: ["XDG_DATA_HOME": self.dataHome.path])
        }
        let screen = try await host.waitFor(ready, deadline: 30)
        guard let found = Self.port(in: screen) else { throw TmuxSession.Failure(description: "no port on the projector:\n\(screen)") }
        port = found
    }

    deinit { close() }

    func close() {
        for participant in participants { participant.kill() }
        host.kill()
    }

    /// The port in "ssh -p PORT join@…".
    static func port(in screen: String) -> Int? {
        guard let range = screen.range(of: "ssh -p ") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// The ssh command line a participant types, with sshpass in front to type the code.
    func sshCommand(user: String = "join", code: String = WorkshopRoom.code, options: [String] = [], command: [String] = []) -> [String] {
        ["sshpass", "-p", code, "ssh", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "-p", "\(port)"] + options + ["\(user)@127.0.0.1"] + command
    }

    /// A participant in a terminal of their own, who has joined (or is joining).
    func join(user: String = "join", code: String = WorkshopRoom.code, options: [String] = [], width: Int = 80, height: Int = 24,
              environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(sshCommand(user: user, code: code, options: options), width: width, height: height,
                                      environment: environment)
        participants.append(session)
        return session
    }

    /// Runs a client to its end without a terminal, and returns its status and everything it printed.
    func run(_ arguments: [String], input: String? = nil, deadline: Int = 60) throws -> (status: Int32, output: String) {
        try Self.run(arguments, input: input, deadline: deadline)
    }

    static func run(_ arguments: [String], input: String? = nil, deadline: Int = 60) throws -> (status: Int32, output: String) {
        let outcome = try BinaryRunner.runProgram(URL(fileURLWithPath: "/usr/bin/timeout"), ["\(deadline)"] + arguments,
                                                  input: input, mergingErrors: true)
        return (outcome.status, outcome.output)
    }

    /// The response files in the answers folder.
    func responseFiles() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }
    }

    /// The processes the workshop has started (its participants' assessments), oldest first.
    func assessmentProcesses() async throws -> [pid_t] {
        Self.children(of: try await host.programID())
    }

    /// The processes whose parent is `parent`, in the order of their ids.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent
        }.sorted()
    }

    /// The `ssh` process of a participant's session (sshpass runs it).
    static func sshProcess(of participant: TmuxSession) async throws -> pid_t {
        let sshpass = try await participant.programID()
        guard let ssh = children(of: sshpass).first else { throw TmuxSession.Failure(description: "sshpass has not started ssh") }
        return ssh
    }

    /// Starts a participant's assessment for `organisation` and answers the first question with
    /// `statement`, waiting for each screen as a person would.
    static func answerFirstQuestion(_ participant: TmuxSession, organisation: String, statement: Int = 3) async throws {
        try await participant.waitFor("Organisation", deadline: 30)
        try participant.send(text: organisation)
        try participant.send(keys: "Enter")
        try await participant.waitFor("Press Enter to begin")
        try participant.send(keys: "Enter")
        try await participant.waitFor("Question 1 of 28")
        try participant.send(text: "\(statement)")
        try participant.send(keys: "Enter")
        try await participant.waitFor("Question 2 of 28")
    }

    /// The rejoin name on a participant's screen ("rejoin as otter-maple-42").
    static func rejoinName(in screen: String) -> String? {
        guard let range = screen.range(of: "rejoin as ") else { return nil }
        return String(screen[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" })
    }
}
