import Foundation
import Testing

/// `maturity workshop` as a room uses it: participants join with OpenSSH's own client and the
/// code from the projector, answer, resize, lose their connection and come back; the projector
/// shows their answers; everything but the assessment is refused; q ends it for everyone.
@Suite(.serialized, .enabled(if: WorkshopRoom.clientsAreInstalled, "needs OpenSSH's client and sshpass (.ci/run installs them)"))
struct WorkshopTests {
    @Test func aParticipantJoinsAnswersResizesDropsAndCarriesOn() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let participant = try room.join()
        let screen = try await participant.waitFor("Organisation", deadline: 30)
        let name = try #require(WorkshopRoom.rejoinName(in: screen), "no rejoin name on the welcome screen:\n\(screen)")
        try await room.host.waitFor("1 connected")

        try await WorkshopRoom.answerFirstQuestion(participant, organisation: "Room Test Trust")
        // The projector sees the answer as soon as it is saved.
        try await room.host.waitFor("1 in progress", deadline: 5)
        let files = room.responseFiles()
        #expect(files.count == 1)
        let saved = try String(contentsOf: try #require(files.first), encoding: .utf8)
        #expect(saved.contains("uses-decisions: \"learning\""), "\(saved)")
        #expect(saved.contains("organisation: \"Room Test Trust\""))

        // A wider window: the assessment is told (window-change) and lays itself out again.
        try participant.resize(width: 110, height: 30)
        try await participant.waitUntil("the screen redrawn 110 wide") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(String(repeating: "─", count: 110)) }
        }

        // The laptop's lid closes: the connection is gone, the assessment waits.
        try participant.send(keys: "Down")
        participant.kill()
        try await room.host.waitFor("0 connected")
        #expect(try await room.assessmentProcesses().count == 1, "the assessment goes on without its screen")

        // Joining again with the rejoin name finds the same question, the highlight where it was.
        let back = try room.join(user: name, width: 90, height: 26)
        // (Waited for as a whole: the screen arrives in pieces.)
        try await back.waitUntil("question 2 with the highlight on statement 2, as before the drop", deadline: 30) { screen in
            screen.contains("Question 2 of 28") && screen.contains("› 2")
        }
        try await room.host.waitFor("1 connected")
        try back.send(keys: "Enter")
        try await back.waitFor("Question 3 of 28")
        try await room.host.waitUntil("the answer saved") { _ in
            ((try? String(contentsOf: files[0], encoding: .utf8)) ?? "").contains("uses-services: \"emerging\"")
        }
        #expect(room.responseFiles().count == 1, "joining again carries on the same response")
    }

    @Test func aParticipantWhoQuitsComesBackToTheFirstOpenQuestion() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let participant = try room.join()
        let screen = try await participant.waitFor("Organisation", deadline: 30)
        let name = try #require(WorkshopRoom.rejoinName(in: screen))
        try await WorkshopRoom.answerFirstQuestion(participant, organisation: "Quitter", statement: 2)
        try participant.send(text: "q")
        // Their own way out names no folder of the host's, and says how to come back. (Read from
        // the terminal's history once the client has ended: its last lines can scroll the
        // words off the screen before a look at it catches them.)
        #expect(try await participant.waitForExit() == 0)
        let closing = try participant.capture(includingHistory: true, joiningWrappedLines: true)
        #expect(closing.contains("To carry on, join again with"))
        #expect(closing.contains(name))
        #expect(!closing.contains(room.folder.path))

        let back = try room.join(user: name)
        try await back.waitFor("Question 2 of 28", deadline: 30)
        #expect(room.responseFiles().count == 1)
    }

    @Test func aWrongCodeIsRefusedAndStartsNothing() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let started = Date()
        let refused = try room.run(room.sshCommand(code: "red kite"), input: "")
        // sshpass says 5 for a wrong password.
        #expect(refused.status == 5, "\(refused.output)")
        #expect(Date().timeIntervalSince(started) >= 1, "a wrong code waits a second before it is refused")
        #expect(room.responseFiles().isEmpty)
        #expect(try await room.assessmentProcesses().isEmpty)
        #expect(try room.host.capture().contains("0 connected"))
    }

    @Test func everythingButTheAssessmentIsRefused() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let command = try room.run(room.sshCommand(command: ["cat", "/etc/passwd"]))
        #expect(command.status == 255)
        #expect(command.output.contains("exec request failed"), "\(command.output)")
        #expect(!command.output.contains("root:"))

        let sftp = try room.run(room.sshCommand(options: ["-s"], command: ["sftp"]))
        #expect(sftp.status == 255)
        #expect(sftp.output.contains("subsystem request failed"), "\(sftp.output)")

        let stdioForward = try room.run(room.sshCommand(options: ["-W", "127.0.0.1:\(room.port)"]))
        #expect(stdioForward.status == 255)
        #expect(stdioForward.output.contains("stdio forwarding failed"), "\(stdioForward.output)")

        let remoteForward = try room.run(room.sshCommand(options: ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:\(room.port)"]))
        #expect(remoteForward.status == 255)
        #expect(remoteForward.output.contains("remote port forwarding failed"), "\(remoteForward.output)")

        // A local forward: the client listens, and every connection through it is refused by the server.
        let localPort = try Self.freePort()
        let local = try TmuxSession(room.sshCommand(options: ["-N", "-L", "\(localPort):127.0.0.1:\(room.port)"]))
        defer { local.kill() }
        let through = try await Self.connectionThrough(port: localPort)
        #expect(through == .closedWithoutData, "a connection through -L got: \(through)")

        // X11 and agent forwarding: refused, and the assessment still runs.
        let x11 = try room.join(options: ["-X", "-A", "-o", "ForwardX11Trusted=no"], environment: ["DISPLAY": ":99"])
        try await x11.waitFor("Organisation", deadline: 30)
        #expect(try await room.assessmentProcesses().count == 1)
    }

    @Test func theHostEndsTheWorkshopForEveryoneAndTheAnswersAreSaved() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let first = try room.join(), second = try room.join()
        try await second.waitFor("Organisation", deadline: 30)
        try await WorkshopRoom.answerFirstQuestion(first, organisation: "Ending Trust", statement: 4)
        // The note being typed is kept too.
        try first.send(text: "n")
        try await first.waitFor("Your note on this question")
        try first.send(text: "Half a thought")
        try await first.waitFor("Half a thought")

        try room.host.send(text: "q")
        try await room.host.waitFor("End the workshop for everyone?")
        try room.host.send(text: "y")
        for participant in [first, second] {
            // Read from the history once the client has ended: its last lines can scroll the
            // message off the screen before a look at it catches it.
            #expect(try await participant.waitForExit(deadline: 15) == 0)
            let closing = TmuxSession.flowed(try participant.capture(includingHistory: true, joiningWrappedLines: true))
            #expect(closing.contains("The workshop has ended. Your answers are saved."), "\(closing)")
        }
        #expect(try await room.host.waitForExit(deadline: 15) == 0)
        // The closing lines may have scrolled up the host's terminal: read its history too.
        let closing = TmuxSession.flowed(try room.host.capture(includingHistory: true, joiningWrappedLines: true))
        #expect(closing.contains("Workshop ended: 2 people joined; 0 finished, 1 did not finish, 1 gave no answer."), "\(closing)")
        #expect(closing.contains("Next: maturity report \(room.folder.path) -o report.html"), "\(closing)")
        let files = room.responseFiles()
        #expect(files.count == 1)
        let saved = try String(contentsOf: try #require(files.first), encoding: .utf8)
        #expect(saved.contains("uses-decisions: \"developing\""), "\(saved)")
        #expect(saved.contains("Half a thought"))
    }

    @Test func fiftyParticipantsJoiningAtOnceAllGetIn() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        // Without a terminal each gets the questions line by line; their input ends at once,
        // so each leaves after the introduction, which is the proof that they got in.
        let command = room.sshCommand(options: ["-T"])
        let outcomes = try await withThrowingTaskGroup(of: (Int32, String).self) { group in
            for _ in 0..<50 {
                group.addTask { try WorkshopRoom.run(command, input: "", deadline: 120) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let joined = outcomes.filter { $0.1.contains("28 questions in 7 dimensions") }
        #expect(joined.count == 50, "\(50 - joined.count) of 50 did not get in: \(outcomes.first { !$0.1.contains("28 questions") }?.1 ?? "")")
        try await room.host.waitFor("0 connected", deadline: 30)
    }

    @Test func oneMoreThanTheRoomHoldsIsToldItIsFull() async throws {
        let room = try await WorkshopRoom(arguments: ["--max-participants", "1"])
        defer { room.close() }
        let first = try room.join()
        try await first.waitFor("Organisation", deadline: 30)
        let second = try room.run(room.sshCommand(options: ["-T"]), input: "")
        #expect(second.output.contains("The room is full: 1 person connected."), "\(second.output)")
        #expect(second.status == 1)
        #expect(try await room.assessmentProcesses().count == 1)
    }

    @Test func aFrenchLaptopGetsFrench() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let participant = try room.join(options: ["-o", "SendEnv=LANG"], environment: ["LANG": "fr_FR.UTF-8"])
        try await participant.waitFor("Association", deadline: 30)
        try await participant.waitFor("Si votre connexion est coupée")
    }

    /// `--lang cy`: the projector speaks Welsh, and so does the assessment of a laptop that
    /// sends no language (ssh with no configuration sends no LANG).
    @Test func theWorkshopsLanguageIsTheProjectorsAndThatOfLaptopsThatSayNone() async throws {
        let room = try await WorkshopRoom(arguments: ["--lang", "cy"], ready: "wedi cysylltu")
        defer { room.close() }
        let projector = try room.host.capture()
        #expect(projector.contains("Ymuno  ssh -p"))
        #expect(projector.contains("Pob dimensiwn"))
        for english in ["Join", "connected", "responses", "in progress", "help"] {
            #expect(!projector.contains(english), "\(english) on the Welsh projector")
        }
        let participant = try room.join(options: ["-F", "/dev/null"])
        try await participant.waitFor("Os bydd eich cysylltiad yn torri", deadline: 30)
    }

    @Test func aScreenReaderUserJoinsAsPlainAndGetsLines() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let participant = try room.join(user: "plain")
        try await participant.waitFor("Organisation:", deadline: 30)
        let screen = try participant.capture(joiningWrappedLines: true)
        #expect(screen.contains("Answer with the number of the statement that fits best."), "\(screen)")
        #expect(!screen.contains("Tab ↑↓"), "line by line, not the full screen")
    }

    @Test func theServersKeyIsKeptPrivateAndTheSameNextTime() async throws {
        let dataHome = try BinaryRunner.temporaryFolder()
        let first = try await WorkshopRoom(dataHome: dataHome)
        let fingerprint = try Self.fingerprint(on: try first.host.capture())
        // What the participant's client is shown is what the projector says.
        let scanned = try first.run(["sh", "-c", "ssh-keyscan -t ed25519 -p \(first.port) 127.0.0.1 2>/dev/null | ssh-keygen -lf -"])
        #expect(scanned.output.contains(fingerprint), "projector \(fingerprint), client \(scanned.output)")
        first.close()
        let key = dataHome.appendingPathComponent("maturity/workshop-host-key")
        let attributes = try FileManager.default.attributesOfItem(atPath: key.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: key.deletingLastPathComponent().path)
        #expect(((folderAttributes[.posixPermissions] as? Int) ?? 0) & 0o077 == 0)

        let second = try await WorkshopRoom(dataHome: dataHome)
        defer { second.close() }
        #expect(try Self.fingerprint(on: try second.host.capture()) == fingerprint)
    }

    @Test func aKeyOthersMayReadIsRefusedWithTheFix() throws {
        let dataHome = try BinaryRunner.temporaryFolder()
        let key = dataHome.appendingPathComponent("maturity/workshop-host-key")
        try FileManager.default.createDirectory(at: key.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "maturity-host-key ed25519 AAAA\n".write(to: key, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key.path)
        let outcome = try BinaryRunner.run(["workshop", try BinaryRunner.temporaryFolder().path, "--port", "0"],
                                           environment: ["XDG_DATA_HOME": dataHome.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("may be read by other users"), "\(outcome.errors)")
        #expect(outcome.errors.contains("chmod 600"))
    }

    @Test func aPortInUseIsSaidPlainly() throws {
        let listener = try Self.listen()
        defer { close(listener.descriptor) }
        let outcome = try BinaryRunner.run(["workshop", try BinaryRunner.temporaryFolder().path, "--port", "\(listener.port)", "--listen", "127.0.0.1"],
                                           environment: ["XDG_DATA_HOME": try BinaryRunner.temporaryFolder().path])
        #expect(outcome.status == 1)
        #expect(outcome.errors == "maturity: port \(listener.port) is already in use on this machine (another workshop, or an SSH server?); choose another with --port, such as --port 2222\n")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let folder = try BinaryRunner.temporaryFolder().path
        for (arguments, message) in [(["--code", "ab"], "--code needs at least 4 letters or digits"),
                                     (["--port", "70000"], "--port must be between"),
                                     (["--max-participants", "0"], "--max-participants must be 1 or more"),
                                     (["--lang", "de"], "has no \"de\" translation"),
                                     (["--listen", "not-an-address", "--port", "0"], "not-an-address is not an address")] {
            let outcome = try BinaryRunner.run(["workshop", folder] + arguments, environment: ["XDG_DATA_HOME": folder])
            #expect(outcome.status == (message.hasPrefix("--") || arguments[0] == "--lang" ? 2 : 1), "\(arguments): \(outcome.errors)")
            #expect(outcome.errors.contains(message), "\(arguments): \(outcome.errors)")
        }
    }

    // MARK: - Helpers

    static func fingerprint(on screen: String) throws -> String {
        guard let range = screen.range(of: "SHA256:") else { throw TmuxSession.Failure(description: "no fingerprint:\n\(screen)") }
        return "SHA256:" + screen[range.upperBound...].prefix { !$0.isWhitespace }
    }

    /// A listening socket on a free port of 127.0.0.1.
    static func listen() throws -> (descriptor: Int32, port: Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound, Glibc.listen(descriptor, 8) == 0 else { throw TmuxSession.Failure(description: "cannot listen: errno \(errno)") }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    static func freePort() throws -> Int {
        let listener = try listen()
        close(listener.descriptor)
        return listener.port
    }

    enum Through: Equatable { case closedWithoutData, gotData, neverConnected }

    /// Connects through a forwarded port (waiting for the client to listen), and says what came back.
    static func connectionThrough(port: Int) async throws -> Through {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            if connected {
                var timeout = timeval(tv_sec: 20, tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                var byte: UInt8 = 0
                return recv(descriptor, &byte, 1, 0) == 0 ? .closedWithoutData : .gotData
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return .neverConnected
    }
}

extension WorkshopTests {
    /// What the OpenSSH of Windows 10 (7.7) and PuTTY (0.76 and later) can use: Curve25519 key
    /// exchange, AES-GCM, an Ed25519 host key. And a terminal type the host has never heard of.
    @Test func anOlderClientsAlgorithmsAndAStrangeTerminalWork() async throws {
        let room = try await WorkshopRoom()
        defer { room.close() }
        let participant = try room.join(options: ["-o", "KexAlgorithms=curve25519-sha256@libssh.org", "-o", "Ciphers=aes128-gcm@openssh.com",
                                                  "-o", "HostKeyAlgorithms=ssh-ed25519"],
                                        environment: ["TERM": "no-such-terminal-type"])
        try await participant.waitFor("Tab ↑↓ move between fields", deadline: 30)
    }
}

extension WorkshopTests {
    /// A host is a person, not root: the server must ask the system for nothing only root may
    /// have. (It once set TCP_NODELAY at the socket level, where that number means SO_DEBUG,
    /// which only root may set: every participant was cut off at once, and tests run as root.)
    @Test(.enabled(if: TestUser.unavailableReason == nil, "needs root to make a second user"))
    func aHostWhoIsNotRootRunsTheWorkshop() async throws {
        let user = try #require(TestUser.first)
        let room = try await WorkshopRoom(as: user)
        defer { room.close() }
        let participant = try room.join()
        try await participant.waitFor("Organisation", deadline: 30)
        try await room.host.waitFor("1 connected")
        let owner = try FileManager.default.attributesOfItem(atPath: room.dataHome.appendingPathComponent("maturity/workshop-host-key").path)[.ownerAccountID] as? Int
        #expect(owner == Int(user.uid), "the key is the host's own")
    }
}
