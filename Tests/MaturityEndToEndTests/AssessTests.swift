import Foundation
import MaturityCore
import Testing

/// The assessment driven as a person drives it: keys into a real terminal (tmux), the screen
/// read back, and the saved file checked. Waits are for what appears on screen, with deadlines.
@Suite struct AssessTests {
    /// A private home for one test: the output folder and the state folder (which remembers
    /// unfinished assessments) live under it.
    struct Home {
        let root: URL
        var out: URL { root.appendingPathComponent("responses") }
        var environment: [String: String] {
            ["XDG_STATE_HOME": root.appendingPathComponent("state").path, "XDG_DATA_HOME": root.appendingPathComponent("data").path]
        }

        init() throws {
            root = try BinaryRunner.temporaryFolder()
        }

        func responses() throws -> [Response] {
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().compactMap {
                ResponseStore.load(path: out.appendingPathComponent($0).path).response
            }
        }

        /// The files in the output folder (none when it was never made).
        func savedFiles() -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static let questionCount = 28
    static let dimensionSizes = [4, 4, 4, 4, 4, 4, 4]

    /// Answers questions `from..<to` (0-based) with statement 3, pressing Enter at each dimension's opening.
    func answer(_ session: TmuxSession, from: Int, to: Int) async throws {
        for index in from..<to {
            if index % 4 == 0 { try await session.waitFor("Dimension \(index / 4 + 1) of 7") ; try session.send(keys: "Enter") }
            try await session.waitFor("Question \(index + 1) of \(Self.questionCount)")
            try session.send(keys: "3", "Enter")
        }
    }

    @Test func aWholeAssessmentWithKeysIsSavedComplete() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Key Trust"],
                                      environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter")
        try await answer(session, from: 0, to: Self.questionCount)
        let results = try await session.waitFor("Your results")
        #expect(results.contains("Overall: Learning"))
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        try await session.waitFor("(complete)")
        // The closing line may have scrolled up past the top: read the scrollback too.
        #expect(try session.capture(includingHistory: true, joiningWrappedLines: true).contains(home.out.path))
        let responses = try home.responses()
        #expect(responses.count == 1)
        #expect(responses.first?.status == .complete)
        #expect(responses.first?.answers.count == Self.questionCount)
        #expect(responses.first?.organisation == "Key Trust")
        #expect(Set(responses.first?.answers.values.map(\.text) ?? []) == ["learning"])
    }

    @Test func killedHalfwayKeepsTheAnswersAndResumes() async throws {
        let home = try Home()
        defer { home.remove() }
        let first = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Killed Trust"],
                                    environment: home.environment)
        defer { first.kill() }
        try await first.waitFor("Enter start")
        try first.send(keys: "Enter")
        try await answer(first, from: 0, to: 6)
        try await first.waitFor("Question 7 of 28")
        try await first.signal(SIGKILL)
        _ = try await first.waitForExit()
        let partial = try home.responses()
        #expect(partial.count == 1)
        #expect(partial.first?.status == .inProgress)
        #expect(partial.first?.answers.count == 6)

