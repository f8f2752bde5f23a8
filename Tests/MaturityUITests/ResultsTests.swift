import MaturityCore
import MaturityUI
import Testing

/// The results on screen and in plain mode: the progress percentage and the unknown questions.
@Suite struct ResultsTests {
    /// Ten questions in one dimension, five stages: seven answers at stage 2 and three at
    /// stage 3 score 2.3, which is 30% of the way to stage 3 (in binary, 2.3 - 2 is 0.2999...).
    static let tenQuestions = Framework(
        id: "ten", version: "1", language: "en", title: "Ten questions", description: "A test.",
        stages: (1...5).map { Stage(id: "s\($0)", name: "Stage \($0)") },
        dimensions: [Dimension(id: "all", name: "All", questions: (1...10).map {
            Question(id: "q\($0)", text: "Question number \($0)?", statements: (1...5).map { "Statement \($0)." })
        })])

    static func answered(_ answers: [Answer]) -> Response {
        var response = Response.new(to: tenQuestions, id: "ten", organisation: "Example Trust", at: Fixtures.start)
        for (index, answer) in answers.enumerated() { response.answers["q\(index + 1)"] = answer }
        response.status = .complete
        return response
    }

    @Test func progressIsRoundedDownWithTheScoringTolerance() {
        #expect(AppState.percent(2.3 - 2.0) == 30)
        #expect(AppState.percent(0.999) == 99)
        #expect(AppState.percent(0.5) == 50)

        let response = Self.answered(Array(repeating: .stage("s2"), count: 7) + Array(repeating: .stage("s3"), count: 3))
        var state = AppState(framework: Self.tenQuestions, response: response, form: WelcomeForm(organisation: "Example Trust"),
                             outputFolder: "/tmp")
        state.screen = .results
        let text = TextFlow.joined(state.render(size: Size(width: 80, height: 24)).text)
        #expect(text.contains("Overall: Stage 2  2.3 of 5"))
        #expect(text.contains("On the way to Stage 3: 30% of the way there."))

        let plain = PlainSession(framework: Self.tenQuestions, response: response, askDetails: false).resultLines()
        #expect(plain.contains("Overall: Stage 2, 2.3 of 5. On the way to Stage 3, 30 percent of the way there."))
    }

    @Test func theQuestionsAnsweredDontKnowAreListed() {
        let response = Self.answered([.stage("s1"), .dontKnow, .stage("s1"), .stage("s1"), .stage("s1"),
                                      .stage("s1"), .dontKnow, .stage("s1"), .stage("s1"), .stage("s1")])
        var state = AppState(framework: Self.tenQuestions, response: response, form: WelcomeForm(organisation: "Example Trust"),
                             outputFolder: "/tmp")
        state.screen = .results
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("You answered \"don't know\" to 2 questions"))
        #expect(text.contains("Q2  Question number 2?"))
        #expect(text.contains("Q7  Question number 7?"))

        let plain = PlainSession(framework: Self.tenQuestions, response: response, askDetails: false).resultLines()
        #expect(plain.contains("  Question 2: Question number 2?"))
        #expect(plain.contains("  Question 7: Question number 7?"))
    }
}
