import MaturityCore
import MaturityUI
import Testing

/// Keys in, state and effects out: the assessment's behaviour without a terminal.
@Suite struct ReducerTests {
    func started() -> AppState {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.enter, .enter], on: &state)  // welcome, then the first dimension's opening
        return state
    }

    @Test func theOrganisationIsNeededToStartAndGivenOneEnterStarts() {
        var empty = Fixtures.state()
        #expect(Fixtures.press([.enter], on: &empty).isEmpty)
        #expect(empty.screen == .welcome)
        #expect(empty.message?.isError == true)
        Fixtures.press(Fixtures.type("Food Bank") + [.tab] + Fixtures.type("Ana") + [.tab, .tab] + Fixtures.type("Volunteer"), on: &empty)
        Fixtures.press([.enter], on: &empty)
        #expect(empty.screen == .dimensionIntro(0))
        #expect(empty.message == nil, "the request for the organisation's name is gone once it is given")
        #expect(empty.response.organisation == "Food Bank")
        #expect(empty.response.respondent == "Ana")
        #expect(empty.response.team == nil)
        #expect(empty.response.role == "Volunteer")

        var given = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.enter], on: &given)
        #expect(given.screen == .dimensionIntro(0))
    }

    @Test func arrowsMoveAndEnterAnswersSavesAndMovesOn() {
        var state = started()
        #expect(state.screen == .question)
        Fixtures.press([.down, .down, .character("j"), .up], on: &state)
        #expect(state.highlighted == 2)
        let effects = Fixtures.press([.enter], on: &state)
        #expect(effects == [.save])
        #expect(state.response.answers["uses-decisions"] == .stage("learning"))
        #expect(state.questionIndex == 1)
        #expect(state.response.status == .inProgress)
    }

    /// Skipping a question and going on to the end shows the results, which say a question is
    /// open; the file stays in progress until it is answered, and then the results come back.
    @Test func aResponseIsCompleteOnlyWhenEveryQuestionHasAnAnswer() throws {
        var state = started()
        let total = state.questions.count
        // Jump from the first question to the second through the overview, leaving it open.
        Fixtures.press([.tab, .down, .enter], on: &state)
        #expect(state.questionIndex == 1)
        while state.screen != .results {
            Fixtures.press(state.screen == .question ? [.character("2"), .enter] : [.enter], on: &state)
        }
        #expect(state.answeredCount == total - 1)
        #expect(state.response.status == .inProgress)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("1 question is not answered yet"))

        // Tab comes back to the results from the overview; answering the open question shows them again.
        Fixtures.press([.tab, .tab], on: &state)
        #expect(state.screen == .results)
        Fixtures.press([.tab, .home, .enter], on: &state)
        #expect(state.questionIndex == 0 && state.screen == .question)
        #expect(Fixtures.press([.character("3"), .enter], on: &state) == [.save, .save])
        #expect(state.screen == .results)
        #expect(state.response.status == .complete)
    }

    @Test func aDigitPicksAndSavesWithoutMovingOn() {
        var state = started()
        #expect(Fixtures.press([.character("4")], on: &state) == [.save])
        #expect(state.response.answers["uses-decisions"] == .stage("developing"))
        #expect(state.questionIndex == 0)
        #expect(state.highlighted == 3)
        #expect(Fixtures.press([.character("9")], on: &state).isEmpty)
    }

    @Test func dontKnowAndNotApplicableFollowTheFramework() throws {
        var state = started()
        // Like a number, d chooses, records and stays; Enter goes on.
        #expect(Fixtures.press([.character("d")], on: &state) == [.save])
        #expect(state.response.answers["uses-decisions"] == .dontKnow)
        #expect(state.questionIndex == 0)
        #expect(state.highlighted == state.framework.stages.count)
        Fixtures.press([.enter], on: &state)
        #expect(state.questionIndex == 1)
        // uses-services does not allow "not applicable".
        #expect(Fixtures.press([.character("a")], on: &state).isEmpty)
        #expect(state.message?.text.contains("Not applicable") == true)
        let allowing = try #require(state.questions.firstIndex { $0.question.allows(.notApplicable) })
        Fixtures.press([.tab], on: &state)
        for _ in 0..<(allowing - state.overviewSelection) { Fixtures.press([.down], on: &state) }
        Fixtures.press([.enter], on: &state)
        #expect(state.questionIndex == allowing)
        #expect(Fixtures.press([.character("a")], on: &state) == [.save])
        #expect(state.response.answers[state.questions[allowing].question.id] == .notApplicable)
        #expect(state.questionIndex == allowing, "a stays on the question, as a number does")
    }

    @Test func backGoesToThePreviousQuestionAndShowsItsAnswer() {
        var state = started()
        Fixtures.press([.character("3"), .enter], on: &state)
        Fixtures.press([.left], on: &state)
        #expect(state.questionIndex == 0)
        #expect(state.highlighted == 2)
        Fixtures.press([.backspace], on: &state)
        #expect(state.screen == .dimensionIntro(0))
    }

    @Test func aNewDimensionOpensWithItsIntroduction() {
        var state = started()
        let firstCount = Fixtures.framework.dimensions[0].questions.count
        for _ in 0..<firstCount { Fixtures.press([.character("2"), .enter], on: &state) }
        #expect(state.screen == .dimensionIntro(1))
        Fixtures.press([.enter], on: &state)
        #expect(state.currentDimension.id == "data")
    }

    @Test func theOverviewJumpsToAnyQuestionAndReturns() {
        var state = started()
        Fixtures.press([.tab, .pageDown, .down], on: &state)
        #expect(state.screen == .overview)
        #expect(state.overviewSelection == 11)
        Fixtures.press([.enter], on: &state)
        #expect(state.screen == .question)
        #expect(state.questionIndex == 11)
        Fixtures.press([.tab, .tab], on: &state)
        #expect(state.screen == .question)
        #expect(state.questionIndex == 11)
    }

    @Test func notesAreTypedSavedAndRemoved() {
        var state = started()
        Fixtures.press([.character("n")] + Fixtures.type("Monthly review") + [.backspace], on: &state)
        #expect(state.screen == .note)
        #expect(Fixtures.press([.enter], on: &state) == [.save])
        #expect(state.response.notes["uses-decisions"] == "Monthly revie")
        Fixtures.press([.character("n")] + Array(repeating: .backspace, count: 20) + [.enter], on: &state)
        #expect(state.response.notes["uses-decisions"] == nil)
        Fixtures.press([.character("n")] + Fixtures.type("discarded") + [.escape], on: &state)
        #expect(state.response.notes["uses-decisions"] == nil)
        #expect(state.screen == .question)
    }

    @Test func theLastAnswerCompletesAndShowsResults() {
        var state = started()
        var effects: [Effect] = []
        while state.screen != .results { effects += Fixtures.press([.character("2"), .enter], on: &state) }
        #expect(state.response.status == .complete)
        #expect(state.answeredCount == state.questions.count)
        #expect(effects.last == .save)
        #expect(state.summary.overallStageName == "Emerging")
        #expect(Fixtures.press([.character("q")], on: &state) == [.quit])
    }

    @Test func quitAndInterruptAskToLeaveFromAnyScreen() {
        var state = started()
        #expect(Fixtures.press([.character("q")], on: &state) == [.quit])
        #expect(Fixtures.press([.interrupt], on: &state) == [.quit])
        var welcome = Fixtures.state()
        #expect(Fixtures.press([.character("q")], on: &welcome).isEmpty)  // typed into the form
        #expect(welcome.form.fields[0] == "q")
        #expect(Fixtures.press([.escape], on: &welcome) == [.quit])
    }

    @Test func resumeContinuesFromTheFirstUnansweredQuestion() {
        var offer = Fixtures.offer(answered: 0, organisation: "Earlier Org")
        offer.response.answers = ["uses-decisions": .stage("learning"), "uses-services": .dontKnow]
        var state = Fixtures.state(resume: offer)
        #expect(state.screen == .resumeOffer)
        let offered = TextFlow.joined(state.render(size: Size(width: 80, height: 24)).text)
        #expect(offered.contains("Last answered on 2026-11-21, for Earlier Org, with 2 of 28 questions answered."))
        // The offer carries the response: accepting it is enough, nothing is read meanwhile.
        #expect(Fixtures.press([.enter], on: &state) == [.resumed])
        #expect(state.questionIndex == 2)
        #expect(state.screen == .question)
        #expect(state.savedPath == "/r/file.yaml")
        #expect(state.form.organisation == "Earlier Org")
        #expect(state.response.answers == offer.response.answers)

        var declined = Fixtures.state(resume: offer)
        #expect(Fixtures.press([.character("n")], on: &declined).isEmpty)
        #expect(declined.screen == .welcome)
        #expect(declined.resumeOffer == nil)
    }

    @Test func typedTextIsMadeSafe() {
        var state = Fixtures.state()
        Fixtures.press([.character("\u{1B}"), .character("A"), .character("\u{202E}")], on: &state)
        #expect(state.form.fields[0] == "\u{241B}A<U+202E>")
    }
}
