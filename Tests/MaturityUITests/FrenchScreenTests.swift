import MaturityCore
import MaturityUI
import Testing

/// The screens follow the framework's language: in French no word of the catalogue's English is
/// left on any screen, every key still shows at 40 columns, and messages come in French.
@Suite struct FrenchScreenTests {
    static let sizes = SnapshotTests.sizes

    /// The catalogue's English texts, but for those `language` shares (French's are
    /// `ScreenTextTests.sharedWithEnglish`, the others' `BuiltInLanguageTests.sharedWithEnglish`),
    /// as runs of words; and "of", from "Question 1 of 28" and the like.
    static func englishPhrases(besides language: String) -> [String] {
        let shared = language == "fr" ? ScreenTextTests.sharedWithEnglish : BuiltInLanguageTests.sharedWithEnglish[language] ?? []
        return ScreenTextTests.phrases(of: .english)
            .filter { !shared.contains($0.name) && ScreenTextTests.calledPhrases[$0.name] == nil }
            // What a person types, never shown: "y" is also French.
            .filter { !["yesAnswers", "noAnswers"].contains($0.name) }
            // The presenter's words are never on the assessment's screens (PresenterLanguageTests
            // looks for English on the presenter's); some, such as "dimension", are French words too.
            .filter { !$0.name.hasPrefix("presenter") }
            .flatMap(\.texts).map(words) + [words("of")]
    }

    static let englishPhrases = englishPhrases(besides: "fr")

    /// Text as its words between single spaces, so that "list" is not found in "liste".
    static func words(_ text: String) -> String {
        " " + text.split { !($0.isLetter || $0 == "'") }.joined(separator: " ") + " "
    }

    static func expectNoEnglish(_ text: String, on screen: String, language: String = "fr",
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = words(text)
        for phrase in (language == "fr" ? englishPhrases : englishPhrases(besides: language)) where phrase.count > 2 {
            #expect(!shown.contains(phrase), "\"\(phrase)\" on the \(language) \(screen):\n\(text)", sourceLocation: sourceLocation)
        }
    }

    /// Every screen of an assessment of `framework`, with its messages, as (name, text).
    static func everyScreen(of framework: Framework, size: Size) -> [(String, String)] {
        var screens: [(String, String)] = []
        func look(_ state: AppState, _ name: String) { screens.append((name, state.render(size: size).text)) }

        let offer = Fixtures.offer(answered: 6, organisation: "Example Trust")
        look(Fixtures.state(framework: framework, resume: offer), "resume offer")
        var state = Fixtures.state(framework: framework)
        Fixtures.press([.resize(size), .enter], on: &state)
        look(state, "welcome without an organisation")
        Fixtures.press(Fixtures.type("Les Amis du Parc") + [.pageDown], on: &state)
        look(state, "welcome scrolled")
        Fixtures.press([.enter], on: &state)
        look(state, "dimension opening")
        Fixtures.press([.enter, .character("a")], on: &state)
        look(state, "question, after a for an answer it does not offer")
        Fixtures.press([.character("n")] + Fixtures.type("À vérifier") + [.enter], on: &state)
        look(state, "question with a note")
        Fixtures.press([.character("n")], on: &state)
        look(state, "note editor")
        Fixtures.press([.escape, .character("?")], on: &state)
        look(state, "guidance")
        Fixtures.press([.escape, .character("d")], on: &state)
        state.saveFailed("no space left on device")
        look(state, "question after a failed save")
        Fixtures.press([.tab], on: &state)
        look(state, "overview")
        Fixtures.press([.end, .enter, .enter], on: &state)
        look(state, "Enter on a question with no answer chosen")
        Fixtures.press([.character("1"), .enter], on: &state)
        look(state, "results with unanswered questions")
        state.saved(at: "/r/file.yaml")
        Fixtures.press([.end], on: &state)
        look(state, "end of the results")
        Fixtures.press([.resize(Size(width: 30, height: 8))], on: &state)
        screens.append(("too small", state.render(size: Size(width: 30, height: 8)).text))
        return screens
    }

    /// Walks through every screen in French, with its messages, and reads each one.
    @Test(arguments: sizes)
    func noEnglishWordIsLeftOnAnyScreen(size: Size) {
        let screens = Self.everyScreen(of: Fixtures.french, size: size)
        for (name, text) in screens { Self.expectNoEnglish(text, on: "\(name) at \(size)") }
        // At 40 columns the messages are cut short to their row: read them whole at 80.
        guard size.width >= 80 else { return }
        let all = screens.map(\.1).map(TextFlow.joined).joined(separator: "\n")
        for french in ["Tapez d'abord le nom de votre association.", "Cette question n'a pas de réponse «\u{A0}Sans objet\u{A0}».",
                       "Note enregistrée.", "Pas de réponse\u{A0}: tapez 1-5, ou ↑↓ puis Entrée. Entrée à nouveau pour passer.", "Échec de l'enregistrement\u{A0}: no space left on device", "Par où commencer",
                       "n'ont pas encore de réponse\u{A0}: appuyez sur Tab pour y répondre."] {
            #expect(all.contains(french), "\(french) not shown at \(size)")
        }
    }

