import MaturityCore
import MaturityUI
import Testing

/// A framework that renames "Don't know" and "Not applicable" is shown with its names on the
/// question screen, the results, the projector and in plain mode, in every phrase that quotes
/// them; the keys that choose them stay `d` and `a`.
@Suite struct AnswerLabelScreenTests {
    /// Ten questions, each offering both answers, renamed.
    static let renamed: Framework = {
        var framework = ResultsTests.tenQuestions
        for index in framework.dimensions[0].questions.indices {
            framework.dimensions[0].questions[index].allowed = [.dontKnow, .notApplicable]
        }
        framework.dontKnowLabel = "Not sure"
        framework.notApplicableLabel = "Does not apply here"
        return framework
    }()

    static func response(_ answers: [Answer], id: String = "ten") -> Response {
        var response = Response.new(to: renamed, id: id, organisation: "Example Trust", at: Fixtures.start)
        for (index, answer) in answers.enumerated() { response.answers["q\(index + 1)"] = answer }
        response.status = .complete
        return response
    }

    // MARK: - The words

    @Test func theWordsForAFrameworkNameItsAnswersEverywhere() {
        let words = ScreenText.english.forFramework(Self.renamed)
        #expect(words.dontKnow == "Not sure")
        #expect(words.notApplicable == "Does not apply here")
        #expect(words.dontKnowInSentence == "Not sure")
        #expect(words.notApplicableInSentence == "Does not apply here")
        #expect(words.noDontKnowAnswer == "This question has no \"Not sure\" answer.")
        #expect(words.noNotApplicableAnswer == "This question has no \"Does not apply here\" answer.")
        #expect(words.unknownsIntro(2) == "You answered \"Not sure\" to 2 questions; finding these out is a useful first step:")
        #expect(words.presenterNotScoredYet == "Not scored yet: everyone answered \"Not sure\".")
        #expect(words.presenterUnknownAnswers(1) == "1 \"Not sure\" answer")
        #expect(words.presenterUnknownAnswers(3) == "3 \"Not sure\" answers")
    }

    @Test func aFrameworkThatRenamesNothingKeepsTheLanguagesWords() {
        let words = ScreenText.english.forFramework(ResultsTests.tenQuestions)
        #expect(words.dontKnow == "Don't know")
        #expect(words.dontKnowInSentence == "don't know")
        #expect(words.unknownsIntro(2) == ScreenText.english.unknownsIntro(2))
    }

