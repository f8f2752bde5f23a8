import Foundation
import NIOCore
import NIOPosix

/// `maturity workshop` under a room's load, on 127.0.0.1: N participants join at once and
/// answer. Reports how long joining takes, how many sessions start per second, the memory of
/// each participant's assessment and of the server, and the bytes one answer keystroke costs
/// on the wire (encrypted, as a participant's network carries them).
enum WorkshopLoadBenchmark {
    struct Figures {
        var participants: Int
        var joined: Int
        var medianJoinSeconds: Double
        var worstJoinSeconds: Double
        var sessionsPerSecond: Double
        var assessmentPeakMedianBytes: Int
        var assessmentPeakWorstBytes: Int
        var serverResidentBytes: Int
        var serverResidentIdleBytes: Int
        var wireBytesPerAnswerKeystroke: Int
        /// From one participant's answer keystroke to the projector counting it.
        var projectorSeconds: Double?
        var failures: [String]

        var summary: String {
            String(format: "workshop, %d joining at once on 127.0.0.1: %d got in; join median %.0f ms, worst %.0f ms; %.0f sessions/s; ",
                   participants, joined, medianJoinSeconds * 1000, worstJoinSeconds * 1000, sessionsPerSecond)
                + String(format: "each assessment's peak memory: median %.1f MB, worst %.1f MB; server resident %.1f MB (%.1f MB before anyone joined); ",
                         mb(assessmentPeakMedianBytes), mb(assessmentPeakWorstBytes), mb(serverResidentBytes), mb(serverResidentIdleBytes))
                + "one answer keystroke: \(wireBytesPerAnswerKeystroke) bytes on the wire; "
                + (projectorSeconds.map { String(format: "an answer on the projector after %.0f ms", $0 * 1000) } ?? "projector not measured")
                + (failures.isEmpty ? "" : "; failures: \(failures.prefix(3))")
        }

        func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
    }

