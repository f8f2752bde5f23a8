import MaturityCore
import MaturityUI
import Testing

/// What people see of the keys for published models, on the shipped data-protection
/// framework: levels 0 to 3 ("of 3"), a statement's guidance under it, a question's own next
/// step with its answer, and the areas' scores, on screen and in plain mode.
@Suite struct PublishedModelScreenTests {
    static let framework = try! Fixtures.catalogue.resolve("data-protection").get()
    static let size = Size(width: 80, height: 24)

    /// Every question answered at the second level ("Starting", value 1), but the first at the third.
    static func answered() -> Response {
        var response = Response.new(to: framework, id: "dp", organisation: "Example Trust", at: Fixtures.start)
        for question in framework.questions { response.answers[question.id] = .stage("starting") }
        response.answers["responsibility-lead"] = .stage("established")
        response.status = .complete
        return response
    }

    @Test func theHighlightedStatementShowsItsGuidanceUnderIt() {
        var state = Fixtures.question(1, framework: Self.framework, size: Size(width: 100, height: 40))
        let guidance = "Choose this if people know who to ask"
        #expect(!TextFlow.joined(state.render(size: Size(width: 100, height: 40)).text).contains(guidance))
        Fixtures.press([.down], on: &state)
        #expect(TextFlow.joined(state.render(size: Size(width: 100, height: 40)).text).contains(guidance))
        Fixtures.press([.down], on: &state)
        #expect(!TextFlow.joined(state.render(size: Size(width: 100, height: 40)).text).contains(guidance))
    }

    @Test func plainModeShowsEachStatementsGuidanceUnderIt() {
        var plain = PlainSession(framework: Self.framework,
                                 response: Response.new(to: Self.framework, id: "dp", organisation: "Example Trust", at: Fixtures.start),
                                 askDetails: false)
        let lines = plain.start()
        let statement = try? #require(lines.firstIndex { $0.hasPrefix("  2. One person looks after it") })
        #expect(statement.map { lines[$0 + 1].hasPrefix("     Choose this if people know who to ask") } == true)
    }

    @Test func theResultsAreOutOfThreeWithAreasAndQuestionsNextSteps() {
        var state = AppState(framework: Self.framework, response: Self.answered(), form: WelcomeForm(organisation: "Example Trust"),
                             outputFolder: "/tmp")
        state.screen = .results
        let screen = state.render(size: Size(width: 100, height: 60)).text
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let text = TextFlow.joined(screen)
        // Responsibility (2 + 1) / 2 = 1.5; everything else 1; overall (1.5 + 1 x 4 + 1 x 1.5) / 6.5.
        #expect(text.contains("Overall: Starting  1.1 of 3"))
        #expect(lines.contains("Areas"))
        #expect(text.contains("Governance and ac"))
        #expect(text.contains("Question 1, answered Established: Is someone clearly responsible for data protection"))
        #expect(text.contains("Give the lead a deputy, so that the knowledge does not rest on one person."))

        let plain = PlainSession(framework: Self.framework, response: Self.answered(), askDetails: false).resultLines()
        // 7 / 6.5 = 1.077: 7.7% of the way from Starting (1) to Established (2), said as the nearest whole percentage.
        #expect(plain.contains("Overall: Starting, 1.1 of 3. On the way to Established, 8 percent of the way there."))
        #expect(plain.contains("Areas"))
        #expect(plain.contains("  Governance and accountability: Starting, 1.3."))
        #expect(plain.contains("Question 2, answered Starting: Do staff and volunteers know how to handle personal information well?"))
    }
}
