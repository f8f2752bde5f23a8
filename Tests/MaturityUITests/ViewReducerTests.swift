import MaturityCore
import MaturityUI
import Testing

/// Keys in the views that scroll or open over a question, Escape, and the too-small screen.
@Suite struct ViewReducerTests {
    static let small = Size(width: 40, height: 12)
    static let large = Size(width: 80, height: 24)

    @Test func guidanceOpensAsItsOwnViewScrollsAndClosesBackToTheSameAnswer() {
        for close in [Key.character("?"), .escape, .enter, .left] {
            var state = Fixtures.question(8, size: Self.small)
            Fixtures.press([.down, .down], on: &state)
            Fixtures.press([.character("?")], on: &state)
            #expect(state.screen == .guidance)
            #expect(state.guidanceScroll == 0)
            Fixtures.press([.down, .down], on: &state)
            #expect(state.guidanceScroll == 2)
            Fixtures.press([.up], on: &state)
            #expect(state.guidanceScroll == 1)
            // Enter and Left close the guidance; they neither answer nor go back a question.
            #expect(Fixtures.press([close], on: &state).isEmpty)
            #expect(state.screen == .question)
            #expect(state.questionIndex == 7)
            #expect(state.highlighted == 2)
            #expect(state.response.answers.isEmpty)
        }
    }

    @Test func guidanceScrollingStopsAtItsEndSoUpActsAtOnce() {
        var state = Fixtures.question(8, size: Self.small)
        Fixtures.press([.character("?"), .end], on: &state)
        let end = state.guidanceScroll
        #expect(end > 0)
        Fixtures.press([.pageDown, .pageDown, .down], on: &state)
        #expect(state.guidanceScroll == end)
        Fixtures.press([.up], on: &state)
        #expect(state.guidanceScroll == end - 1)
        Fixtures.press([.home], on: &state)
        #expect(state.guidanceScroll == 0)
        // At 80x24 the whole guidance fits: nothing to scroll.
        var large = Fixtures.question(8, size: Self.large)
        Fixtures.press([.character("?"), .pageDown, .end], on: &large)
        #expect(large.guidanceScroll == 0)
    }

    @Test func aQuestionWithoutGuidanceSaysSo() throws {
        var state = Fixtures.question(1, framework: SnapshotTests.japanese, size: Self.large)
        Fixtures.press([.character("?")], on: &state)
        #expect(state.screen == .question)
        #expect(state.message?.text == "This question has no guidance.")
    }

    /// PgDn six times (past the end at 80x24), then Up three times: the results move at once.
    @Test func resultsScrollingIsKeptWithinItsEnd() {
        var state = Fixtures.question(1, size: Self.large)
        while state.screen != .results { Fixtures.press([.character("2"), .enter], on: &state) }
        state.saved(at: "/r/file.yaml")
        Fixtures.press(Array(repeating: .pageDown, count: 6), on: &state)
        let bottom = state.resultsScroll
        Fixtures.press([.end, .pageDown, .down], on: &state)
        #expect(state.resultsScroll == bottom, "six pages reach the end of the results at 80x24")
        let before = state.render(size: Self.large).text
        #expect(before.contains("Your answers are saved in"))
        Fixtures.press([.up, .up, .up], on: &state)
        #expect(state.resultsScroll == bottom - 3)
        #expect(state.render(size: Self.large).text != before)
        // Shrinking the terminal lets it scroll further; growing it brings the offset back in.
        Fixtures.press([.resize(Self.small), .end], on: &state)
        #expect(state.resultsScroll > bottom)
        Fixtures.press([.resize(Self.large)], on: &state)
        #expect(state.resultsScroll == bottom)
        Fixtures.press([.up], on: &state)
        #expect(state.resultsScroll == bottom - 1)
    }

    @Test func aLongDimensionOpeningScrollsAndIsResetForTheNext() {
        var state = Fixtures.state(organisation: "Example Trust", framework: Fixtures.french)
        Fixtures.press([.resize(Self.small), .enter], on: &state)
        #expect(state.screen == .dimensionIntro(0))
        Fixtures.press([.pageDown], on: &state)
        #expect(state.introScroll > 0)
        Fixtures.press([.pageDown, .pageDown, .end], on: &state)
        let end = state.introScroll
        Fixtures.press([.up], on: &state)
        #expect(state.introScroll == end - 1)
        Fixtures.press([.enter], on: &state)
        #expect(state.screen == .question)
        for _ in 0..<4 { Fixtures.press([.character("2"), .enter], on: &state) }
        #expect(state.screen == .dimensionIntro(1))
        #expect(state.introScroll == 0)
    }