    /// The same walk in Spanish and Welsh, on the framework's own translations.
    @Test(arguments: ["es", "cy"], sizes)
    func noEnglishWordIsLeftOnAnyScreenInSpanishOrWelsh(language: String, size: Size) throws {
        let framework = try Fixtures.catalogue.resolve("data-maturity", language: language).get()
        for (name, text) in Self.everyScreen(of: framework, size: size) {
            Self.expectNoEnglish(text, on: "\(name) at \(size)", language: language)
        }
    }

    /// The bottom two rows of a frame: the key bar.
    func keyBar(_ frame: Frame) -> String {
        (frame.size.height - 2..<frame.size.height).map { frame.text(ofRow: $0) }.joined(separator: "\n")
    }

    /// Every key of every screen shows in French at 40 columns, on at most two rows, with
    /// the body scrolling or not.
    @Test func everyKeyShowsInFrenchAtFortyColumns() {
        let small = Size(width: 40, height: 12)
        let words = ScreenText(language: "fr")
        let enter = words.enterKey, escape = words.escapeKey
        func expectKeys(_ keys: [String], _ state: AppState, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let bar = keyBar(state.render(size: small))
            for key in keys { #expect(bar.contains(key), "\(key) missing on the \(screen): \(bar)", sourceLocation: sourceLocation) }
        }
        let offer = Fixtures.offer(answered: 6, organisation: "Example Trust")
        expectKeys(["\(enter) reprendre", "n ", "q quitter"], Fixtures.state(framework: Fixtures.french, resume: offer), "resume offer")
        var state = Fixtures.state(organisation: "Example Trust", framework: Fixtures.french)
        Fixtures.press([.resize(small)], on: &state)
        expectKeys(["\(enter) commencer", "Tab ↑↓ champs", "\(escape) quitter", "PgUp PgDn défiler"], state, "welcome")
        Fixtures.press([.enter], on: &state)
        expectKeys(["\(enter) ok", "↑↓ défiler", "PgUp PgDn page", "← retour", "Tab liste", "q quitter"], state, "dimension opening")
        Fixtures.press([.enter], on: &state)
        expectKeys(["↑↓ 1-5 d choisir", "\(enter) ok", "← retour", "Tab liste", "? aide", "n note", "q quitter"], state, "question")
        Fixtures.press([.character("n")], on: &state)
        expectKeys(["\(enter) enregistrer", "\(escape) annuler"], state, "note editor")
        Fixtures.press([.escape, .tab], on: &state)
        expectKeys(["↑↓ se déplacer", "PgUp PgDn page", "\(enter) aller", "\(escape) retour", "q quitter"], state, "overview")
        Fixtures.press([.escape], on: &state)
        var guidance = Fixtures.question(8, framework: Fixtures.french, size: small)
        Fixtures.press([.character("?")], on: &guidance)
        expectKeys(["↑↓ défiler", "PgUp PgDn page", "← \(escape) retour", "q quitter"], guidance, "guidance")
        while state.screen != .results { Fixtures.press([.enter], on: &state) }
        expectKeys(["↑↓ défiler", "PgUp PgDn page", "Tab réponses", "← retour", "q quitter"], state, "results")
        // Back on the welcome screen after an answer, Ctrl-C leaves rather than Esc.
        var answered = Fixtures.state(organisation: "Example Trust", framework: Fixtures.french)
        Fixtures.press([.resize(small), .enter, .enter, .character("3"), .left, .left], on: &answered)
        #expect(answered.screen == .welcome)
        expectKeys(["Ctrl-C quitter"], answered, "welcome after an answer")
    }

    /// A framework written in French (not a translation) gets the French words too; one in a
    /// language without built-in words shows its own texts with the English words.
    @Test func theWordsFollowTheFrameworksOwnLanguage() {
        var written = SnapshotTests.japanese
        written.language = "fr"
        written.title = "Nos données"
        let french = Fixtures.question(1, framework: written, size: Size(width: 80, height: 24))
        #expect(french.words.language == "fr")
        #expect(french.render(size: Size(width: 80, height: 24)).text.contains("Question 1 sur 1"))

        var german = written
        german.language = "de"
        german.title = "Unsere Daten"
        let english = Fixtures.question(1, framework: german, size: Size(width: 80, height: 24))
        let text = english.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Unsere Daten"))
        #expect(text.contains("Question 1 of 1"))
        #expect(text.contains("Don't know"))
    }

    @Test func frenchMessagesForKeysThatDoNothing() {
        var written = SnapshotTests.japanese
        written.language = "fr"
        var state = Fixtures.question(1, framework: written, size: Size(width: 80, height: 24))
        Fixtures.press([.character("?")], on: &state)
        #expect(state.message?.text == "Cette question n'a pas d'aide.")
        Fixtures.press([.character("a")], on: &state)
        #expect(state.message?.text == "Cette question n'a pas de réponse «\u{A0}Sans objet\u{A0}».")
        var welcome = Fixtures.state(framework: Fixtures.french)
        Fixtures.press([.enter], on: &welcome)
        #expect(welcome.message?.text == "Tapez d'abord le nom de votre association.")
        Fixtures.press(Fixtures.type("Les Amis du Parc") + [.enter, .enter, .character("n"), .character("x"), .enter], on: &welcome)
        #expect(welcome.message?.text == "Note enregistrée.")
        Fixtures.press([.character("n"), .backspace, .enter], on: &welcome)
        #expect(welcome.message?.text == "Note supprimée.")
    }
}
