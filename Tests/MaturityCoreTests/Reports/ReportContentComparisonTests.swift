import Foundation
import MaturityCore
import Testing

/// The change over time and the figures beside the sector, worked out once (`ChangeSection`,
/// `SectorRow`), read the same in HTML, Markdown and JSON: the report of ReportContentTests,
/// which has an earlier round and a benchmark.
@Suite struct ReportContentComparisonTests {
    static var report: Report { ReportContentTests.report }
    static var json: [String: Any] { ReportContentTests.json }

    @Test func everyRoundAndChangeReadsTheSameInEveryFormat() throws {
        let change = try #require(Self.report.content.change)
        #expect(change.rounds.count == 2)
        let step = change.firstToLast
        #expect(step == change.steps.first)
        let title = "From \(change.rounds[step.from].name) to \(change.rounds[step.to].name)"
        let markdownRows = MarkdownReportTests.table(after: "### " + title, in: ReportContentTests.markdown)
        let htmlRows = ReportContentTests.htmlRows(in: try #require(HTMLReportWriterTests.element("section", id: "over-time",
                                                                                                    in: ReportContentTests.html)))
        let jsonStep = try #require(((Self.json["over_time"] as? [String: Any])?["steps"] as? [[String: Any]])?.first)
        let jsonChanges = (jsonStep["dimensions"] as? [[String: Any]] ?? []) + [jsonStep["overall"] as? [String: Any] ?? [:]]
        #expect(jsonChanges.count == step.rows.count)
        for (row, json) in zip(step.rows, jsonChanges) {
            let change = try #require(row.change)
            let name = row.isOverall ? "**Overall**" : row.name
            #expect(markdownRows.contains { Array($0.prefix(4)) == [name, row.before.shown, row.after.shown, change] }, "\(row.name)")
            #expect(htmlRows.contains { Array($0.prefix(4)) == [row.name, row.before.shown, row.after.shown, change] }, "\(row.name)")
            #expect(json["before"] as? Double == row.before.value && json["after"] as? Double == row.after.value)
            #expect(ScoreChange.display(difference: json["difference"] as? Double) == change)
            #expect(json["movement"] as? String == row.movement?.rawValue)
        }
        // The round named in the one sentence is the latest round's name in the table.
        #expect(Self.report.content.roundSentence?.contains(change.rounds[step.to].name) == true)
    }

    @Test func everyFigureBesideTheSectorReadsTheSameInEveryFormat() throws {
        let rows = Self.report.content.sector
        #expect(rows.count == Self.report.framework.dimensions.count + 1)
        let markdownRows = MarkdownReportTests.table(after: "## Beside the sector", in: ReportContentTests.markdown)
        let htmlRows = ReportContentTests.htmlRows(in: try #require(HTMLReportWriterTests.element("section", id: "benchmark",
                                                                                                    in: ReportContentTests.html)))
        let benchmark = try #require(Self.json["benchmark"] as? [String: Any])
        let jsonRows = (benchmark["dimensions"] as? [[String: Any]] ?? []) + [benchmark["overall"] as? [String: Any] ?? [:]]
        for (row, json) in zip(rows, jsonRows) {
            let sector = try #require(row.sector, "\(row.name)")
            let difference = try #require(row.difference)
            let percentile = try #require(row.percentile)
            let name = row.isOverall ? "**Overall**" : row.name
            #expect(markdownRows.contains { $0.first == name && $0.dropFirst().prefix(6) == [row.yours.shown, sector.mean, sector.minimum,
                                                                                         sector.median, sector.maximum, difference] })
            let placing = try #require(row.placingShown)
            #expect(markdownRows.contains { $0.first == name && $0.suffix(2) == [placing, "\(percentile)"] })
            #expect(json["placing"] as? String == row.placing?.rawValue)
            let html = try #require(htmlRows.first { $0.first == row.name })
            #expect(html.prefix(7) == [row.name, row.yours.shown, sector.mean, "\(sector.minimum)–\(sector.maximum)",
                                       "\(sector.lowerQuartile)–\(sector.upperQuartile)", sector.median, difference])
            #expect(html.last?.hasPrefix("about the \(percentile)") == true && html[7] == placing)
            #expect((json["percentile"] as? Double).map { Int($0.rounded()) } == percentile)
            #expect(json["organisation"] as? Double == row.yours.value)
        }
    }
}
