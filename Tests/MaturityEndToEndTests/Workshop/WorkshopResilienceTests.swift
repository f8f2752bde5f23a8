import Foundation
import Testing

/// The room holds up: a crashed assessment, a laptop asleep, a flood of connections or of wrong
/// codes from one machine, and a participant gone quiet each stay their own problem.
@Suite(.serialized, .enabled(if: WorkshopRoom.clientsAreInstalled, "needs OpenSSH's client and sshpass (.ci/run installs them)"))
struct WorkshopResilienceTests {
    @Test func aCrashedAssessmentEndsThatSessionOnly() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let first = try room.join()
        try await WorkshopRoom.answerFirstQuestion(first, organisation: "Crash Trust")
        let second = try room.join()
        try await second.waitFor("Organisation", deadline: 30)
        let processes = try await room.assessmentProcesses()
        try #require(processes.count == 2)
        kill(processes[0], SIGKILL)

        try await first.waitFor("Your assessment stopped unexpectedly. The answers you gave are saved", deadline: 15)
        try await WorkshopRoom.answerFirstQuestion(second, organisation: "Carry On Trust")
        try await room.host.waitFor("2 in progress")
        #expect(try room.host.capture().contains("1 connected"))
    }

    @Test func aLaptopAsleepHoldsUpNobodyAndTheWorkshopStillEnds() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let sleeper = try room.join()
        try await sleeper.waitFor("Organisation", deadline: 30)
        let ssh = try await WorkshopRoom.sshProcess(of: sleeper)
        kill(ssh, SIGSTOP)
        defer { kill(ssh, SIGCONT) }
        // Keys pile up unread on the sleeping side; the others carry on.
        for _ in 0..<50 { try sleeper.send(keys: "Tab") }
        let awake = try room.join()
        try await WorkshopRoom.answerFirstQuestion(awake, organisation: "Awake Trust")
        try await room.host.waitFor("1 in progress")

        try room.host.send(text: "q")
        try room.host.send(text: "y")
        #expect(try await awake.waitForExit(deadline: 15) == 0)
        #expect(TmuxSession.flowed(try awake.capture(includingHistory: true, joiningWrappedLines: true)).contains("The workshop has ended."))
        #expect(try await room.host.waitForExit(deadline: 20) == 0)
    }

    @Test func aFloodFromOneMachineLeavesRoomForTheOthers() async throws {
        let room = try await WorkshopRoom(arguments: ["--max-participants", "20"])
        defer { room.close() }
        // 200 connections that never sign in, from 127.0.0.1: more than one address may hold.
        var flood: [Int32] = []
        defer { for descriptor in flood { close(descriptor) } }
        for _ in 0..<200 {
            if let descriptor = Self.connect(port: room.port, from: "127.0.0.1") { flood.append(descriptor) }
        }
        #expect(flood.count == 200)
        // And a stream of wrong codes from 127.0.0.3, which makes that address suspect.
        let wrong = room.sshCommand(code: "wrong code", options: ["-o", "BindAddress=127.0.0.3", "-o", "NumberOfPasswordPrompts=1"])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<24 { group.addTask { _ = try WorkshopRoom.run(wrong, input: "", deadline: 60) } }
            try await group.waitForAll()
        }
        // Someone else in the room gets in at once.
        let participant = try room.join(options: ["-o", "BindAddress=127.0.0.2"])
        try await participant.waitFor("Organisation", deadline: 15)
        // The flooding address is held back, not the room.
        let refused = try room.run(room.sshCommand(options: ["-T", "-o", "BindAddress=127.0.0.1", "-o", "ConnectTimeout=10"]), input: "")
        #expect(refused.status == 255, "a 201st connection from the flooding address: \(refused.output)")
    }

    @Test func aQuietParticipantIsDisconnectedWithTheirAnswersKept() async throws {
        // Long enough that a loaded machine answering the first question is not idle.
        let room = try await WorkshopRoom(arguments: ["--idle-seconds", "5"])
        defer { room.close() }
        let participant = try room.join()
        let screen = try await participant.waitFor("Organisation", deadline: 30)
        let name = try #require(WorkshopRoom.rejoinName(in: screen))
        try await WorkshopRoom.answerFirstQuestion(participant, organisation: "Quiet Trust")
        #expect(try await participant.waitForExit(deadline: 30) == 0)
        let closing = try participant.capture(includingHistory: true, joiningWrappedLines: true)
        #expect(closing.contains("You were disconnected after"))
        #expect(closing.contains(name))
        #expect(room.responseFiles().count == 1)
        let back = try room.join(user: name)
        try await back.waitFor("Question 2 of 28", deadline: 30)
    }

    /// A TCP connection from a chosen loopback address, left open; nil when it could not be made.
    static func connect(port: Int, from source: String) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        local.sin_addr.s_addr = inet_addr(source)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_addr.s_addr = inet_addr("127.0.0.1")
        remote.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &local) { localPointer in
            withUnsafePointer(to: &remote) { remotePointer in
                localPointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } == 0
                    && remotePointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } == 0
            }
        }
        guard connected else {
            close(descriptor)
            return nil
        }
        return descriptor
    }
}

