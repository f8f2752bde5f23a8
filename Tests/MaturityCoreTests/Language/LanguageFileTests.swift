import MaturityCore
import Testing

/// Language files: read with every problem located, checked against the English, and used with
/// plural forms, decimals and dates as each language writes them.
@Suite struct LanguageFileTests {
    static let english = """
        program: maturity
        language: en
        texts:
          question-of: Question {number} of {total}
          your-results: Your results
          responses:
            one: "{count} response"
            other: "{count} responses"
          score-of: "{score} of {stages}"
        """

    static func read(_ text: String, file: String = "words.yaml") -> (file: LanguageFile?, diagnostics: [Diagnostic]) {
        LanguageFile.decode(DocumentReader.read(text: text, file: file))
    }

    static func messages(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.mark.line):\($0.mark.column): \($0.severity == .error ? "error" : "warning"): \($0.message)" }
    }

    @Test func theEnglishReads() throws {
        let file = try #require(Self.read(Self.english).file)
        #expect(file.text("question-of", ["number": "3", "total": "28"]) == "Question 3 of 28")
        #expect(file.plural("responses", count: 1, ["count": "1"]) == "1 response")
        #expect(file.plural("responses", count: 0, ["count": "0"]) == "0 responses")
        #expect(file.number("2.3") == "2.3")
        #expect(file.day("2026-11-21") == "2026-11-21")
        #expect(file.text("no-such-text") == nil)
    }

    @Test func aWelshFileUsesItsSixForms() throws {
        let welsh = try #require(Self.read("""
            program: maturity
            language: cy
            date: "{day}/{month}/{year}"
            texts:
              responses:
                zero: "{count} ymatebion"
                one: "{count} ymateb"
                two: "{count} ymateb"
                few: "{count} ymateb"
                many: "{count} ymateb"
                other: "{count} ymateb"
            """).file)
        #expect(welsh.plural("responses", count: 0, ["count": "0"]) == "0 ymatebion")
        #expect(welsh.day("2026-11-21") == "21/11/2026")
    }

    @Test func aFrenchFileIsCheckedAgainstTheEnglish() throws {
        let reference = try #require(Self.read(Self.english).file)
        let french = Self.read("""
            program: maturity
            language: fr
            decimal-separator: ","
            texts:
              question-of: Question {nombre} sur {total}
              your-reslts: Vos résultats
              responses:
                one: "{count} réponse"
                other: "{count} réponses"
                few: "{count} réponses"
            """, file: "maturity.fr.yaml")
        let file = try #require(french.file)
        #expect(file.number("2.3") == "2,3")
        let (diagnostics, coverage) = file.checked(against: reference, file: "maturity.fr.yaml")
        #expect(Self.messages(diagnostics) == [
            "5:3: error: \"question-of\" uses {nombre}, which the program does not fill in",
            "5:3: warning: \"question-of\" leaves out {number}: that part of the English is not shown",
            "6:3: error: \"your-reslts\" is not a text of maturity; did you mean \"your-results\"?",
            "7:3: warning: \"responses\" has a \"few\" form, which fr does not use; it is never shown",
            "7:3: warning: \"responses\" has no \"many\" form; \"other\" is shown instead",
            "1:1: warning: 2 texts are not translated yet, and shown in English: score-of, your-results",
        ])
        #expect(coverage == LanguageFile.Coverage(translated: 2, total: 4))
        #expect(coverage.sentence == "2 of 4 texts translated")
        // What is missing comes from the English.
        #expect(file.completed(from: reference).text("your-results") == "Your results")
    }

    @Test func pluralAndSentenceMustMatchTheEnglish() throws {
        let reference = try #require(Self.read(Self.english).file)
        let file = try #require(Self.read("""
            program: maturity
            language: es
            texts:
              responses: "{count} respuestas"
              your-results:
                one: Su resultado
                other: Sus resultados
            """).file)
        #expect(Self.messages(file.checked(against: reference, file: "x").diagnostics).prefix(2) == [
            "4:3: error: \"responses\" counts something, so it needs plural forms",
            "5:3: error: \"your-results\" is one sentence in English, not a set of plural forms",
        ])
    }

    @Test func brokenFilesSayWhereAndWhat() {
        let (file, diagnostics) = Self.read("""
            program: another
            language: french
            decimal-separator: ",,"
            date: "{day}/{moon}"
            texts:
              question-of: Question {number of {total}
              responses:
                single: "{count} réponse"
                one: "{count} réponse"
            """)
        #expect(file == nil)
        #expect(Self.messages(diagnostics) == [
            "1:10: error: this language file is for \"another\", not for maturity",
            "2:11: error: \"french\" is not a language code",
            "3:20: error: the decimal separator should be one character, such as \".\" or \",\"",
            "4:7: error: a date has only {day}, {month} and {year}, not {moon}",
            "6:16: error: a { is never closed: write {name} for a blank, or {{ for a brace",
            "8:5: error: \"single\" is not a plural form",
            "7:3: error: \"responses\" has no \"other\" form",
        ])
    }
}
