import Foundation
import MaturityCore
import Testing

/// Issue 15, item 8, through the built program: line by line has the full screen's keys, and
/// leaving (by `q` or Ctrl-C) says where the answers are.
@Suite struct PlainKeysEndToEndTests {
    typealias Home = AssessTests.Home

    @Test func aNoteAndQuittingWithQFromAScript() throws {
        let home = try Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["assess", "--plain", "--organisation", "Script Trust", "--out", home.out.path],
                                           environment: home.environment, input: "n\nAsk the treasurer\n4\nq\n")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Note saved."))
        #expect(outcome.output.contains("Your answers are saved in \(home.out.path)"))
        #expect(outcome.output.contains("(in progress"))
        let response = try home.responses().first
        #expect(response?.answers == ["uses-decisions": .stage("developing")])
        #expect(response?.notes == ["uses-decisions": "Ask the treasurer"])
    }

    /// Ctrl-C at a prompt in a terminal (SIGINT, sent to the program alone: the test's
    /// wrapper shell would end on a Ctrl-C of its own): the closing lines say where the
    /// answers are, and the command ends with 130, as the full screen does.
    @Test func ctrlCSaysWhereTheAnswersAre() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--plain", "--organisation", "Interrupted Trust", "--out", home.out.path],
                                      environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Question 1 of 28")
        try session.send(text: "3")
        try session.send(keys: "Enter")
        try await session.waitFor("Question 2 of 28")
        try await session.signal(SIGINT)
        #expect(try await session.waitForExit() == 130)
        let screen = TmuxSession.flowed(try session.capture(includingHistory: true, joiningWrappedLines: true))
        #expect(screen.contains("Your answers are saved in"))
        #expect(try home.responses().first?.answers == ["uses-decisions": .stage("learning")])
    }
}