extension WorkshopResilienceTests {
    /// A participant whose assessment cannot read (stopped here) and who sends 50 MB of keys:
    /// the keys wait on their own connection (SSH's window), not in the server's memory.
    @Test func aFloodOfKeysWaitsOnTheConnectionNotInTheServer() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let participant = try room.join()
        let screen = try await participant.waitFor("Organisation", deadline: 30)
        let name = try #require(WorkshopRoom.rejoinName(in: screen))
        let assessment = try #require(try await room.assessmentProcesses().first)
        kill(assessment, SIGSTOP)
        defer { kill(assessment, SIGCONT) }
        let server = try await room.host.programID()
        let before = Self.residentMemory(of: server)

        // The same participant again (a rejoin takes the session over), with 50 MB of keys.
        let ssh = room.sshCommand(user: name, options: ["-tt"]).map { "'\($0)'" }.joined(separator: " ")
        let flood = Process()
        flood.executableURL = URL(fileURLWithPath: "/bin/sh")
        flood.arguments = ["-c", "head -c 50000000 /dev/zero | tr '\\0' a | exec \(ssh) >/dev/null 2>&1"]
        try flood.run()
        defer { flood.terminate() }
        // Wait until the sending side has stopped sending: its written-bytes count holds still.
        let sent = try await Self.bytesWrittenOnceStill(byChildrenOf: flood.processIdentifier, deadline: 30)
        let after = Self.residentMemory(of: server)
        #expect(sent < 30_000_000, "the client sent \(sent) bytes: nothing held it back")
        #expect(after - before < 15_000_000, "the server grew from \(before) to \(after) bytes")
    }

    static func residentMemory(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
        }
        return 0
    }

    /// The bytes the `ssh` under `parent` (sh, then sshpass) has written, once the figure has not
    /// moved for a second.
    static func bytesWrittenOnceStill(byChildrenOf parent: pid_t, deadline seconds: Double) async throws -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        var last = -1, stillSince = Date()
        while Date() < deadline {
            let ssh = WorkshopRoom.children(of: parent).flatMap { WorkshopRoom.children(of: $0) + [$0] }
            let written = ssh.map { pid -> Int in
                guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8),
                      let line = io.split(separator: "\n").first(where: { $0.hasPrefix("wchar:") }) else { return 0 }
                return Int(line.split(separator: " ").last ?? "") ?? 0
            }.max() ?? 0
            if written != last {
                last = written
                stillSince = Date()
            } else if written > 0 && Date().timeIntervalSince(stillSince) >= 1 {
                return written
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw TmuxSession.Failure(description: "the client never stopped sending (\(last) bytes written)")
    }
}
