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
}