    static func run(participants: Int) -> Figures? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let workshop = folder.appendingPathComponent("maturity-workshop").path
        let maturity = folder.appendingPathComponent("maturity").path
        guard FileManager.default.isExecutableFile(atPath: workshop), FileManager.default.isExecutableFile(atPath: maturity) else { return nil }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-bench-workshop-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let code = "bench room"
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home, "XDG_DATA_HOME": home + "/data",
                           "XDG_STATE_HOME": home + "/state", "PATH": "/usr/bin:/bin"]
        // The host's terminal is tmux's, so that the projector's screen can be read as a person sees it.
        let host = TmuxHost(name: "maturity-bench-\(getpid())")
        defer { host.kill() }
        guard host.start([workshop, home + "/answers", "--port", "0", "--code", code, "--assessment-program", maturity,
                          "--max-participants", "\(participants + 10)"], environment: environment) else { return nil }
        wait(seconds: 30) { host.screen().contains("connected") }
        guard let port = port(in: host.screen()), let server = host.programID() else { return nil }
        let idle = residentMemory(of: server)

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let projector = projectorDelay(port: port, code: code, group: group, host: host)
        let start = DispatchTime.now().uptimeNanoseconds
        let clients = (0..<participants).map { _ in SSHLoadClient.connect(port: port, code: code, on: group) }
        wait(seconds: 180) { clients.allSatisfy { $0.figures.withLockedValue { $0.joined != nil || $0.failed != nil } } }
        let joins = clients.compactMap { client in client.figures.withLockedValue { figures in figures.joined.map { Double($0 - figures.started) / 1e9 } } }.sorted()
        let lastJoin = clients.compactMap { $0.figures.withLockedValue { $0.joined } }.max() ?? start
        let serverResident = residentMemory(of: server)

        // Everyone answers the first question together: the organisation, begin, a statement.
        for client in clients { client.type("Bench Trust\r") }
        wait(seconds: 60) { clients.allSatisfy { $0.figures.withLockedValue { $0.screenText.contains("Enter") } } }
        for client in clients { client.type("\r") }
        wait(seconds: 60) { clients.allSatisfy { $0.figures.withLockedValue { $0.screenText.contains("Question 1 of") } } }
        let before = clients.map { $0.figures.withLockedValue { $0.wireBytesIn } }
        for client in clients { client.type("3") }
        for client in clients { client.type("\r") }
        // The next question is drawn as changes to the screen (the header's "1" becomes "2"), so
        // its text is not waited for: the answers are, on disk, then the screens settling.
        wait(seconds: 60) { answeredFiles(in: home + "/answers") >= clients.count + 1 }
        waitUntilQuiet(clients)
        let perKeystroke = zip(clients, before).map { client, earlier in (client.figures.withLockedValue { $0.wireBytesIn } - earlier) / 2 }.sorted()
        let peaks = PseudoTerminalProcesses.children(of: server).map { peakMemory(of: $0) }.sorted()

        // What goes wrong from here on is the closing itself, not a failure to join or answer.
        let failures = clients.compactMap { $0.figures.withLockedValue { $0.failed } }
        for client in clients { client.close() }
        host.type("q")
        host.type("y")
        wait(seconds: 30) { kill(server, 0) != 0 }
        return Figures(participants: participants, joined: joins.count,
                       medianJoinSeconds: joins.isEmpty ? .nan : joins[joins.count / 2], worstJoinSeconds: joins.last ?? .nan,
                       sessionsPerSecond: Double(joins.count) / max(1e-9, Double(lastJoin - start) / 1e9),
                       assessmentPeakMedianBytes: peaks.isEmpty ? 0 : peaks[peaks.count / 2], assessmentPeakWorstBytes: peaks.last ?? 0,
                       serverResidentBytes: serverResident, serverResidentIdleBytes: idle,
                       wireBytesPerAnswerKeystroke: perKeystroke.isEmpty ? 0 : perKeystroke[perKeystroke.count / 2],
                       projectorSeconds: projector, failures: failures)
    }

    /// One participant joins alone and answers: the time from the answer's keystroke until the
    /// projector counts it ("1 in progress"), which is saving, noticing the file and drawing.
    static func projectorDelay(port: Int, code: String, group: EventLoopGroup, host: TmuxHost) -> Double? {
        let client = SSHLoadClient.connect(port: port, code: code, on: group)
        defer { client.close() }
        wait(seconds: 30) { client.figures.withLockedValue { $0.joined != nil } }
        client.type("Projector Trust\r")
        wait(seconds: 10) { client.figures.withLockedValue { $0.screenText.contains("Enter") } }
        client.type("\r")
        wait(seconds: 10) { client.figures.withLockedValue { $0.screenText.contains("Question 1 of") } }
        let start = Date()
        client.type("3")
        wait(seconds: 10) { host.screen().contains("1 in progress") }
        let seconds = Date().timeIntervalSince(start)
        return host.screen().contains("1 in progress") ? seconds : nil
    }

    static func port(in text: String) -> Int? {
        guard let range = text.range(of: "ssh -p ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass.
    static func wait(seconds: Double, until condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }

    /// Waits until no client has received anything for half a second (at most 30 s).
    static func waitUntilQuiet(_ clients: [SSHLoadClient]) {
        var last = clients.map { $0.figures.withLockedValue { $0.wireBytesIn } }
        var quietSince = Date()
        let deadline = Date().addingTimeInterval(30)
        while Date().timeIntervalSince(quietSince) < 0.5 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let now = clients.map { $0.figures.withLockedValue { $0.wireBytesIn } }
            if now != last { quietSince = Date() }
            last = now
        }
    }

    /// Response files in the folder that hold the first question's answer.
    static func answeredFiles(in folder: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            name.hasSuffix(".yaml") && ((try? String(contentsOfFile: folder + "/" + name, encoding: .utf8))?.contains("uses-decisions:") ?? false)
        }.count
    }

    static func residentMemory(of pid: Int32) -> Int { statusField("VmRSS:", of: pid) }
    static func peakMemory(of pid: Int32) -> Int { statusField("VmHWM:", of: pid) }

    static func statusField(_ field: String, of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field) {
            return (line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
        }
        return 0
    }
}

/// The host's terminal: a tmux session of its own, read as a person would see it.
final class TmuxHost: @unchecked Sendable {
    let name: String
    private let pidFile: String

    init(name: String) {
        self.name = name
        pidFile = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".pid").path
    }

    func start(_ command: [String], environment: [String: String]) -> Bool {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "30", "env"] + assignments
                    + ["sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile] + command) != nil
    }

    func screen() -> String { tmux(["capture-pane", "-p", "-t", name]) ?? "" }

    func type(_ text: String) { _ = tmux(["send-keys", "-t", name, "-l", text]) }

    func programID() -> Int32? {
        (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    func kill() {
        _ = tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: pidFile)
    }

    /// Runs tmux to its end. Not with Foundation's Process: `new-session` starts the tmux server,
    /// which would inherit the descriptor through which Process learns that its child ended, and
    /// `waitUntilExit` would then wait for the server. So posix_spawn, descriptors from 3 closed,
    /// output to a file.
    private func tmux(_ arguments: [String]) -> String? {
        let output = pidFile + ".out"
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in 3..<256 { posix_spawn_file_actions_addclose(&actions, Int32(descriptor)) }
        let argv = (["tmux", "-L", name] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { return nil }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}

/// The processes a process has started.
enum PseudoTerminalProcesses {
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }
}

