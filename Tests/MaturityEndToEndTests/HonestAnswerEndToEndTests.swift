import Foundation
import MaturityCore
import Testing

/// Issue 15, item 1, through the built program: an assessment taken by Enter alone records
/// nothing, full screen and line by line.
@Suite struct HonestAnswerEndToEndTests {
    typealias Home = AssessTests.Home

    @Test func enterAloneInTheFullScreenRecordsNothing() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try await AssessKeysTests().started(home, organisation: "Enter Trust")
        defer { session.kill() }
        try session.send(keys: "Enter")
        try await session.waitFor("No answer yet: press 1-5")
        // Through every question (two presses each) and every dimension's opening.
        for _ in 0..<(AssessTests.questionCount * 2 + AssessTests.dimensionSizes.count) { try session.send(keys: "Enter") }
        try await session.waitFor("Your results")
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        #expect(home.savedFiles().isEmpty)
    }

    @Test func emptyLinesAloneInPlainModeRecordNothing() throws {
        let home = try Home()
        defer { home.remove() }
        let input = String(repeating: "\n", count: AssessTests.questionCount * 2)
        let outcome = try BinaryRunner.run(["assess", "--plain", "--organisation", "Script Trust", "--out", home.out.path],
                                           environment: home.environment, input: input)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("No answer yet: type 1-5, d."))
        #expect(outcome.output.contains("Not answered: 28 questions."))
        #expect(home.savedFiles().isEmpty)
    }
}
