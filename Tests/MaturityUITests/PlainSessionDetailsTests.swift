import MaturityCore
import MaturityUI
import Testing

/// Line by line, the details before the questions are asked by name, and a script's answers
/// piped in without --organisation are never taken for them.
@Suite struct PlainSessionDetailsTests {
    func session() -> PlainSession {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "", at: Fixtures.start)
        return PlainSession(framework: Fixtures.framework, response: response, askDetails: true)
    }

    static let refusal = "That looks like an answer to a question, but the questions come after these details: please type the name asked for. (A script gives the details with --organisation, --respondent, --team and --role.)"

    @Test(arguments: ["2", "4", "d", "D", "12"])
    func anAnswerWhereTheOrganisationIsAskedIsRefused(line: String) {
        var plain = session()
        #expect(plain.start().last == "Organisation: ")
        let output = plain.input(line, at: Fixtures.start)
        #expect(output.effects.isEmpty)
        #expect(output.output == [Self.refusal, "Organisation: "])
        #expect(plain.response.organisation == "")
        #expect(plain.isAskingDetails)
    }

    @Test func anAnswerWhereAnOptionalDetailIsAskedIsRefusedToo() {
        var plain = session()
        _ = plain.start()
        #expect(plain.input("Food Bank", at: Fixtures.start).output == ["Your name (optional, press Enter to skip): "])
        #expect(plain.input("3", at: Fixtures.start).output == [Self.refusal, "Your name (optional, press Enter to skip): "])
        #expect(plain.response.respondent == nil)
    }

    @Test func namesWithDigitsInThemAreNames() {
        var plain = session()
        _ = plain.start()
        _ = plain.input("Room 101", at: Fixtures.start)
        #expect(plain.response.organisation == "Room 101")
        _ = plain.input("", at: Fixtures.start)
        _ = plain.input("Team 2", at: Fixtures.start)
        #expect(plain.response.team == "Team 2")
        _ = plain.input("", at: Fixtures.start)
        #expect(!plain.isAskingDetails)
    }
}