    @Test func escapeNeverEndsTheAssessmentOnceStarted() {
        var state = Fixtures.question(1, size: Self.large)
        #expect(Fixtures.press([.escape], on: &state).isEmpty)
        #expect(state.screen == .question)
        Fixtures.press([.character("3"), .enter], on: &state)
        // Escape closes what is open: the overview, the note (without saving it).
        Fixtures.press([.tab], on: &state)
        #expect(Fixtures.press([.escape], on: &state).isEmpty)
        #expect(state.screen == .question)
        Fixtures.press([.character("n")] + Fixtures.type("draft"), on: &state)
        #expect(Fixtures.press([.escape], on: &state).isEmpty)
        #expect(state.screen == .question)
        #expect(state.response.notes.isEmpty)
        // The dimension opening and the results ignore it.
        Fixtures.press([.left, .left], on: &state)
        #expect(state.screen == .dimensionIntro(0))
        #expect(Fixtures.press([.escape], on: &state).isEmpty)
        #expect(state.screen == .dimensionIntro(0))
        Fixtures.press([.enter], on: &state)
        while state.screen != .results { Fixtures.press([.enter], on: &state) }
        #expect(Fixtures.press([.escape, .enter], on: &state).isEmpty)
        #expect(state.screen == .results)
        #expect(Fixtures.press([.character("q")], on: &state) == [.quit])
    }

    @Test func escapeLeavesTheWelcomeScreenOnlyBeforeAnyAnswer() {
        var fresh = Fixtures.state(organisation: "Example Trust")
        #expect(Fixtures.press([.escape], on: &fresh) == [.quit])

        var answered = Fixtures.question(1, size: Self.large)
        Fixtures.press([.character("2"), .left, .left], on: &answered)
        #expect(answered.screen == .welcome)
        #expect(Fixtures.press([.escape], on: &answered).isEmpty)
        #expect(answered.message?.text.contains("Ctrl-C") == true)
        #expect(answered.render(size: Self.large).text.contains("Ctrl-C quit"))
        #expect(Fixtures.press([.interrupt], on: &answered) == [.quit])
    }

    /// At 30x8 the screen asks for a larger terminal: "5" then Enter must not answer unseen.
    @Test func whileTheTerminalIsTooSmallOnlyCtrlCAndResizesAct() {
        var state = Fixtures.question(1, size: Self.large)
        Fixtures.press([.resize(Size(width: 30, height: 8))], on: &state)
        for key in [Key.character("5"), .enter, .character("q"), .escape, .tab, .down, .character("?")] {
            #expect(Fixtures.press([key], on: &state).isEmpty)
        }
        #expect(state.response.answers.isEmpty)
        #expect(state.screen == .question)
        #expect(state.highlighted == 0)
        Fixtures.press([.resize(Self.small)], on: &state)
        #expect(Fixtures.press([.character("5")], on: &state) == [.save])
        Fixtures.press([.resize(Size(width: 39, height: 24))], on: &state)
        #expect(Fixtures.press([.interrupt], on: &state) == [.quit])
    }

    @Test func leavingWhileTypingANoteKeepsTheDraft() {
        var state = Fixtures.question(1, size: Self.large)
        Fixtures.press([.character("n")] + Fixtures.type("Ask the treasurer"), on: &state)
        #expect(Fixtures.press([.interrupt], on: &state) == [.save, .quit])
        #expect(state.response.notes["uses-decisions"] == "Ask the treasurer")

        // A signal: the shell asks the state to keep the draft.
        var signalled = Fixtures.question(1, size: Self.large)
        Fixtures.press([.character("n")] + Fixtures.type("Half a thought"), on: &signalled)
        let changed = signalled.keepNoteDraft()
        #expect(changed)
        #expect(signalled.response.notes["uses-decisions"] == "Half a thought")
        let changedAgain = signalled.keepNoteDraft()
        #expect(!changedAgain, "nothing new to save the second time")

        // An emptied draft never removes an earlier note on the way out.
        var emptied = Fixtures.question(1, size: Self.large)
        Fixtures.press([.character("n")] + Fixtures.type("Kept") + [.enter, .character("n"), .backspace, .backspace, .backspace, .backspace],
                       on: &emptied)
        #expect(Fixtures.press([.interrupt], on: &emptied) == [.quit])
        #expect(emptied.response.notes["uses-decisions"] == "Kept")
    }

    @Test func theWelcomeTextScrollsWhileTheFormStays() {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.resize(Self.small), .pageDown], on: &state)
        #expect(state.welcomeScroll > 0)
        Fixtures.press(Array(repeating: .pageDown, count: 20), on: &state)
        let text = state.render(size: Self.small).text
        #expect(TextFlow.unbroken(text).contains("/home/sam/.local/share/maturity/responses"))
        for label in state.words.formLabels { #expect(text.contains(label)) }
        #expect(text.contains("Esc quit"))
    }
}
