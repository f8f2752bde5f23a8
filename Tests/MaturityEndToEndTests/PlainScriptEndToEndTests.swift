import Foundation
import MaturityCore
import Testing

/// Issue 15, item 2, through the built program: answers piped in without --organisation are
/// not taken for the organisation, name, team and role.
@Suite struct PlainScriptEndToEndTests {
    typealias Home = AssessTests.Home

    @Test func answersPipedInWithoutTheOrganisationAreNotTakenForIt() throws {
        let home = try Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["assess", "--plain", "--out", home.out.path],
                                           environment: home.environment, input: "2\n3\n4\nd\n")
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("That looks like an answer to a question, but the questions come after these details"))
        #expect(outcome.errors.contains("maturity: input ended before the first question, while the organisation's name and the other details were being asked. A script gives them with --organisation"))
        #expect(!outcome.output.contains("Question 1 of 28"))
        #expect(home.savedFiles().isEmpty)
    }
}
