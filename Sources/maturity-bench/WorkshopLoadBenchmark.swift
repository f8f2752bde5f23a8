import Foundation
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
        var failures: [String]

        var summary: String {
            String(format: "workshop, %d joining at once on 127.0.0.1: %d got in; join median %.0f ms, worst %.0f ms; %.0f sessions/s; ",
                   participants, joined, medianJoinSeconds * 1000, worstJoinSeconds * 1000, sessionsPerSecond)
                + String(format: "each assessment's peak memory: median %.1f MB, worst %.1f MB; server resident %.1f MB (%.1f MB before anyone joined); ",
                         mb(assessmentPeakMedianBytes), mb(assessmentPeakWorstBytes), mb(serverResidentBytes), mb(serverResidentIdleBytes))
                + "one answer keystroke: \(wireBytesPerAnswerKeystroke) bytes on the wire"
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
        guard let host = try? PseudoTerminal(command: workshop,
                                             arguments: [home + "/answers", "--port", "0", "--code", code, "--assessment-program", maturity,
                                                         "--max-participants", "\(participants + 10)"],
                                             width: 100, height: 30, environment: environment) else { return nil }
        guard host.secondsUntil("connected", since: Date(), limit: 30) != nil,
              let port = port(in: String(decoding: host.received, as: UTF8.self)) else { return nil }
        // The presenter keeps drawing: its output is read all along, as a terminal would.
        let draining = HostDrain(host)
        draining.start()
        defer { draining.stop() }
        let server = host.process.processIdentifier
        let idle = residentMemory(of: server)

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
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
        wait(seconds: 60) { answeredFiles(in: home + "/answers") >= clients.count }
        waitUntilQuiet(clients)
        let perKeystroke = zip(clients, before).map { client, earlier in (client.figures.withLockedValue { $0.wireBytesIn } - earlier) / 2 }.sorted()
        let peaks = PseudoTerminalProcesses.children(of: server).map { peakMemory(of: $0) }.sorted()

        // What goes wrong from here on is the closing itself, not a failure to join or answer.
        let failures = clients.compactMap { $0.figures.withLockedValue { $0.failed } }
        for client in clients { client.close() }
        host.write("q")
        host.write("y")
        host.process.waitUntilExit()
        return Figures(participants: participants, joined: joins.count,
                       medianJoinSeconds: joins.isEmpty ? .nan : joins[joins.count / 2], worstJoinSeconds: joins.last ?? .nan,
                       sessionsPerSecond: Double(joins.count) / max(1e-9, Double(lastJoin - start) / 1e9),
                       assessmentPeakMedianBytes: peaks.isEmpty ? 0 : peaks[peaks.count / 2], assessmentPeakWorstBytes: peaks.last ?? 0,
                       serverResidentBytes: serverResident, serverResidentIdleBytes: idle,
                       wireBytesPerAnswerKeystroke: perKeystroke.isEmpty ? 0 : perKeystroke[perKeystroke.count / 2], failures: failures)
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

    /// Reads the presenter's output on a thread of its own, so that it never blocks on a full terminal.
    final class HostDrain: @unchecked Sendable {
        let host: PseudoTerminal
        private let running = NIOLockedBool()

        init(_ host: PseudoTerminal) { self.host = host }

        func start() {
            running.set(true)
            Thread.detachNewThread { [self] in
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while running.get() {
                    var descriptor = pollfd(fd: host.master, events: Int16(POLLIN), revents: 0)
                    guard poll(&descriptor, 1, 100) > 0 else { continue }
                    if buffer.withUnsafeMutableBytes({ read(host.master, $0.baseAddress, 65_536) }) <= 0 { return }
                }
            }
        }

        func stop() { running.set(false) }
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

/// A flag two threads share.
final class NIOLockedBool: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set(_ newValue: Bool) { lock.withLock { value = newValue } }
    func get() -> Bool { lock.withLock { value } }
}
