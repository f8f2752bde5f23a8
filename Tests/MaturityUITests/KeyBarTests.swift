import MaturityCore
import MaturityUI
import Testing

/// Every key a screen acts on can be found on it: in the key bar (on two rows when one is not
/// enough, in shorter words on narrow terminals) or beside the answer it picks.
@Suite struct KeyBarTests {
    /// The bottom two rows of a frame.
    func keyBar(_ frame: Frame) -> String {
        (frame.size.height - 2..<frame.size.height).map { frame.text(ofRow: $0) }.joined(separator: "\n")
    }

    func expectKeys(_ keys: [String], on state: AppState, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        for size in SnapshotTests.sizes {
            let bar = keyBar(state.render(size: size))
            for key in keys {
                #expect(bar.contains(key), "\(key) missing at \(size): \(bar)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theQuestionScreenShowsEveryKey() {
        let state = Fixtures.question(1, size: Size(width: 40, height: 12))
        expectKeys(["↑↓ ", "Enter", "← back", "Tab", "? guid", "n note", "q quit"], on: state)
        // Where the screen has room to say which keys answer, the bar moves; where it has not
        // (40x12), the bar says them.
        #expect(keyBar(state.render(size: Size(width: 80, height: 24))).contains("↑↓ move"))
        #expect(keyBar(state.render(size: Size(width: 40, height: 12))).contains("↑↓ 1-5 d choose"))
        // The digits and d stand beside their answers.
        let text = state.render(size: Size(width: 40, height: 12)).text + state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("1 ( )") && text.contains("2 ( )"))
        var atEnd = state
        Fixtures.press([.end], on: &atEnd)
        #expect(atEnd.render(size: Size(width: 40, height: 12)).text.contains("d ( ) Don't know"))
        // At 80 columns the whole bar fits on one row.
        let wide = state.render(size: Size(width: 80, height: 24))
        #expect(wide.text(ofRow: 22).allSatisfy { $0 == " " })
        #expect(wide.text(ofRow: 23).contains("? guidance"))
    }

    @Test func theOtherScreensShowTheirKeys() {
        let small = Size(width: 40, height: 12)
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.resize(small)], on: &state)
        expectKeys(["Enter start", "Tab ↑↓", "Esc quit"], on: state, "welcome")
        Fixtures.press([.enter], on: &state)
        expectKeys(["Enter begin", "← back", "Tab", "q quit"], on: state, "dimension opening")
        Fixtures.press([.enter, .tab], on: &state)
        expectKeys(["↑↓ move", "PgUp PgDn", "Enter go", "Esc back", "q quit"], on: state, "overview")
        Fixtures.press([.escape, .character("n")], on: &state)
        expectKeys(["Enter save", "Esc cancel"], on: state, "note")
        Fixtures.press([.escape, .character("?")], on: &state)
        expectKeys(["← Esc", "q quit"], on: state, "guidance")
        Fixtures.press([.escape], on: &state)
        while state.screen != .results { Fixtures.press([.character("2"), .enter], on: &state) }
        expectKeys(["↑↓ scroll", "PgUp PgDn", "Tab", "← ", "q quit"], on: state, "results")
    }

    /// The offer on start names its three keys, whether it carries on an unfinished assessment
    /// or shows a finished one's results again.
    @Test func theResumeScreenShowsItsKeys() {
        expectKeys(["Enter carry on", "n ", "q quit"], on: Fixtures.state(resume: Fixtures.offer(answered: 6, organisation: "Example Trust")))
        expectKeys(["Enter see the results", "n ", "q quit"], on: Fixtures.state(resume: FinishedOfferTests.finished()))
    }

    /// At 40x12 the welcome form hides the text above it: the key bar says how to reach it.
    @Test func theWelcomeScreenSaysHowToReachWhatIsHidden() {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.resize(Size(width: 40, height: 12))], on: &state)
        #expect(keyBar(state.render(size: Size(width: 40, height: 12))).contains("PgUp PgDn"))
    }

    /// The scrolling keys show only when there is something to scroll.
    @Test func scrollingKeysShowOnlyWhenTheBodyDoesNotFit() {
        var state = Fixtures.question(8, size: Size(width: 40, height: 12))
        Fixtures.press([.character("?")], on: &state)
        #expect(keyBar(state.render(size: Size(width: 40, height: 12))).contains("↑↓ scroll"))
        #expect(!keyBar(state.render(size: Size(width: 80, height: 24))).contains("scroll"))
    }
}
