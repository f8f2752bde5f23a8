import Foundation
import MaturityCore
import Testing

/// Running maturity again after a finished assessment offers its results again, in the full
/// screen and line by line at a terminal; starting a new one leaves the finished file as it was.
@Suite struct FinishedOfferEndToEndTests {
    typealias Home = AssessTests.Home

    /// A whole assessment finished by a script, every answer statement 4.
    func finishOne(in home: Home) throws {
        let input = String(repeating: "4\n", count: AssessTests.questionCount)
        let outcome = try BinaryRunner.run(["--plain", "--organisation", "Finished Trust", "--out", home.out.path],
                                           environment: home.environment, input: input)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(try home.responses().first?.status == .complete)
    }

    @Test func theFullScreenOffersTheResultsAgain() async throws {
        let home = try Home()
        defer { home.remove() }
        try finishOne(in: home)
        let before = try home.responses()

        let again = try TmuxSession(maturity: ["--out", home.out.path], environment: home.environment)
        defer { again.kill() }
        let offer = try await again.waitFor("Your last assessment is finished")
        #expect(offer.contains("for Finished Trust"))
        try again.send(keys: "Enter")
        let results = try await again.waitFor("Your results")
        #expect(results.contains("Developing"))
        try again.send(keys: "q")
        #expect(try await again.waitForExit() == 0)
        let closing = try again.capture(includingHistory: true, joiningWrappedLines: true)
        #expect(closing.contains("maturity report"))
        #expect(try home.responses() == before)

        // Declined: a new assessment, and the finished one stays as it was.
        let fresh = try TmuxSession(maturity: ["--out", home.out.path], environment: home.environment)
        defer { fresh.kill() }
        try await fresh.waitFor("Your last assessment is finished")
        try fresh.send(keys: "n")
        try await fresh.waitFor("Organisation")
        try fresh.send(keys: "Escape")
        #expect(try await fresh.waitForExit() == 0)
        #expect(try home.responses() == before)
    }

    @Test func lineByLineAtATerminalOffersTheResultsAgain() async throws {
        let home = try Home()
        defer { home.remove() }
        try finishOne(in: home)
        let plain = try TmuxSession(maturity: ["--plain", "--out", home.out.path], environment: home.environment)
        defer { plain.kill() }
        try await plain.waitFor("See its results again?")
        try plain.send(text: "y")
        try plain.send(keys: "Enter")
        #expect(try await plain.waitForExit() == 0)
        // The results are long: read the scrollback too.
        let output = try plain.capture(includingHistory: true, joiningWrappedLines: true)
        #expect(output.contains("Overall: Developing, 4.0 of 5."))
        #expect(output.contains("(complete)"))
        #expect(output.contains("maturity report"))
    }

    /// A script is never asked: it starts a new assessment as before.
    @Test func aScriptIsNeverOfferedTheResults() throws {
        let home = try Home()
        defer { home.remove() }
        try finishOne(in: home)
        let outcome = try BinaryRunner.run(["--plain", "--organisation", "Second Trust", "--out", home.out.path],
                                           environment: home.environment, input: "2\n")
        #expect(!outcome.output.contains("finished"))
        #expect(outcome.output.contains("Question 1 of 28"))
    }
}
