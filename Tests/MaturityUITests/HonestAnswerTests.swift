import MaturityCore
import MaturityUI
import Testing

/// Issue 15, item 1: no answer is recorded that the person did not choose. Enter (or →) on a
/// question nobody has answered says how to answer; pressed again, it moves on and leaves the
/// question unanswered. The rule is the assessment's, so the full screen and plain mode obey it.
@Suite struct HonestAnswerTests {
    func atFirstQuestion(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.resize(size), .enter, .enter], on: &state)
        return state
    }

    @Test(arguments: [Key.enter, .right])
    func enterAloneOnAnOpenQuestionSaysHowToAnswerAndRecordsNothing(key: Key) {
        var state = atFirstQuestion()
        #expect(Fixtures.press([key], on: &state).isEmpty)
        #expect(state.response.answers.isEmpty)
        #expect(state.questionIndex == 0 && state.screen == .question)
        #expect(state.message?.text == "No answer yet: press 1-5, or ↑↓ and Enter. Enter again skips it.")
        // Again: on to the next question, this one still unanswered, and nothing to save.
        #expect(Fixtures.press([key], on: &state).isEmpty)
        #expect(state.questionIndex == 1)
        #expect(state.response.answers.isEmpty)
    }

    @Test func movingToAStatementOrTypingItsNumberIsAChoice() {
        var moved = atFirstQuestion()
        #expect(Fixtures.press([.down, .up, .enter], on: &moved) == [.save])
        #expect(moved.response.answers["uses-decisions"] == .stage("unaware"))
        var home = atFirstQuestion()
        #expect(Fixtures.press([.home, .right], on: &home) == [.save])
        #expect(home.response.answers["uses-decisions"] == .stage("unaware"))
        // Told first, then chose: the choice is recorded, nothing is skipped.
        var told = atFirstQuestion()
        Fixtures.press([.enter, .down, .enter], on: &told)
        #expect(told.response.answers["uses-decisions"] == .stage("emerging"))
        #expect(told.questionIndex == 1)
    }

    @Test func anAnswerGivenBeforeIsKeptByEnter() {
        var state = atFirstQuestion()
        Fixtures.press([.character("4"), .enter, .left], on: &state)
        #expect(state.questionIndex == 0)
        #expect(Fixtures.press([.enter], on: &state) == [.save])
        #expect(state.response.answers["uses-decisions"] == .stage("developing"))
        #expect(state.questionIndex == 1)
    }

    @Test func aWholeAssessmentTakenByEnterAloneRecordsNothing() {
        var state = atFirstQuestion()
        var effects: [Effect] = []
        var presses = 0
        while state.screen != .results && presses < 500 {
            effects += Fixtures.press([.enter], on: &state)
            presses += 1
        }
        #expect(state.screen == .results)
        #expect(state.response.answers.isEmpty)
        #expect(state.response.status == .inProgress)
        #expect(effects.isEmpty, "nothing chosen, so nothing to save")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func theAdviceOnScreen(size: Size) {
        var state = atFirstQuestion(size: size)
        Fixtures.press([.enter], on: &state)
        Snapshot.check(state.render(size: size).text, named: "question-enter-without-a-choice-\(size)")
    }

    // MARK: - Plain mode

    func plain() -> PlainSession {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "Example Trust", at: Fixtures.start)
        var session = PlainSession(framework: Fixtures.framework, response: response, askDetails: false)
        _ = session.start()
        return session
    }

    @Test func anEmptyLineSaysHowToAnswerThenLeavesTheQuestionUnanswered() {
        var session = plain()
        let first = session.input("", at: Fixtures.start)
        #expect(first.effects.isEmpty)
        #expect(first.output == ["No answer yet: type 1-5, d. Press Enter again to leave this question unanswered.",
                                 "Answer (1-5, d, b back, n note, ? guidance, q quit): "])
        let second = session.input("", at: Fixtures.start)
        #expect(second.effects.isEmpty)
        #expect(second.output.contains { $0.hasPrefix("Question 2 of 28") })
        #expect(session.response.answers.isEmpty)
        // A number is still an answer, saved at once.
        #expect(session.input("3", at: Fixtures.start).effects == [.save])
        #expect(session.response.answers == ["uses-services": .stage("learning")])
    }

    @Test func emptyLinesAloneFinishWithNothingRecorded() {
        var session = plain()
        var lines = 0
        while !session.isFinished && lines < 500 {
            #expect(session.input("", at: Fixtures.start).effects.isEmpty)
            lines += 1
        }
        #expect(session.isFinished)
        #expect(session.response.answers.isEmpty)
        #expect(session.response.status == .inProgress)
    }
}
