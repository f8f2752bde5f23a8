import Foundation
import MaturityCore
import Testing

/// The HTML report in the report's language: with the framework's translation and the report's
/// words in Spanish, French or Welsh, no English word of the report's own is left, numbers are
/// written the language's way, and a translator's text can no more add markup than a response can.
@Suite struct HTMLReportLanguageTests {
    typealias F = HTMLReportFixtures

    /// The shipped framework in `language`, and the fixture's responses given to it (without the
    /// notes, which are English, as people wrote them).
    static func responses(to framework: Framework, _ base: [Response]) -> [Response] {
        base.map { response in
            var response = response
            response.frameworkFingerprint = framework.fingerprint
            response.frameworkVersion = framework.version
            response.notes = [:]
            return response
        }
    }

    static func framework(_ language: String) throws -> Framework {
        try ShippedFrameworkTests.catalogue.resolve("data-maturity", language: language).get()
    }

    /// The group report (by team, two rounds, beside the benchmark) in `language`.
    static func groupReport(_ language: String) throws -> Report {
        let framework = try framework(language)
        return Report(Report.Input(framework: framework, responses: responses(to: framework, F.groupResponses), groupBy: .team,
                                   benchmark: F.benchmark, generated: F.generated, words: ReportWords(language: language)))
    }

    /// One person's report in `language`.
    static func singleReport(_ language: String) throws -> Report {
        let framework = try framework(language)
        let response = F.groupResponses.first { $0.respondent == "Amira Hassan" && $0.updated.day.hasPrefix("2026-11") }!
        var mine = responses(to: framework, [response])[0]
        // A note of their own, in their language, so the notes section is there too.
        mine.notes = [framework.questions[0].id: "…"]
        return Report(Report.Input(framework: framework, responses: [mine], generated: F.generated,
                                   words: ReportWords(language: language)))
    }

    /// The English of the report's own words that must not be left in a translated report.
    static let english = [
        "Results", "Next steps", "Where people differ", "Dimension", "Score", "Stage", "Mean", "Overall", "people", "response",
        "of the way", "About this report", "not scored", "Lowest", "Highest", " and ", "Notes", "Framework", "Date", "At a glance",
        "Generated", "Responses used", "Status", "Group figures", "Change over time", "Beside the sector", "By team", "Everyone",
        "Range", "Median", "Percentile", "don’t know", "Don’t know", "Question", "Answer", "complete", "Toward", "Strongest",
        "Wheel", "lowest to highest", "nobody scored", "stage up", "same stage", "about the ", "Made", "version", "Please note",
        "Us beside", "sector", "Step by step", "Some chose", "Others chose", "Also split",
    ]

    /// Words the language writes just as English does (the French "Score", "Dimension", "Notes").
    static let shared: [String: Set<String>] = [
        "fr": ["Dimension", "Score", "Notes", "Date", "version", "Question"],
        "es": ["sector", "Median"],
        "cy": ["sector"],
    ]

    /// The page's text as a reader sees it: the style sheet dropped, tags removed.
    static func visibleText(_ html: String) -> String {
        let body = html.components(separatedBy: "</style>").last ?? html
        return HTMLReportWriterTests.stripTags(body)
    }

    @Test(arguments: ["es", "fr", "cy"])
    func noEnglishWordIsLeft(language: String) throws {
        let group = try Self.groupReport(language)
        #expect(group.overTime != nil && group.benchmarkComparison != nil && group.breakdown != nil)
        for report in [group, try Self.singleReport(language)] {
            let html = HTMLReportWriter.write(report)
            #expect(html.contains("<html lang=\"\(language)\">"))
            // The framework's attribution is the framework's own English, not the report's.
            let text = Self.visibleText(html).replacingOccurrences(of: report.framework.attribution ?? "", with: "")
            for word in Self.english where !(Self.shared[language] ?? []).contains(word) {
                #expect(!text.contains(word), "\(language): “\(word)” in \(Self.context(of: word, in: text))")
            }
        }
    }

