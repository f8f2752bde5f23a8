import Foundation
import MaturityCore
import Testing

/// An output folder that cannot take the answers: read-only, missing (and impossible to make),
/// full, or deleted while the assessment runs. Each time: a plain message naming where the
/// answers went instead, every answer kept there, and exit status 1 so that a host notices.
/// (AssessTests has the case of a folder path that runs through a regular file.)
@Suite struct OutputFolderFaultTests {
    /// Plain mode, organisation given: the answers so far are in the fallback file.
    static func keptAnswers(_ home: FaultHome) throws -> Response {
        let kept = FaultHome.loadAll(home.fallback)
        #expect(kept.count == 1, "the fallback folder holds \(kept.map(\.path))")
        return try #require(kept.first?.response)
    }

    static let typed = ["3", "2", "d", "5", "1", "4"]
    static func expected(_ count: Int) -> [String: Answer] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { index in
            (DataMaturity.questions[index], typed[index] == "d" ? Answer.dontKnow : .stage(DataMaturity.stages[Int(typed[index])! - 1]))
        })
    }

    /// Types answers one at a time, each once the question for it has been printed.
    static func answer(_ process: PlainProcess, from: Int, to: Int) async throws {
        for index in from..<to {
            try await process.waitFor("Question \(index + 1) of 28")
            process.send(typed[index] + "\n")
        }
        try await process.waitFor("Question \(to + 1) of 28")
    }

    @Test(.enabled(if: Tmpfs.isAvailable, "needs root and mount -t tmpfs"), arguments: [false, true])
    func aReadOnlyDiskKeepsTheAnswersInTheFallbackAndSaysWhere(folderMissing: Bool) async throws {
        let home = try FaultHome()
        defer { home.remove() }
        let disk = try #require(Tmpfs(kilobytes: 64, readOnly: true))
        defer { disk.unmount() }
        // Either the read-only disk itself, or a folder on it that cannot be made.
        let out = folderMissing ? disk.mountPoint.appendingPathComponent("responses") : disk.mountPoint
        let process = try PlainProcess(["assess", "--plain", "--organisation", "Read-only Trust", "--out", out.path],
                                       environment: home.environment)
        try await Self.answer(process, from: 0, to: 3)
        process.closeInput()
        #expect(try await process.waitForExit() == 1)
        let reason = folderMissing ? "the folder does not exist" : "the folder is read-only"
        let output = process.output, errors = process.errors
        #expect(output.contains("Not saved: \(reason) in \(out.path); kept in \(home.fallback.path)/"), "\(output)")
        #expect(errors.contains("they are kept in \(home.fallback.path)"), "\(errors)")
        if folderMissing { #expect(errors.contains("the folder cannot be made"), "\(errors)") }
        #expect(try Self.keptAnswers(home).answers == Self.expected(3))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.mountPoint.path).isEmpty)
    }

    @Test(.enabled(if: Tmpfs.isAvailable, "needs root and mount -t tmpfs"))
    func aDiskThatFillsUpMidwayKeepsTheSavedFileWholeAndTheRestInTheFallback() async throws {
        let home = try FaultHome()
        defer { home.remove() }
        let disk = try #require(Tmpfs(kilobytes: 16))
        defer { disk.unmount() }
        let out = disk.mountPoint.appendingPathComponent("responses")
        let process = try PlainProcess(["assess", "--plain", "--organisation", "Full Disk Trust", "--out", out.path],
                                       environment: home.environment)
        try await Self.answer(process, from: 0, to: 3)
        let saved = try #require(ResponseStore(folder: out.path).responseFiles().first)

        // The disk fills up (someone else's download, a log): the next two answers cannot go there.
        let filler = disk.fill()
        try await Self.answer(process, from: 3, to: 5)
        #expect(process.output.contains("Not saved: the disk is full in \(out.path); kept in \(home.fallback.path)/"), "\(process.output)")
        // What was saved before stays whole, with the answers it had.
        #expect(ResponseStore.load(path: saved).response?.answers == Self.expected(3))
        #expect(try Self.keptAnswers(home).answers == Self.expected(5))

        // Room again: the next answer goes back to the chosen folder, with everything before it.
        try FileManager.default.removeItem(at: filler)
        try await Self.answer(process, from: 5, to: 6)
        #expect(ResponseStore.load(path: saved).response?.answers == Self.expected(6))
        process.closeInput()
        #expect(try await process.waitForExit() == 1)
        #expect(process.errors.contains("they are kept in \(home.fallback.path)"), "\(process.errors)")
        #expect(ResponseStore(folder: out.path).responseFiles() == [saved])
    }

    @Test(.enabled(if: Tmpfs.isAvailable, "needs root and mount -t tmpfs"))
    func whenTheFallbackIsFullTooNothingClaimsTheAnswersAreKept() async throws {
        let disk = try #require(Tmpfs(kilobytes: 16))
        defer { disk.unmount() }
        disk.fill()
        let out = disk.mountPoint.appendingPathComponent("out")
        let state = disk.mountPoint.appendingPathComponent("state")
        let fallback = state.appendingPathComponent("maturity/unsaved")
        let process = try PlainProcess(["assess", "--plain", "--organisation", "Nowhere Trust", "--out", out.path],
                                       environment: ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path])
        try await Self.answer(process, from: 0, to: 2)
        process.closeInput()
        #expect(try await process.waitForExit() == 1)
        // Each answer says plainly that it was saved nowhere.
        #expect(process.output.contains("Not saved: the disk is full in \(out.path), and the disk is full in \(fallback.path)"),
                "\(process.output)")
        #expect(FaultHome.loadAll(fallback).isEmpty && FaultHome.loadAll(out).isEmpty)
        // The closing lines must not say otherwise.
        #expect(!process.errors.contains("they are kept in"), "\(process.errors)")
        #expect(!process.errors.contains("the answers so far are saved"), "\(process.errors)")
        #expect(process.errors.contains("could be saved neither in"), "\(process.errors)")
    }

    @Test func aFolderDeletedWhileAnsweringKeepsTheRestInTheFallback() async throws {
        let home = try FaultHome()
        defer { home.remove() }
        let process = try PlainProcess(["assess", "--plain", "--organisation", "Vanishing Trust", "--out", home.out.path],
                                       environment: home.environment)
        try await Self.answer(process, from: 0, to: 2)
        try FileManager.default.removeItem(at: home.out)
        try await Self.answer(process, from: 2, to: 4)
        #expect(process.output.contains("Not saved: the folder does not exist in \(home.out.path); kept in \(home.fallback.path)/"),
                "\(process.output)")
        process.closeInput()
        #expect(try await process.waitForExit() == 1)
        #expect(process.errors.contains("they are kept in \(home.fallback.path)"), "\(process.errors)")
        #expect(try Self.keptAnswers(home).answers == Self.expected(4))
        #expect(!FileManager.default.fileExists(atPath: home.out.path))
    }

    @Test func aFolderDeletedUnderTheFullScreenSaysSoOnScreenAndOnLeaving() async throws {
        let home = try FaultHome()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Vanishing Screen"],
                                      width: 100, height: 30, environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter", "Enter", "3", "Enter")
        try await session.waitFor("Question 2 of 28")
        try FileManager.default.removeItem(at: home.out)
        try session.send(keys: "2", "Enter")
        try await session.waitFor("Question 3 of 28")
        try await session.waitFor("Not saved: the folder does not exist")
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 1)
        let closing = try session.capture(includingHistory: true, joiningWrappedLines: true)
        #expect(closing.contains("they are kept in \(home.fallback.path)"), "\(closing)")
        #expect(try Self.keptAnswers(home).answers == Self.expected(2))
    }

    /// The home disk fills up after three answers, with the fallback folder on the same disk
    /// (issue 12: the full screen said "No answer was given" with three answers on disk, and
    /// plain mode advised answering again what was saved). The closing lines say where the
    /// three are, and which answers are saved nowhere.
    @Test(.enabled(if: Tmpfs.isAvailable, "needs root and mount -t tmpfs"), arguments: [false, true])
    func aFullHomeDiskSaysWhatIsSavedWhereAndWhatIsNot(fullScreen: Bool) async throws {
        let disk = try #require(Tmpfs(kilobytes: 24))
        defer { disk.unmount() }
        let data = disk.mountPoint.appendingPathComponent("data"), state = disk.mountPoint.appendingPathComponent("state")
        let out = data.appendingPathComponent("maturity/responses")
        let environment = ["XDG_DATA_HOME": data.path, "XDG_STATE_HOME": state.path]
        let closing: String
        if fullScreen {
            let session = try TmuxSession(maturity: ["--organisation", "Full Home Trust"], width: 200, height: 40, environment: environment)
            defer { session.kill() }
            try await session.waitFor("Enter start")
            try session.send(keys: "Enter", "Enter", "3", "Enter", "2", "Enter", "d", "Enter")
            try await session.waitFor("Question 4 of 28")
            try await HangUpFaultTests.waitUntil("three answers on disk") {
                FaultHome.loadAll(out).first?.response?.answers == Self.expected(3)
            }
            disk.fill()
            try session.send(keys: "5", "Enter")
            try await session.waitFor("Not saved")
            try session.send(keys: "q")
            #expect(try await session.waitForExit() == 1)
            closing = try session.capture(includingHistory: true, joiningWrappedLines: true)
        } else {
            let process = try PlainProcess(["assess", "--plain", "--organisation", "Full Home Trust"], environment: environment)
            try await Self.answer(process, from: 0, to: 3)
            disk.fill()
            try await Self.answer(process, from: 3, to: 5)
            process.closeInput()
            #expect(try await process.waitForExit() == 1)
            closing = process.output + process.errors
            #expect(!process.errors.contains("the answers so far are saved"), "\(process.errors)")
        }
        let saved = try #require(ResponseStore(folder: out.path).responseFiles().first)
        #expect(ResponseStore.load(path: saved).response?.answers == Self.expected(3))
        #expect(!closing.contains("No answer was given"), "\(closing)")
        #expect(closing.contains("Your answers are saved in \(saved) (in progress"), "\(closing)")
        let unsaved = fullScreen ? "the answer to question 4 is not saved" : "the answers to questions 4 and 5 are not saved"
        #expect(closing.contains(unsaved), "\(closing)")
    }
}