    /// Both of the language's forms give way, in French as in English.
    @Test func theFrenchPhrasesQuoteTheRename() {
        var framework = Fixtures.french
        framework.dontKnowLabel = "Pas sûr"
        let words = ScreenText(language: "fr").forFramework(framework)
        // French puts no-break spaces inside « »: compared without them.
        let spaced = { (text: String) in String(text.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 }) }
        #expect(spaced(words.noDontKnowAnswer) == "Cette question n'a pas de réponse « Pas sûr ».")
        #expect(spaced(words.presenterUnknownAnswers(3)) == "3 réponses « Pas sûr »")
        #expect(spaced(words.unknownsIntro(1)).hasPrefix("Vous avez répondu « Pas sûr » à une question"))
        #expect(spaced(words.presenterNotScoredYet).hasSuffix("« Pas sûr »."))
        // Not renamed: still the language's own.
        #expect(words.notApplicable == "Sans objet")
    }

    /// A label holding the language's own words is put in once, not replaced again.
    @Test func aLabelHoldingTheOldWordsIsPutInOnce() {
        var framework = Self.renamed
        framework.dontKnowLabel = "I don't know"
        let words = ScreenText.english.forFramework(framework)
        #expect(words.unknownsIntro(2).hasPrefix("You answered \"I don't know\" to 2 questions"))
        #expect(words.noDontKnowAnswer == "This question has no \"I don't know\" answer.")
    }

    // MARK: - The screens

    @Test func theQuestionScreenShowsTheRename() {
        var state = Fixtures.question(1, framework: Self.renamed, size: Size(width: 80, height: 24))
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("d ( ) Not sure"))
        #expect(text.contains("a ( ) Does not apply here"))
        #expect(!text.contains("Don't know"))
        #expect(!text.contains("Not applicable"))
        // d still chooses it.
        Fixtures.press([.character("d")], on: &state)
        #expect(state.response.answers["q1"] == .dontKnow)
    }

    /// Words given after the start (as the command gives a language file's) get the rename too.
    @Test func wordsGivenLaterAreRenamedToo() {
        var framework = Fixtures.french
        framework.dontKnowLabel = "Pas sûr"
        var state = Fixtures.question(1, framework: framework, size: Size(width: 80, height: 24))
        state.words = ScreenText(language: "fr")
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Pas sûr"))
        #expect(!text.contains("Je ne sais pas"))
    }

    @Test func theResultsSayTheRename() {
        let answers: [Answer] = [.stage("s1"), .dontKnow, .stage("s1"), .notApplicable, .stage("s1"),
                                 .stage("s1"), .dontKnow, .stage("s1"), .stage("s1"), .stage("s1")]
        var state = AppState(framework: Self.renamed, response: Self.response(answers),
                             form: WelcomeForm(organisation: "Example Trust"), outputFolder: "/tmp")
        state.screen = .results
        let text = TextFlow.joined(state.render(size: Size(width: 80, height: 24)).text)
        #expect(text.contains("You answered \"Not sure\" to 2 questions"))
        #expect(!text.contains("don't know"))
    }

    @Test func theProjectorSaysTheRename() {
        let responses = [Answer.dontKnow, .dontKnow, .stage("s2")].enumerated().map {
            Self.response(Array(repeating: $0.element, count: 10), id: "p\($0.offset)")
        }
        var state = PresenterState(framework: Self.renamed, words: .english, snapshot: FolderSnapshot(complete: responses))
        state.view = .dimension(0)
        let text = TextFlow.joined(state.render(size: Size(width: 100, height: 40)).text)
        #expect(text.contains("20 \"Not sure\" answers"))
        #expect(!text.contains("don't know"))

        let unscored = (0..<3).map { Self.response(Array(repeating: .dontKnow, count: 10), id: "u\($0)") }
        var empty = PresenterState(framework: Self.renamed, words: .english, snapshot: FolderSnapshot(complete: unscored))
        empty.view = .dimension(0)
        #expect(TextFlow.joined(empty.render(size: Size(width: 100, height: 40)).text)
            .contains("Not scored yet: everyone answered \"Not sure\"."))
    }

    @Test func plainModeShowsTheRenameAndDStillChoosesIt() {
        var plain = PlainSession(framework: Self.renamed, response: Self.response([]), askDetails: false)
        let lines = plain.start()
        #expect(lines.contains("  d. Not sure"))
        #expect(lines.contains("  a. Does not apply here"))
        #expect(!lines.contains { $0.contains("Don't know") })
        #expect(plain.input("d", at: Fixtures.start).effects == [.save])
        #expect(plain.response.answers["q1"] == .dontKnow)
        #expect(plain.input("a", at: Fixtures.start).effects == [.save])
        #expect(plain.response.answers["q2"] == .notApplicable)
        #expect(plain.input("b", at: Fixtures.start).output.contains("  (Your answer so far: Does not apply here.)"))
        #expect(plain.input("b", at: Fixtures.start).output.contains("  (Your answer so far: Not sure.)"))
    }

    /// A rename written with escape sequences and a bidirectional override reaches the screen
    /// made visible, as every framework text does.
    @Test func aHostileRenameIsShownSafely() throws {
        let text = AnswerLabelScreenTests.yaml(dontKnow: "\"\\e[2J\\e]0;owned\\a\\u202ENot sure\"")
        let framework = try #require(FrameworkDecoder.decode(bytes: Array(text.utf8), file: "hostile.yaml").framework)
        let state = Fixtures.question(1, framework: framework, size: Size(width: 80, height: 24))
        let screen = state.render(size: Size(width: 80, height: 24)).text
        #expect(screen.contains("<U+202E>Not sure"))
        #expect(!screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!screen.unicodeScalars.contains { $0.value == 0x202E })
        var plain = PlainSession(framework: framework, response: Response.new(to: framework, id: "h", organisation: "T", at: Fixtures.start),
                                 askDetails: false)
        let lines = plain.start()
        #expect(lines.contains { $0.hasPrefix("  d. ") && $0.hasSuffix("<U+202E>Not sure") })
        #expect(lines.allSatisfy { SafeText.isSafe($0, keepNewlines: false) })
    }

    /// A small framework in the file format, with `dontKnow` as written after `dont-know:`.
    static func yaml(dontKnow: String) -> String {
        """
        framework: hostile
        version: "1"
        language: en
        title: Hostile
        description: A rename that tries to reach the terminal.
        dont-know: \(dontKnow)
        stages:
          - id: low
            name: Low
          - id: high
            name: High
        dimensions:
          - id: only
            name: Only
            questions:
              - id: q1
                text: Is it so?
                statements:
                  low: Not really.
                  high: Very much.

        """
    }
}