    @Test func theFrenchReportWritesDecimalsWithAComma() throws {
        let report = try Self.groupReport("fr")
        let html = HTMLReportWriter.write(report)
        let rows = HTMLReportWriterTests.tableRows(in: html, figure: "figure-bars")
        let overall = try #require(rows.last)
        let mean = Scoring.display(report.group.overall.mean)
        #expect(overall[1] == mean.replacingOccurrences(of: ".", with: ","))
        #expect(overall[1].contains(","))
        // Each dimension's mean, minimum, maximum and deviation in the figures table.
        for row in rows { for cell in row.dropFirst().prefix(4) { #expect(!cell.contains("."), "\(row)") } }
        // The scale under a chart and the numbers beside its rows are words, not coordinates.
        let chart = try #require(HTMLReportWriterTests.element("svg", id: "chart-bars", in: html))
        let labels = HTMLReportWriterTests.matches(of: #"<text [^>]*>([^<]*)</text>"#, in: chart).map { $0[1] }
        #expect(labels.contains { $0.range(of: #"^\d,\d "#, options: .regularExpression) != nil }, "\(labels)")
        #expect(!labels.contains { $0.range(of: #"\d\.\d"#, options: .regularExpression) != nil }, "\(labels)")
        #expect(html.contains("<p class=\"card-value\">\(report.content.completeness)</p>"))
        #expect(report.content.completeness.hasSuffix("\u{00A0}%"))
        // The date the report was made, as French writes it.
        #expect(html.contains("21/11/2026"))
    }

    @Test func theSpanishPercentileAndRoundsAreSpanish() throws {
        let html = HTMLReportWriter.write(try Self.groupReport("es"))
        let rows = HTMLReportWriterTests.tableRows(in: html, figure: "figure-sector")
        #expect(rows.dropLast().allSatisfy { $0[8].hasPrefix("en torno al percentil ") }, "\(rows.map { $0[8] })")
        #expect(html.contains("Del 14/05/2026 al 19/11/2026") || html.contains("del 14/05/2026 al 19/11/2026"))
    }

    @Test func englishIsStillEnglish() {
        let html = HTMLReportWriter.write(F.groupReport)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h2 id=\"summary-heading\">At a glance</h2>"))
        #expect(html.contains("about the "))
        #expect(html.contains("<strong>Please note:</strong> 1 file or response could not be used; see <a href=\"#problems\">what was not used</a>."))
    }

    // MARK: - A hostile language file

    static let hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'&"

    /// Every report text of the English replaced with hostile markup around its own blanks.
    static func hostileWords() throws -> ReportWords {
        var file = BuiltInLanguages.english
        file.language = "xx"
        for (key, entry) in file.texts where key.hasPrefix("report-") || ["not-scored", "percent", "list-last"].contains(key) {
            let blanks = entry.blanks.sorted().map { "{\($0)}" }.joined(separator: " ")
            file.texts[key] = .text(try MessageTemplate("\(hostile) \(blanks) \(hostile)"))
        }
        file.decimalSeparator = "<"
        file.thousandsSeparator = "\">"
        return ReportWords(file)
    }

    @Test(arguments: [0, 1])
    func aHostileLanguageFileStaysText(which: Int) throws {
        let words = try Self.hostileWords()
        let report = which == 0
            ? Report(Report.Input(framework: F.framework, responses: F.groupResponses, groupBy: .team, minimumGroupSize: 3,
                                  benchmark: F.benchmark, generated: F.generated, words: words))
            : Report(Report.Input(framework: F.framework, responses: [F.singleReport.respondents[0].response], generated: F.generated,
                                  words: words))
        let html = HTMLReportWriter.write(report)
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;"))
        // The links and bold names put in after the escaping are still there.
        #expect(html.contains("<a href=\"#over-time\">") == (which == 0))
        // The page is still well formed, with only known, quoted attributes.
        for tag in ["svg", "table", "section", "figure", "article", "text", "ul", "dl", "title", "p", "strong", "a"] {
            let opened = HTMLReportWriterTests.matches(of: "<\(tag)[ >]", in: html).count
            let closed = html.components(separatedBy: "</\(tag)>").count - 1
            #expect(opened == closed, "<\(tag)>: \(opened) opened, \(closed) closed")
        }
        let body = html.components(separatedBy: "</style>").last ?? ""
        for tag in HTMLReportWriterTests.matches(of: #"<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>"#, in: body) {
            let rest = tag[2].replacingOccurrences(of: #"\s[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*""#, with: "", options: .regularExpression)
            #expect(["", "/"].contains(rest.trimmingCharacters(in: .whitespaces)), "stray text in <\(tag[1])\(tag[2])>")
        }
    }

    // MARK: - Helpers

    static func context(of word: String, in text: String) -> String {
        guard let range = text.range(of: word) else { return "" }
        let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
        return "…\(text[start..<end])…"
    }

    /// Writes the Spanish, French and Welsh sample pages when MATURITY_HTML_SAMPLES names a folder.
    @Test func writesTheTranslatedSamplePagesWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["MATURITY_HTML_SAMPLES"] else { return }
        for language in ["es", "fr", "cy"] {
            try Data(HTMLReportWriter.write(try Self.groupReport(language)).utf8)
                .write(to: URL(fileURLWithPath: folder).appendingPathComponent("group-\(language).html"))
            try Data(HTMLReportWriter.write(try Self.singleReport(language)).utf8)
                .write(to: URL(fileURLWithPath: folder).appendingPathComponent("single-\(language).html"))
        }
    }
}
