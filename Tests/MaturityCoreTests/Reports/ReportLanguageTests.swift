import Foundation
import MaturityCore
import Testing

/// A report in the reader's language: every phrase declared is in the English reference and
/// translated in every shipped language, the default language is the one most responses were
/// given in, and a Markdown report in French, Spanish or Welsh holds none of the commonest
/// English report words once the framework's own texts are taken out.
@Suite struct ReportLanguageTests {
    typealias F = ReportFixtures

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The keys named by `ReportPhrase("…")` in the sources of the reports' words.
    static func declaredKeys() throws -> Set<String> {
        let folder = root.appendingPathComponent("Sources/MaturityCore/Reports/Words")
        var keys = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("ReportPhrase+") {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for part in source.components(separatedBy: "ReportPhrase(\"").dropFirst() {
                if let key = part.split(separator: "\"").first { keys.insert(String(key)) }
            }
        }
        return keys
    }

    @Test func everyPhraseDeclaredIsInTheEnglishAndEveryReportTextIsDeclared() throws {
        let declared = try Self.declaredKeys()
        let english = BuiltInLanguages.english
        #expect(declared.count > 100)
        #expect(declared.subtracting(english.texts.keys).isEmpty, "declared but not in languages/en.yaml")
        // `report-how` is the assessment's closing line on how to make a report, not a report's.
        let reportKeys = Set(english.texts.keys.filter { $0.hasPrefix("report-") && $0 != "report-how" })
        #expect(reportKeys.subtracting(declared).isEmpty, "in languages/en.yaml but used by no report")
    }

    /// Report texts a language may write as the English does: the same word in both, or only
    /// blanks and symbols.
    static let sameAsEnglish: [String: Set<String>] = [
        "fr": ["report-method-scale", "report-column-dimension", "report-column-score", "report-column-question",
               "report-heading-notes", "report-heading-organisations", "report-column-organisation", "report-label-organisation",
               "report-label-licence", "report-label-attribution", "report-label-date", "report-md-round-with-count",
               "report-md-column-min", "report-md-column-max", "report-md-saved-when", "report-md-framework-version",
               "report-md-column-dimensions", "report-html-column-dimensions", "report-html-framework-full",
               "report-html-framework-version", "report-html-histogram-n", "report-html-score-stage"],
        "es": ["report-method-scale", "report-md-round-with-count", "report-md-saved-when", "report-md-note-about", "report-md-label",
               "report-html-far-item", "report-html-histogram-n", "report-html-score-stage", "report-md-problem"],
        "cy": ["report-method-scale", "report-md-round-with-count", "report-md-saved-when", "report-md-note-about", "report-md-label",
               "report-html-far-item", "report-html-generated-at", "report-html-histogram-n", "report-html-quoted",
               "report-html-score-stage", "report-md-problem"],
    ]

