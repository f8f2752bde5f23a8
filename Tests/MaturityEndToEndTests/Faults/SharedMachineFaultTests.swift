import Foundation
import MaturityCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One machine, many people and many sessions (a workshop room, a shared server): nobody's
/// confirmed answer is lost to another session, the list of unfinished assessments keeps
/// every entry, and nobody else may read a person's answers. Run as second users where the
/// tests run as root (made with useradd), else skipped with the reason.
@Suite struct SharedMachineFaultTests {
    /// Two sessions of the same person on the same unfinished response: the second is told the
    /// response is open elsewhere and answers into a file of its own; both keep every answer.
    @Test(.enabled(if: TestUser.isAvailable))
    func twoSessionsOnOneResponseLoseNothing() async throws {
        let user = try #require(TestUser.first)
        let home = try FaultHome()
        defer { home.remove() }
        chmod(home.root.path, 0o755)
        user.own(home.root.path)
        let arguments = ["assess", "--plain", "--organisation", "Twice Trust", "--out", home.out.path]
        // The first session answers two questions and ends: its response is unfinished.
        let first = try PlainProcess(arguments, environment: home.environment, as: user)
        try await OutputFolderFaultTests.answer(first, from: 0, to: 2)
        first.closeInput()
        #expect(try await first.waitForExit() == 1)

        // Two sessions carry it on at once (two terminals): the first to start owns the file.
        let owner = try PlainProcess(arguments + ["--resume"], environment: home.environment, as: user)
        try await owner.waitFor("Question 3 of 28")
        let other = try PlainProcess(arguments + ["--resume"], environment: home.environment, as: user)
        try await other.waitUntil("the warning", deadline: 10) { _ in other.errors.contains("is open in another session") }
        try await other.waitFor("Question 1 of 28")
        for answer in ["1", "1", "1"] { other.send(answer + "\n") }
        try await other.waitFor("Question 4 of 28")
        other.closeInput()
        #expect(try await other.waitForExit() == 1)
        // The owner goes on after the other has saved: its answers, and the other's, all stay.
        owner.send("5\n")
        try await owner.waitFor("Question 4 of 28")
        owner.closeInput()
        #expect(try await owner.waitForExit() == 1)

        let responses = FaultHome.loadAll(home.out).compactMap(\.response)
        #expect(responses.count == 2)
        let carried = try #require(responses.first { $0.answers.count == 3 && $0.answers["data-collection"] == nil && $0.answers[DataMaturity.questions[2]] == .stage("mastering") })
        #expect(carried.answers[DataMaturity.questions[0]] == .stage("learning"))
        let separate = try #require(responses.first { $0.id != carried.id })
        #expect(separate.answers == Dictionary(uniqueKeysWithValues: DataMaturity.questions.prefix(3).map { ($0, Answer.stage("unaware")) }))
    }

    /// Fifty runs at the same moment, each with an unfinished response to remember: the list
    /// of unfinished assessments (sessions.json) holds all fifty (it held 17 before the lock).
    @Test func fiftyRunsAtOnceKeepEveryEntryInTheListOfUnfinishedAssessments() async throws {
        let home = try FaultHome()
        defer { home.remove() }
        let count = 50
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for index in 0..<count {
                group.addTask {
                    try BinaryRunner.run(["assess", "--plain", "--organisation", "Org \(index)", "--out", home.out.path],
                                         environment: home.environment, input: "3\n").status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0 == 1 }, "every run ends early, in progress: \(statuses)")
        #expect(FaultHome.loadAll(home.out).count == count)
        let list = home.state.appendingPathComponent("maturity/sessions.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: list)) as? [String: Any]
        let sessions = try #require(object?["sessions"] as? [[String: Any]])
        #expect(sessions.count == count)
        #expect(Set(sessions.compactMap { $0["path"] as? String }).count == count)
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0o7777 }
        return status.st_mode & 0o7777
    }

    /// A person's own answers, in the default folders: folders 0700, files 0600, whatever the
    /// umask (022 here, which gave 0755 and 0644 before).
    @Test func personalDataIsForItsOwnerAlone() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data"), state = root.appendingPathComponent("state")
        let outcome = try BinaryRunner.run(["assess", "--plain", "--organisation", "Private Trust"],
                                           environment: ["XDG_DATA_HOME": data.path, "XDG_STATE_HOME": state.path], input: "3\n")
        #expect(outcome.status == 1)
        let responses = data.appendingPathComponent("maturity/responses")
        let file = try #require(ResponseStore(folder: responses.path).responseFiles().first)
        for folder in [data, data.appendingPathComponent("maturity"), responses, state, state.appendingPathComponent("maturity")] {
            #expect(Self.mode(folder.path) == 0o700, "\(folder.path) is \(String(Self.mode(folder.path), radix: 8))")
        }
        #expect(Self.mode(file) == 0o600)
        #expect(Self.mode(state.appendingPathComponent("maturity/sessions.json").path) == 0o600)
    }

    /// The group-folder recipe of docs/workshop.md: participants (here two accounts) may add
    /// their answers to a folder the host's group reads, but may not list it, read, rename or
    /// delete each other's files; the host (root here, as a member of the group would) reads all.
    @Test(.enabled(if: TestUser.isAvailable))
    func inASharedFolderNobodyReadsRenamesOrDeletesAnothersFile() throws {
        let (a, b) = (try #require(TestUser.first), try #require(TestUser.second))
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        chmod(root.path, 0o755)
        let shared = root.appendingPathComponent("answers")
        // The recipe: the host's group reads; everyone may add; nobody may list or remove others'.
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        chmod(shared.path, 0o3773)
        func run(_ user: TestUser, _ organisation: String) throws -> String {
            let state = root.appendingPathComponent("state-\(user.name)")
            let outcome = try user.run(["assess", "--plain", "--organisation", organisation, "--out", shared.path],
                                       environment: ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path, "HOME": state.path],
                                       input: "3\n")
            #expect(outcome.status == 1, "\(outcome.errors)")
            return outcome.output + outcome.errors
        }
        _ = try run(a, "Alpha Trust")
        _ = try run(b, "Beta Trust")
        let files = ResponseStore(folder: shared.path).responseFiles()
        #expect(files.count == 2)
        let aliens = files.filter { file in
            var status = stat()
            return stat(file, &status) == 0 && status.st_uid == a.uid
        }
        let aFile = try #require(aliens.first)
        // The folder's group may read (the set-group-ID bit gives 0640); others nothing.
        #expect(Self.mode(aFile) == 0o640)
        // b can neither read a's answers, nor rename or delete the file.
        let read = try b.run(["report", aFile, "--format", "json"])
        #expect(read.status == 1)
        #expect(read.errors.contains("cannot be read"), "\(read.errors)")
        for attempt in [["/bin/mv", aFile, aFile + ".moved"], ["/bin/rm", "-f", aFile], ["/bin/cat", aFile]] {
            let (executable, line) = b.command(attempt)
            let process = Process()
            process.executableURL = executable
            process.arguments = line
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus != 0, "\(attempt) succeeded as \(b.name)")
        }
        #expect(ResponseStore.load(path: aFile).response?.organisation == "Alpha Trust")
    }
}
