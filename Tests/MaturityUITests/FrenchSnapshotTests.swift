import MaturityCore
import MaturityUI
import Testing

/// What each screen looks like in French (`--lang fr`), at 80x24 and 40x12 and too small:
/// the framework's texts and the screens' own words both in French, and the longer French
/// words still fitting the key bar and the narrow screen.
@Suite struct FrenchSnapshotTests {
    static let sizes = SnapshotTests.sizes
    static let savedPath = "/home/sam/.local/share/maturity/responses/data-maturity-20261121-00000000.yaml"

    static func atQuestion() -> AppState {
        var state = Fixtures.state(organisation: "Example Trust", framework: Fixtures.french)
        Fixtures.press([.enter, .enter, .down, .character("3")], on: &state)
        return state
    }

    /// Every question answered in turn 1 to 5 then "don't know", so that the results show
    /// stages, unknowns and next steps.
    static func finished() -> AppState {
        var state = atQuestion()
        var index = 0
        while state.screen != .results {
            Fixtures.press([.character(["1", "2", "3", "4", "5", "d"][index % 6])], on: &state)
            Fixtures.takeHighlighted(on: &state)
            index += 1
        }
        state.saved(at: savedPath)
        return state
    }

    @Test(arguments: sizes)
    func welcome(size: Size) {
        var state = Fixtures.state(organisation: "Example Trust", framework: Fixtures.french)
        Fixtures.press([.resize(size)] + Fixtures.type("Sam"), on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "welcome-fr-\(size)")
        for label in ScreenText(language: "fr").formLabels { #expect(text.contains(label)) }
        #expect(text.contains("Échap quitter"))
    }

    @Test(arguments: sizes)
    func question(size: Size) {
        var state = Self.atQuestion()
        Fixtures.press([.resize(size), .end], on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "question-fr-end-\(size)")
        #expect(text.contains("Question 1 sur 28"))
        #expect(text.contains("d ( ) Je ne sais pas"))
    }

    @Test(arguments: sizes)
    func overview(size: Size) {
        var state = Self.atQuestion()
        Fixtures.press([.resize(size), .tab, .down, .down], on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "overview-fr-\(size)")
        #expect(text.contains("Choisissez une question pour y aller"))
        #expect(text.contains("1 réponse sur 28"))
    }

    @Test(arguments: sizes)
    func guidance(size: Size) {
        var state = Fixtures.question(8, framework: Fixtures.french, size: size)
        Fixtures.press([.character("?")], on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "guidance-fr-\(size)")
        #expect(text.contains("Aide"))
        #expect(text.contains("retour"))
    }

    @Test(arguments: sizes)
    func noteEditor(size: Size) {
        var state = Fixtures.question(2, framework: Fixtures.french, size: size)
        Fixtures.press([.character("n")] + Fixtures.type("Demander au trésorier."), on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "note-editor-fr-\(size)")
        #expect(text.contains("Votre note sur cette question\u{A0}:"))
        Fixtures.press([.enter], on: &state)
        let question = state.render(size: size).text
        #expect(question.contains("Votre note\u{A0}: Demander au trésorier."))
        #expect(question.contains("Note enregistrée."))
    }

    @Test(arguments: sizes)
    func results(size: Size) {
        var state = Self.finished()
        Fixtures.press([.resize(size)], on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "results-fr-\(size)")
        #expect(text.contains("Vos résultats"))
        // How much the results rest on comes before the headline; at 40x12 the headline is
        // a scroll away.
        #expect(text.contains("Ces résultats reposent sur"))
        if size.height >= 24 { #expect(text.contains("Niveau global\u{A0}: ")) }
    }

    /// The end of the results: the next steps and where the answers are saved.
    @Test(arguments: sizes)
    func resultsEnd(size: Size) {
        var state = Self.finished()
        Fixtures.press([.resize(size), .end], on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "results-end-fr-\(size)")
        #expect(TextFlow.joined(text).contains("Vos réponses sont enregistrées dans"))
        #expect(TextFlow.unbroken(text).contains(Self.savedPath))
    }

    @Test(arguments: sizes)
    func resumeOffer(size: Size) {
        let offer = Fixtures.offer(answered: 6, organisation: "Example Trust")
        let text = Fixtures.state(framework: Fixtures.french, resume: offer).render(size: size).text
        Snapshot.check(text, named: "resume-fr-\(size)")
        #expect(text.contains("Vous avez une évaluation non terminée"))
        #expect(TextFlow.joined(text).contains("Pour Example Trust\u{A0}: 6 réponses sur 28, la dernière le 21/11/2026."))
    }

    @Test func tooSmall() {
        let frame = Self.atQuestion().render(size: Size(width: 30, height: 8))
        Snapshot.check(frame.text, named: "too-small-fr-30x8")
        #expect(TextFlow.joined(frame.text).contains("il faut 40x12, il n'a que 30x8"))
        #expect(TextFlow.joined(frame.text).contains("Appuyez sur Ctrl-C pour quitter."))
        // Too small even for the advice: the request alone, still in French.
        let tiny = Self.atQuestion().render(size: Size(width: 24, height: 4))
        #expect(TextFlow.joined(tiny.text).contains("Agrandissez le terminal"))
    }
}
