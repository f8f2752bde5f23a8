import MaturityCore
import Testing

/// A translation translates a framework's names for "don't know" and "not applicable"; one it
/// leaves out gives way to the words of the translation's language, not to the base's rename.
@Suite struct AnswerLabelTranslationTests {
    static let renamed = try! #require(FrameworkDecoder.decode(
        bytes: Array(AnswerLabelTests.framework(adding: "dont-know: Not sure\nnot-applicable: Does not apply here\n").utf8),
        file: "tiny.yaml").framework)

    static func apply(_ text: String, to base: Framework = renamed) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        FrameworkTranslator.apply(DocumentReader.read(text: text, file: "tiny.fr.yaml"), to: base)
    }

    /// The complete French translation with `lines` added after its description.
    static func translation(adding lines: String) -> String {
        TranslationTests.complete.replacingOccurrences(of: "description: Deux étapes, une question.\n",
                                                       with: "description: Deux étapes, une question.\n" + lines)
    }

    @Test func aTranslationReplacesTheLabels() throws {
        let (framework, diagnostics) = Self.apply(Self.translation(adding: "dont-know: Pas sûr\nnot-applicable: Ne s'applique pas ici\n"))
        #expect(diagnostics.isEmpty)
        #expect(framework?.answerLabels == AnswerLabels(dontKnow: "Pas sûr", notApplicable: "Ne s'applique pas ici"))
    }

    /// The base's "Not sure" is English: a French screen shows its own "Je ne sais pas" instead,
    /// and validate says the label is not translated, where the other untranslated texts are said.
    @Test func aLabelLeftOutGivesWayToTheLanguageWithAWarning() throws {
        let (framework, diagnostics) = Self.apply(Self.translation(adding: "not-applicable: Ne s'applique pas ici\n"))
        let translated = try #require(framework)
        #expect(translated.dontKnowLabel == nil)
        #expect(translated.notApplicableLabel == "Ne s'applique pas ici")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.map(\.code) == ["not-translated"])
        #expect(diagnostics.first?.message == "the label \"dont-know\" is not translated; the words of the translation's language are shown for it")
        #expect(diagnostics.first?.mark.line == 1)
    }

    @Test func bothLabelsLeftOutAreTwoWarningsAndNoRename() throws {
        let (framework, diagnostics) = Self.apply(TranslationTests.complete)
        #expect(framework?.answerLabels == nil)
        #expect(diagnostics.map(\.code) == ["not-translated", "not-translated"])
    }

    /// Like any text the framework has no place for: never shown, so a warning.
    @Test func aLabelTheFrameworkDoesNotRenameIsNeverShown() throws {
        let (framework, diagnostics) = Self.apply(Self.translation(adding: "dont-know: Pas sûr\n"), to: TranslationTests.base)
        #expect(framework?.answerLabels == nil)
        #expect(diagnostics.map(\.code) == ["translation-never-shown"])
        #expect(diagnostics.first?.mark.line == 6)
    }

    @Test func aTranslatedLabelIsCheckedAsTheFrameworksIs() {
        let wide = String(repeating: "x", count: 41)
        let (framework, diagnostics) = Self.apply(Self.translation(adding: "dont-know: \(wide)\nnot-applicable: Sans objet\n"))
        #expect(framework == nil)
        // The wrong label is one message, not also "not translated".
        #expect(diagnostics.map(\.code) == ["answer-label-too-long"])
        #expect(diagnostics.first?.mark.line == 6)
        let (_, misspelt) = Self.apply(Self.translation(adding: "dont-knw: Pas sûr\nnot-applicable: Sans objet\n"))
        #expect(misspelt.map(\.message) == ["\"dont-knw\" is not a known key here; did you mean \"dont-know\"?"])
    }
}
