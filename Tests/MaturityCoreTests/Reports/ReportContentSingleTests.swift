import Foundation
import MaturityCore
import Testing

/// One person's report in every format: each line of their results (`PersonRow`) and each next
/// step, worked out once in `ReportContent`, reads the same in HTML, Markdown, JSON and CSV, and
/// a step's hostile line stays escaped in each.
@Suite struct ReportContentSingleTests {
    typealias F = ReportFixtures

    static let hostile = "<script>alert(1)</script> =HYPERLINK(\"x\") \u{202E}evil"

    /// docs/scoring.md's A (Data 2.75, Leadership 4.0, Tools not scored, overall 19/6), with next
    /// steps of several lines, one of them hostile.
    static let report: Report = {
        var framework = NextStepsTests.framework
        framework.dimensions[0].nextSteps["emerging"]! += "\n" + hostile
        var response = F.a
        response.frameworkFingerprint = framework.fingerprint
        return Report(Report.Input(framework: framework, responses: [response], generated: F.generated))
    }()

    static let html = HTMLReportWriter.write(report)
    static let markdown = MarkdownReportWriter.write(report)
    static var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(JSONReportWriter.write(report).utf8))) as? [String: Any] ?? [:]
    }

    @Test func everyLineOfThePersonsResultsReadsTheSameInEveryFormat() throws {
        let rows = Self.report.content.person
        #expect(rows.map(\.progressSentence) == ["75% of the way to Developing", "last stage", "—", "17% of the way to Mastering"])
        let markdownRows = MarkdownReportTests.table(after: "## Results", in: Self.markdown)
        let htmlProgress = ReportContentTests.htmlRows(in: try #require(HTMLReportWriterTests.element("section", id: "scores", in: Self.html)))
        let respondent = try #require((Self.json["respondents"] as? [[String: Any]])?.first)
        let jsonDimensions = try #require(respondent["dimensions"] as? [String: [String: Any]])
        let csv = CSVReportTests.rows(CSVReportWriter.scores(Self.report))
        for row in rows {
            let name = row.isOverall ? "**Overall**" : row.name
            #expect(markdownRows.contains([name, row.score.shown, row.score.stageName ?? "—", row.progressSentence,
                                           "\(row.answered) of \(row.total)", "\(row.unknowns)"]), "\(row.name)")
            let json = row.id.map { jsonDimensions[$0] ?? [:] } ?? (respondent["overall"] as? [String: Any] ?? [:])
            #expect(json["score"] as? Double == row.score.value, "\(row.name)")
            let csvRow = try #require(csv.first { $0["dimension"] == (row.id ?? CSVReportWriter.overallDimension) })
            #expect(csvRow["score"].flatMap(Double.init) == row.score.value, "\(row.name)")
            guard !row.isOverall else { continue }
            let shown = try #require(htmlProgress.first { $0.count == 4 && $0.first == row.name })
            #expect(shown[1] == (row.score.value == nil ? "not scored" : row.score.shown))
            #expect(shown[3] == (row.progressShown ?? "–"), "\(row.name)")
        }
        let overall = try #require(rows.last)
        #expect(Self.html.contains("<p class=\"card-value\">\(overall.score.shown)</p>"))
        #expect(Self.html.contains("<p class=\"card-value\">\(try #require(overall.progressShown))</p>"))
    }

    @Test func everyNextStepIsWholeAndEscapedInEveryFormat() throws {
        let steps = Self.report.content.nextSteps
        // Data is Emerging; Leadership is at the last stage and Tools not scored: no step for them.
        #expect(steps.map(\.dimensionID) == ["data"] && steps.first?.lines.last == Self.hostile)
        try ReportContentTests.expectNextStepsWhole(Self.report, html: Self.html, markdown: Self.markdown, json: Self.json)
        #expect(!Self.html.contains("<script>") && !Self.markdown.contains("<script>"))
        #expect(!Self.html.contains("\u{202E}") && !Self.markdown.contains("\u{202E}"))
    }
}