    @Test(arguments: ["fr", "es", "cy"])
    func everyReportTextIsTranslated(language: String) throws {
        let english = BuiltInLanguages.english
        let file = try #require(BuiltInLanguages.sources.first { $0.name == "\(language).yaml" })
        let own = try #require(LanguageFile.decode(DocumentReader.read(bytes: file.bytes, file: file.name)).file)
        let shared = Self.sameAsEnglish[language] ?? []
        for key in english.texts.keys where key.hasPrefix("report-") && key != "report-how" {
            let translated = try #require(own.texts[key], "\(language) lacks \(key)")
            #expect((translated == english.texts[key]) == shared.contains(key),
                    "\(language): \(key) \(shared.contains(key) ? "is listed as the same as the English, but differs" : "is still English")")
        }
    }

    // MARK: - The default language

    static func responses(_ languages: [String]) -> [Response] {
        languages.enumerated().map { index, language in
            var response = F.response("r\(index)", F.all("developing"))
            response.language = language
            return response
        }
    }

    @Test func aReportSpeaksTheLanguageMostOfItsResponsesWereGivenIn() {
        #expect(ReportWords.language(of: Self.responses(["es", "es", "en"]), framework: F.framework) == "es")
        // fr-CA counts as French.
        #expect(ReportWords.language(of: Self.responses(["fr-CA", "fr", "en"]), framework: F.framework) == "fr")
        // A tie goes to the framework's own language, else to the first in alphabetical order.
        #expect(ReportWords.language(of: Self.responses(["cy", "en"]), framework: F.framework) == "en")
        #expect(ReportWords.language(of: Self.responses(["es", "cy"]), framework: F.framework) == "cy")
        #expect(ReportWords.language(of: [], framework: F.framework) == "en")
    }

    // MARK: - No English left

    /// The framework's and the responses' own texts, which are English in the fixtures: taken out
    /// of a report before it is searched for the program's English words.
    static var fixtureTexts: [String] {
        let framework = F.framework
        var texts = [framework.title, framework.id, framework.version] + [framework.licence, framework.attribution].compactMap { $0 }
            + framework.stages.map(\.name)
            + framework.dimensions.map(\.name) + framework.questions.map(\.text)
        texts += framework.dimensions.flatMap { $0.questions.flatMap(\.statements) }
        texts += framework.dimensions.flatMap { $0.nextSteps.values.flatMap { $0.split(separator: "\n").map(String.init) } }
        texts += [F.a, F.b, F.c].flatMap { [$0.organisation] + [$0.respondent, $0.team, $0.role].compactMap { $0 } + $0.notes.values }
        texts += ["broken.yaml", "line 3: not a date", "Fundraising", "Finance", "Example Trust"]
        return texts.flatMap { [$0] + $0.split(separator: "\n").map(String.init) }.sorted { $0.count > $1.count }
    }

    /// The commonest English words of a report, and where a language writes one the same way.
    static let englishWords = ["Results", "Next steps", "Where people differ", "Group figures", "Problems", "Stage",
                               "Mean", "Overall", "Everyone", "people", "person", "response", "not scored", "of the way",
                               "Strongest", "Weakest", "Framework", "Respondent", "Team", "Role", "question", "answered",
                               "Change over time", "Beside the sector", "Before", "After", "Hidden", "round", " the ",
                               " and ", " of ", "Version", "Score", "Dimension", "Notes", "Date"]
    static let wordsTheLanguageShares: [String: Set<String>] = [
        "fr": ["Score", "Dimension", "Notes", "Date", "question"],
        "cy": ["person"],
    ]

    /// Whether `word` stands in `text` as a word of its own, not inside another ("person" in
    /// "personne" is French).
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

    static func reports(in language: String) -> [(name: String, report: Report)] {
        let words = ReportWords(language: language)
        return [
            ("single", F.report([F.a], words: words)),
            ("group", F.report([F.c, F.a, F.b], problems: [Report.Problem(source: "broken.yaml", reason: "line 3: not a date")],
                               by: .team, minimumGroupSize: 2, words: words)),
            ("over time", F.report([F.a, F.b, F.c, F.response("d", updated: "2027-05-01T09:00:00Z", F.all("developing"))],
                                   words: words)),
            ("benchmarked", F.report([F.a, F.b, F.c], benchmark: F.sector, words: words)),
        ]
    }

    static func withoutFixtureTexts(_ text: String, escape: (String) -> String) -> String {
        var rest = text
        for value in fixtureTexts where !value.isEmpty { rest = rest.replacingOccurrences(of: escape(value), with: " ") }
        return rest
    }

    @Test(arguments: ["fr", "es", "cy"])
    func aMarkdownReportHasNoEnglishWordOfItsOwn(language: String) {
        for (name, report) in Self.reports(in: language) {
            let text = Self.withoutFixtureTexts(MarkdownReportWriter.write(report), escape: ReportText.markdown)
            for word in Self.englishWords where !(Self.wordsTheLanguageShares[language] ?? []).contains(word) {
                #expect(!Self.contains(word: word, in: text), "\(language) \(name) report: \"\(word)\" in \(Self.line(containing: word, in: text))")
            }
            #expect(!text.contains("[report-"), "\(language) \(name): a phrase is missing")
        }
    }

    static func line(containing word: String, in text: String) -> String {
        text.split(separator: "\n").first { $0.contains(word) }.map(String.init) ?? ""
    }

    @Test func aFrenchReportWritesDecimalsWithACommaAndSpanishDatesItsWay() throws {
        let french = MarkdownReportWriter.write(F.report([F.a], words: ReportWords(language: "fr")))
        // A's data score is 2.75, shown 2.8.
        #expect(french.contains(" 2,8 |"))
        #expect(!french.contains("2.8"))
        let spanish = MarkdownReportWriter.write(F.report([F.a], words: ReportWords(language: "es")))
        #expect(spanish.contains(BuiltInLanguages.words(for: "es").day("2026-11-21")))
        #expect(BuiltInLanguages.words(for: "es").day("2026-11-21") != "2026-11-21")
    }

    /// A translator's text is escaped like any other: it cannot format the report.
    @Test func aHostileTranslationCannotFormatTheMarkdown() throws {
        let source = "program: maturity\nlanguage: xx\ndate: \"{day}/{month}/{year}\"\ntexts:\n"
            + "  report-heading-results: \"<script>alert(1)</script> [link](http://x) **bold**\"\n"
        let file = try #require(LanguageFile.decode(DocumentReader.read(bytes: Array(source.utf8), file: "xx.yaml")).file)
        let text = MarkdownReportWriter.write(F.report([F.a], words: ReportWords(language: "xx", added: [file])))
        #expect(text.contains("## \\<script\\>alert(1)\\</script\\> `[link](http://x)` \\*\\*bold\\*\\*"))
    }
}

