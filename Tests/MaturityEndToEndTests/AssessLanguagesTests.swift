import Foundation
import MaturityCore
import Testing

/// Line by line in Spanish and Welsh: a whole assessment, with guidance asked for, a note and a
/// "don't know", prints none of the program's commonest English words, from the first prompt to
/// the results and the closing line.
@Suite struct AssessLanguagesTests {
    static let englishWords = ["Question", " of ", "Answer", "Your results", "Next steps", "Where to start", "saved",
                               "Don't know", "Not applicable", "note", "help", "quit", "back", "Overall", "complete",
                               "Strongest", "Weakest", "Dimension", "stage", "The way", "answered"]

    @Test(arguments: ["es", "cy"])
    func aWholePlainAssessmentIsInTheLanguage(language: String) throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        // Guidance, then an answer; a note on the second; "don't know"; then the rest.
        let input = "?\n3\nn\nRevisar con el equipo\nd\n" + String(repeating: "4\n", count: AssessTests.questionCount - 2)
        let outcome = try BinaryRunner.run(["--lang", language, "--plain", "--organisation", "Fundación Ejemplo", "--out", home.out.path],
                                           environment: home.environment, input: input)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let transcript = (outcome.output + outcome.errors).replacingOccurrences(of: home.out.path, with: " ")
        let yourResults = try #require(BuiltInLanguages.words(for: language).text("your-results"))
        #expect(transcript.contains(yourResults), "the results are shown")
        // "help" is Welsh too ("cael help arbenigol", in the framework's own text).
        for english in Self.englishWords where !(language == "cy" && english == "help") {
            #expect(!Self.contains(word: english, in: transcript), "\(language): \"\(english)\" in \(Self.line(containing: english, in: transcript))")
        }
        let saved = try #require(try home.responses().first)
        #expect(saved.language == language)
        #expect(saved.status == .complete)
    }

    /// Whether `word` stands in `text` as a word of its own ("note" is not in "Anote").
    static func contains(word: String, in text: String) -> Bool {
        var searchFrom = text.startIndex
        while let range = text.range(of: word, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            searchFrom = range.upperBound
        }
        return false
    }

    static func line(containing word: String, in text: String) -> String {
        text.split(separator: "\n").first { $0.contains(word) }.map(String.init) ?? ""
    }
}
