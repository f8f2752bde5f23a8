import MaturityCore
import Testing

@Suite struct TranslationTests {
    static let base = try! #require(FrameworkDecoder.decode(bytes: Array(FrameworkDecoderTests.minimal.utf8), file: "tiny.yaml").framework)

    func apply(_ text: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        FrameworkTranslator.apply(DocumentReader.read(text: text, file: "tiny.fr.yaml"), to: Self.base)
    }

    static let complete = """
        translation: tiny
        language: fr
        version: "1"
        title: Minuscule
        description: Deux étapes, une question.
        stages:
          low:
            name: Bas
          high:
            name: Haut
        dimensions:
          only:
            name: Seule
        questions:
          q1:
            text: Est-ce ainsi ?
            statements:
              low: Pas vraiment.
              high: Tout à fait.

        """

    @Test func aCompleteTranslationReplacesEveryText() throws {
        let (framework, diagnostics) = apply(Self.complete)
        #expect(diagnostics.isEmpty)
        let translated = try #require(framework)
        #expect(translated.language == "fr")
        #expect(translated.title == "Minuscule")
        #expect(translated.stages.map(\.name) == ["Bas", "Haut"])
        #expect(translated.questions[0].statements == ["Pas vraiment.", "Tout à fait."])
        #expect(translated.questions[0].id == "q1")
    }

    @Test func aMissingTextIsAWarningAndTheOriginalStays() throws {
        let text = Self.complete.replacingOccurrences(of: "      high: Tout à fait.\n", with: "")
        let (framework, diagnostics) = apply(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.contains("\"high\"") == true)
        #expect(try #require(framework).questions[0].statements == ["Pas vraiment.", "Very much."])
    }

    @Test func anIdTheFrameworkLacksIsAnError() {
        let text = Self.complete.replacingOccurrences(of: "  q1:\n", with: "  q2:\n")
        let (framework, diagnostics) = apply(text)
        #expect(framework == nil)
        let error = diagnostics.first { $0.isError }
        #expect(error?.message.contains("no question \"q2\"; did you mean \"q1\"?") == true)
        #expect(error?.mark.line == 15)
    }

    @Test func aDifferentVersionIsAWarning() {
        let text = Self.complete.replacingOccurrences(of: "version: \"1\"", with: "version: \"0.9\"")
        let diagnostics = apply(text).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.contains("version 0.9") == true)
    }

    @Test func aTranslationOfAnotherFrameworkIsAnError() {
        let text = Self.complete.replacingOccurrences(of: "translation: tiny", with: "translation: other")
        #expect(apply(text).diagnostics.contains { $0.isError && $0.message.contains("\"other\"") })
    }

    // MARK: - Texts the framework has no place for

    /// A text the framework lacks is never shown: a warning on its key, never silence.
    @Test func guidanceForAQuestionWithoutGuidanceIsAWarning() throws {
        let text = Self.complete.replacingOccurrences(of: "    text: Est-ce ainsi ?\n", with: "    text: Est-ce ainsi ?\n    guidance: Aide.\n")
        let (framework, diagnostics) = apply(text)
        #expect(framework?.questions[0].guidance == nil)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "question \"q1\" has no guidance in the framework, so this translation of it is never shown")
        #expect(warning.mark == SourceMark(line: 17, column: 5))
        #expect(warning.hint?.contains("delete it") == true)
    }

    @Test func aDescriptionForAStageWithoutOneIsAWarning() throws {
        let text = Self.complete.replacingOccurrences(of: "    name: Bas\n", with: "    name: Bas\n    description: Au début.\n")
        let diagnostics = apply(text).diagnostics
        #expect(diagnostics.map(\.message) == ["the stage \"low\" has no description in the framework, so this translation of it is never shown"])
        #expect(diagnostics.first?.mark == SourceMark(line: 9, column: 5))
    }

    /// The tiny framework has no next steps at all: the translation's are still checked.
    @Test func nextStepsAreCheckedWhenTheFrameworkHasNone() {
        let text = Self.complete.replacingOccurrences(of: "    name: Seule\n",
                                                      with: "    name: Seule\n    next-steps:\n      low: Essayez.\n      hihg: Rien.\n")
        let (framework, diagnostics) = apply(text)
        #expect(framework == nil)
        let found = diagnostics.map { "\($0.mark) \($0.severity.rawValue): \($0.message)" }
        #expect(found == [
            "16:7 error: the framework has no stage \"hihg\"; did you mean \"high\"?",
            "15:7 warning: the dimension \"only\" has no next step for \"low\" in the framework, so this translation of it is never shown",
        ], "\(found)")
    }

    @Test func aNextStepForTheLastStageIsAWarning() throws {
        let base = try #require(FrameworkDecoder.decode(bytes: Array(FrameworkDecoderTests.minimal.replacingOccurrences(
            of: "    questions:\n", with: "    next-steps:\n      low: Try.\n    questions:\n").utf8), file: "tiny.yaml").framework)
        let text = Self.complete.replacingOccurrences(of: "    name: Seule\n",
                                                      with: "    name: Seule\n    next-steps:\n      low: Essayez.\n      high: Rien.\n")
        let (framework, diagnostics) = FrameworkTranslator.apply(DocumentReader.read(text: text, file: "tiny.fr.yaml"), to: base)
        #expect(try #require(framework).dimensions[0].nextSteps == ["low": "Essayez."])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message == "\"high\" is the last stage, which has no next stage, so this next step is never shown")
        #expect(diagnostics.first?.mark == SourceMark(line: 16, column: 7))
    }
}