/// A framework that renames "don't know" is followed by the report in every place it says it.
@Suite struct ReportAnswerLabelTests {
    @Test(arguments: ["en", "es"])
    func aRenamedDontKnowIsTheReportsWordForIt(language: String) {
        var framework = ReportFixtures.framework
        framework.dontKnowLabel = "Not sure"
        let report = Report(Report.Input(framework: framework, responses: [ReportFixtures.a],
                                         generated: ReportFixtures.generated, words: ReportWords(language: language)))
        let text = MarkdownReportWriter.write(report)
        let own = ReportWords(language: language)
        // The column, the sentence on unknowns, the note's answer and the method all say it.
        #expect(text.contains("| Not sure |"))
        #expect(text.contains("\"Not sure\"") || text.contains("«Not sure»"))
        #expect(!text.contains(own(.dontKnow)))
        #expect(!text.contains(own(.dontKnowInSentence)))
        #expect(report.methodSentence.contains("Not sure"))
        // The HTML's own forms of the answer (a card, a column, a note's answer) too.
        let html = HTMLReportWriter.write(report)
        #expect(html.contains("Not sure"))
        for form in [own(.dontKnow), own(.dontKnowInSentence), own(.htmlColumnDontKnow), own(.htmlAnswerDontKnow)] {
            #expect(!html.contains(ReportText.html(form)), "\(language): \(form)")
        }
    }

    /// A note that says "don't know" in the person's own words keeps them: only the
    /// framework's sentences are renamed.
    @Test func aPersonsOwnWordsAreNeverRenamed() {
        var framework = ReportFixtures.framework
        framework.dontKnowLabel = "Not sure"
        let response = ReportFixtures.response("n", notes: ["d1": "We don't know who owns it."], ["d1": "dont-know"])
        let report = Report(Report.Input(framework: framework, responses: [response], generated: ReportFixtures.generated))
        #expect(MarkdownReportWriter.write(report).contains("We don't know who owns it."))
        #expect(HTMLReportWriter.write(report).contains(ReportText.html("We don't know who owns it.")))
    }
}

/// What was not used is said in the report's language: a copy, an unfinished response, another
/// framework's; a file's own error keeps the reader's (English) words after the line.
@Suite struct ReportProblemLanguageTests {
    static let problems = [
        Report.Problem(source: "b.yaml", reason: "english", kind: .copy(responseID: "r1", usedPath: "a.yaml")),
        Report.Problem(source: "c.yaml", reason: "english", kind: .inProgress(answered: 3, questions: 9)),
        Report.Problem(source: "d.yaml", reason: "english", kind: .otherFramework(answered: "data-skills", used: "worked-example")),
        Report.Problem(source: "e.yaml", reason: "english", kind: .unreadable(nil)),
        Report.Problem(source: "folder", reason: "the folder cannot be read (English only)"),
    ]

    @Test func theReasonsAreInTheReportsLanguage() {
        let report = ReportFixtures.report([ReportFixtures.a, ReportFixtures.b], problems: Self.problems,
                                           words: ReportWords(language: "es"))
        let text = MarkdownReportWriter.write(report)
        #expect(text.contains("b.yaml: no se tiene en cuenta: contiene la misma respuesta (r1) que a.yaml"))
        #expect(text.contains("c.yaml: no se tiene en cuenta: todavía en curso (3 de 9 preguntas respondidas)"))
        #expect(text.contains("«data-skills»"))
        #expect(text.contains("e.yaml: no se puede leer"))
        // A reason only the command line gives stays as it said it.
        #expect(text.contains("folder: the folder cannot be read (English only)"))
        let json = JSONReportWriter.write(report)
        #expect(json.contains("no se tiene en cuenta"))
        let html = HTMLReportWriter.write(report)
        #expect(html.contains("no se puede leer"))
    }

    @Test func theEnglishReasonsReadAsTheCommandLineSaysThem() {
        let words = ReportWords.english
        for problem in Self.problems {
            let kind = problem.kind
            let expected = kind?.sentence ?? problem.reason
            #expect(words.reason(of: problem) == expected)
        }
    }
}
