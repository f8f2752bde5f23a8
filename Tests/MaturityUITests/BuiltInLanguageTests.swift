import Foundation
import MaturityCore
import MaturityUI
import Testing

/// The shipped language files (languages/*.yaml): each reads without a problem, translates every
/// text of the English, and gives the screens every phrase in its own words.
@Suite struct BuiltInLanguageTests {
    /// Phrases that are, or hold, the same words as the English in a language: key names printed
    /// on keyboards, "ok", answers such as n that mean no in both, and sentences made only of
    /// blanks and punctuation, and a score where the language writes decimals with a point.
    static let sharedWithEnglish: [String: Set<String>] = [
        "es": ["escapeKey", "noAnswers", "hintConfirmShort", "whereToStartStep", "presenterFarNote"],
        "cy": ["enterKey", "escapeKey", "noAnswers", "plainDimensionScore", "percent", "score", "whereToStartStep",
               "presenterGroupScore", "presenterFarNote"],
    ]

    static func read(_ source: (name: String, bytes: [UInt8])) -> (file: LanguageFile?, diagnostics: [Diagnostic]) {
        LanguageFile.decode(DocumentReader.read(bytes: source.bytes, file: source.name))
    }

    @Test func everyShippedLanguageReadsAndTranslatesEveryText() throws {
        let english = try #require(Self.read(BuiltInLanguages.sources[0]).file)
        #expect(english.language == "en")
        for source in BuiltInLanguages.sources {
            let (file, diagnostics) = Self.read(source)
            #expect(diagnostics.isEmpty, "\(source.name): \(diagnostics.map(\.message))")
            let language = try #require(file, "\(source.name) cannot be read")
            let (problems, coverage) = language.checked(against: english, file: source.name)
            #expect(problems.isEmpty, "\(source.name): \(problems.map(\.message))")
            #expect(coverage.translated == coverage.total, "\(source.name): \(coverage.translated) of \(coverage.total)")
        }
        #expect(ScreenText.builtIn.map(\.language) == ["en", "fr", "es", "cy"])
    }

    /// docs/translating.md lists every text of the English file, in its order.
    @Test func theTranslatorsGuideListsEveryText() throws {
        let english = try #require(Self.read(BuiltInLanguages.sources[0]).file)
        let keys = english.texts.keys.sorted { (english.places[$0]?.line ?? 0) < (english.places[$1]?.line ?? 0) }
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/translating.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let list = try #require(text.components(separatedBy: "## Every text").last)
        let listed = list.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
        #expect(listed == keys)
    }

    @Test func everyLanguageGivesEveryPhrase() {
        for words in ScreenText.builtIn {
            for (name, texts) in ScreenTextTests.phrases(of: words) {
                #expect(!texts.isEmpty, "\(words.language): \(name) has no text")
                for text in texts { #expect(!text.contains("[missing text:"), "\(words.language): \(name) is \(text)") }
            }
        }
    }

    @Test(arguments: ["es", "cy"])
    func everyPhraseDiffersFromTheEnglish(language: String) {
        let english = Dictionary(uniqueKeysWithValues: ScreenTextTests.phrases(of: .english).map { ($0.name, $0.texts) })
        let shared = Self.sharedWithEnglish[language] ?? []
        for (name, texts) in ScreenTextTests.phrases(of: ScreenText(language: language)) {
            let same = zip(texts, english[name] ?? []).contains { $0 == $1 }
            #expect(same == shared.contains(name), "\(language): \(name) \(same ? "is still English" : "is listed as shared, but differs"): \(texts)")
        }
    }

    @Test func spanishWritesNumbersAndPluralsItsOwnWay() {
        let spanish = ScreenText(language: "es")
        #expect(spanish.scoreOutOf("2.3", "5") == "2,3 de 5")
        #expect(spanish.noteLength(1234, 2000) == "1\u{A0}234 de 2\u{A0}000 caracteres")
        #expect(spanish.questionsAndMinutes(1, 1, 1) == "1 pregunta en 1 dimensión, unos 1 minuto.")
        #expect(spanish.questionsAndMinutes(28, 7, 14) == "28 preguntas en 7 dimensiones, unos 14 minutos.")
        #expect(spanish.lastAnswered("2026-11-21", "Example Trust", 6, 28)
                == "Última respuesta el 21/11/2026, para Example Trust; 6 de 28 preguntas respondidas.")
        #expect(spanish.answersNotSaved([5, 6, 7], "/a", "/b").hasPrefix("las respuestas a las preguntas 5, 6 y 7 no están guardadas"))
    }

    /// Welsh keeps the noun singular after a number and mutates it after 2, 3 and 6.
    @Test func welshCountsWithSixForms() {
        let welsh = ScreenText(language: "cy")
        #expect(welsh.questionsAndMinutes(2, 3, 6) == "2 gwestiwn mewn 3 dimensiwn, tua 6 munud.")
        #expect(welsh.questionsAndMinutes(3, 2, 2) == "3 chwestiwn mewn 2 ddimensiwn, tua 2 funud.")
        #expect(welsh.questionsAndMinutes(28, 7, 14) == "28 cwestiwn mewn 7 dimensiwn, tua 14 munud.")
        #expect(welsh.workshopRoomFull(3).contains("3 pherson"))
        #expect(welsh.unansweredAdvice(1) == "Mae 1 cwestiwn heb ei ateb eto: pwyswch Tab i'w ateb.")
    }
}