        let second = try TmuxSession(maturity: ["--out", home.out.path], environment: home.environment)
        defer { second.kill() }
        try await second.waitFor("You have an unfinished assessment")
        try await second.waitFor("6 of 28 questions answered")
        try second.send(keys: "Enter")
        try await second.waitFor("Question 7 of 28")
        try await answer(second, from: 6, to: Self.questionCount)
        try await second.waitFor("Your results")
        try second.send(keys: "q")
        #expect(try await second.waitForExit() == 0)
        let finished = try home.responses()
        #expect(finished.count == 1)
        #expect(finished.first?.id == partial.first?.id)
        #expect(finished.first?.status == .complete)
        #expect(finished.first?.answers.count == Self.questionCount)
    }

    @Test func someoneElsesUnfinishedFileIsNeverOffered() async throws {
        let home = try Home()
        defer { home.remove() }
        try FileManager.default.createDirectory(at: home.out, withIntermediateDirectories: true)
        var theirs = Response(id: "someone-else", frameworkID: "data-maturity", frameworkVersion: "1.0", language: "en",
                              organisation: "Their Org", started: .now(), updated: .now(), status: .inProgress,
                              answers: ["uses-decisions": .stage("learning")])
        theirs.respondent = "Someone Else"
        _ = try ResponseStore(folder: home.out.path).create(theirs)
        let session = try TmuxSession(maturity: ["--out", home.out.path], environment: home.environment)
        defer { session.kill() }
        let screen = try await session.waitFor("Organisation")
        #expect(!screen.contains("unfinished"))
        try session.send(keys: "Escape")
        #expect(try await session.waitForExit() == 0)
        #expect(try home.responses().map(\.id) == ["someone-else"])
    }

    /// Two people, each with their own state folder, answer into one shared folder: each is
    /// offered their own unfinished assessment and never the other's.
    @Test func twoPeopleSharingAFolderAreEachOfferedOnlyTheirOwn() async throws {
        let home = try Home()
        defer { home.remove() }
        func environment(_ person: String) -> [String: String] {
            ["XDG_STATE_HOME": home.root.appendingPathComponent("state-\(person)").path,
             "XDG_DATA_HOME": home.root.appendingPathComponent("data-\(person)").path]
        }
        for (person, count) in [("ana", 2), ("ben", 3)] {
            let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Trust of \(person)"],
                                          environment: environment(person))
            defer { session.kill() }
            try await session.waitFor("Enter start")
            try session.send(keys: "Enter")
            try await answer(session, from: 0, to: count)
            try await session.waitFor("Question \(count + 1) of 28")
            try session.send(keys: "q")
            #expect(try await session.waitForExit() == 0)
        }
        #expect(try home.responses().count == 2)
        for (person, count) in [("ana", 2), ("ben", 3)] {
            let session = try TmuxSession(maturity: ["--out", home.out.path], environment: environment(person))
            defer { session.kill() }
            let screen = try await session.waitFor("You have an unfinished assessment")
            let flowed = TmuxSession.flowed(screen)
            #expect(flowed.contains("for Trust of \(person), with \(count) of 28 questions answered"), "\(screen)")
            try session.send(keys: "Enter")
            try await session.waitFor("Question \(count + 1) of 28")
            try session.send(keys: "q")
            #expect(try await session.waitForExit() == 0)
        }
        #expect(try home.responses().count == 2)
    }

    @Test func resizingToTinyAndBackKeepsThePlace() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Resize Trust"],
                                      environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter", "Enter", "Down")
        try await session.waitFor("Question 1 of 28")
        try session.resize(width: 30, height: 8)
        try await session.waitFor("need 40x12, have 30x8")
        try session.resize(width: 80, height: 24)
        try await session.waitFor("Question 1 of 28")
        try session.send(keys: "Enter")
        try await session.waitFor("Question 2 of 28")
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        #expect(try home.responses().first?.answers["uses-decisions"] == .stage("emerging"))
    }

    @Test func withoutColourTheChoiceIsStillMarked() async throws {
        let home = try Home()
        defer { home.remove() }
        var environment = home.environment
        environment["NO_COLOR"] = "1"
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Mono Trust"], environment: environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter", "Enter", "4")
        let screen = try await session.waitFor("(•)")
        #expect(screen.contains("› 4 (•)"))
        try session.send(keys: "C-c")
        #expect(try await session.waitForExit() == 130)
        #expect(try home.responses().first?.answers["uses-decisions"] == .stage("developing"))
    }

    @Test func aDroppedConnectionRestoresTheTerminalAndKeepsAnswers() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Hangup Trust"],
                                      environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter", "Enter", "2", "Enter")
        try await session.waitFor("Question 2 of 28")
        try await session.signal(SIGHUP)
        #expect(try await session.waitForExit() == 128 + SIGHUP)
        let screen = try await session.waitFor("TTY")
        #expect(screen.contains("icanon") && !screen.contains("-icanon"))
        #expect(try home.responses().first?.answers["uses-decisions"] == .stage("emerging"))
    }

    @Test func plainModeFromAPipeWritesACompleteResponse() throws {
        let home = try Home()
        defer { home.remove() }
        let input = String(repeating: "4\n", count: Self.questionCount)
        let outcome = try BinaryRunner.run(["assess", "--plain", "--organisation", "Script Trust", "--out", home.out.path],
                                           environment: home.environment, input: input)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Overall: Developing, 4.0 of 5."))
        let responses = try home.responses()
        #expect(responses.first?.status == .complete)
        #expect(responses.first?.answers.count == Self.questionCount)
    }

    /// Piped input that ends early keeps the answers; the message says how a script carries on
    /// (--resume), and that does carry on the same file, from the first unanswered question.
    @Test func plainModeEndingEarlySavesWhatWasGivenAndResumeCarriesOn() throws {
        let home = try Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["--organisation", "Short Trust", "--out", home.out.path],
                                           environment: home.environment, input: "3\n2\nd\n")
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("input ended after 3 of 28 questions"))
        #expect(outcome.output.contains("run the same command with --resume"))
        let saying = outcome.output.range(of: "is saved as soon as you give it, in \(home.out.path)")
        let firstQuestion = outcome.output.range(of: "Question 1 of 28")
        #expect(saying != nil && firstQuestion != nil && saying!.lowerBound < firstQuestion!.lowerBound)
        let responses = try home.responses()
        #expect(responses.first?.status == .inProgress)
        #expect(responses.first?.answers == ["uses-decisions": .stage("learning"), "uses-services": .stage("emerging"),
                                            "uses-impact": .dontKnow])

        // Without --resume a script starts afresh, as before: never a question it did not expect.
        let fresh = try BinaryRunner.run(["--organisation", "Short Trust", "--out", home.out.path, "--no-resume"],
                                         environment: home.environment, input: "1\n")
        #expect(fresh.status == 1)
        #expect(try home.responses().count == 2)

        let rest = String(repeating: "4\n", count: Self.questionCount - 3)
        let resumed = try BinaryRunner.run(["--organisation", "Short Trust", "--out", home.out.path, "--resume"],
                                           environment: home.environment, input: rest)
        #expect(resumed.status == 0, "\(resumed.errors)")
        #expect(resumed.output.contains("Question 4 of 28"))
        #expect(!resumed.output.contains("Question 1 of 28"))
        let finished = try home.responses().filter { $0.id == responses.first?.id }
        #expect(finished.first?.status == .complete)
        #expect(finished.first?.answers["uses-decisions"] == .stage("learning"))
        #expect(finished.first?.answers.count == Self.questionCount)

        let both = try BinaryRunner.run(["--resume", "--no-resume"], environment: home.environment, input: "")
        #expect(both.status == 2)
    }

    @Test func aReadOnlyOutputFolderKeepsAnswersElsewhereAndSaysWhere() throws {
        let home = try Home()
        defer { home.remove() }
        let blocked = home.root.appendingPathComponent("not-a-folder")
        try "a file, not a folder".write(to: blocked, atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["--organisation", "Blocked Trust", "--out", blocked.appendingPathComponent("responses").path],
                                           environment: home.environment, input: "3\n")
        #expect(outcome.status == 1)
        let fallback = home.root.appendingPathComponent("state/maturity/unsaved").path
        #expect(outcome.errors.contains(fallback))
        let kept = try FileManager.default.contentsOfDirectory(atPath: fallback)
        #expect(kept.count == 1)
        #expect(ResponseStore.load(path: fallback + "/" + kept[0]).response?.answers["uses-decisions"] == .stage("learning"))
    }
}
