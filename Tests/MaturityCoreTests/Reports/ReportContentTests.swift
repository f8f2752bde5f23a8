import Foundation
import MaturityCore
import Testing

/// One report in every format: each figure, stage, group line, split and next step worked out
/// once (`ReportContent`) reads the same in HTML, Markdown, JSON and CSV. A writer that worked a
/// figure out again (and rounded it another way, or joined a step's lines) fails here.
@Suite struct ReportContentTests {
    typealias F = ReportFixtures

    /// A report with everything: an earlier round, two camps two stages apart in the latest one,
    /// teams, multi-line next steps and a benchmark.
    static let report: Report = {
        let framework = NextStepsTests.framework
        func response(_ id: String, team: String, day: String, _ stage: String) -> Response {
            F.response(id, team: team, updated: "\(day)T10:00:00Z", framework: framework, F.all(stage))
        }
        var responses = (0..<3).map { response("june-\($0)", team: "Finance", day: "2026-06-10", "emerging") }
        responses += (0..<3).map { response("low-\($0)", team: "Finance", day: "2026-12-01", "unaware") }
        responses += (0..<3).map { response("high-\($0)", team: "Operations", day: "2026-12-02", "developing") }
        responses += (0..<2).map { response("mid-\($0)", team: "Board", day: "2026-12-03", "emerging") }
        responses.append(response("trustee", team: "Trustees", day: "2026-12-03", "emerging"))
        // One unanswered question in one response: completeness just under the whole.
        responses[4].answers.removeValue(forKey: "t2")
        return Report(Report.Input(framework: framework, responses: responses, groupBy: .team, benchmark: F.sector,
                                   generated: F.generated))
    }()

    static let html = HTMLReportWriter.write(report)
    static let markdown = MarkdownReportWriter.write(report)
    /// The JSON report, read back.
    static var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(JSONReportWriter.write(report).utf8))) as? [String: Any] ?? [:]
    }

    /// The cells of each row of an HTML table, tags removed.
    static func htmlRows(in markup: String) -> [[String]] {
        HTMLReportWriterTests.matches(of: #"<tr>(.*?)</tr>"#, in: markup).map { row in
            HTMLReportWriterTests.matches(of: #"<t[hd][^>]*>(.*?)</t[hd]>"#, in: row[1]).map { HTMLReportWriterTests.stripTags($0[1]) }
        }
    }

    @Test func theReportHasEverySection() {
        let content = Self.report.content
        #expect(Self.report.earlierRounds == 3 && content.roundSentence != nil)
        #expect(!content.splits.shown.isEmpty)
        #expect(content.nextSteps.count == 3)
        #expect(content.groupLines.map(\.kind) == [.group, .group, .others, .everyone])
        #expect(content.completeness == "99%")
    }

    @Test func everyFigureReadsTheSameInEveryFormat() throws {
        let content = Self.report.content
        let markdownRows = MarkdownReportTests.table(after: "## Group figures", in: Self.markdown)
        let htmlRows = Self.htmlRows(in: try #require(HTMLReportWriterTests.element("section", id: "figures", in: Self.html)))
        let jsonDimensions = (Self.json["dimensions"] as? [[String: Any]] ?? []) + [Self.json["overall"] as? [String: Any] ?? [:]]
        #expect(jsonDimensions.count == content.figures.count)
        for (row, json) in zip(content.figures, jsonDimensions) {
            let name = row.isOverall ? "**Overall**" : row.name
            #expect(markdownRows.contains([name, row.mean.shown, row.mean.stageName ?? "—", row.minimum.shown, row.maximum.shown,
                                           row.deviation, "\(row.scored)", "\(row.notScored)", "\(row.unknowns)"]), "\(row.name)")
            #expect(htmlRows.contains([row.name, row.mean.shown, row.minimum.shown, row.maximum.shown, row.deviation,
                                       "\(row.scored)", "\(row.unknowns)"]), "\(row.name)")
            // JSON gives the numbers the strings were made from, unrounded.
            #expect(json["mean"] as? Double == row.mean.value && json["min"] as? Double == row.minimum.value)
            #expect(Scoring.display(json["mean"] as? Double) == row.mean.shown)
            #expect(json["scored"] as? Int == row.scored && json["unknowns"] as? Int == row.unknowns)
        }
        // Completeness: the same words in HTML and Markdown, from the counts JSON gives.
        #expect(Self.markdown.contains("\(content.completeness) of all questions have an answer"))
        #expect(Self.html.contains("<p class=\"card-value\">\(content.completeness)</p>"))
        let overall = try #require(Self.json["overall"] as? [String: Any])
        #expect(ReportWords.english.percent(Double(overall["answered"] as? Int ?? 0) / Double(overall["total"] as? Int ?? 1)) == content.completeness)
    }

    @Test func everyNextStepIsWholeInEveryFormat() throws {
        #expect(Self.report.content.nextSteps.allSatisfy { $0.lines.count == 4 })
        try Self.expectNextStepsWhole(Self.report, html: Self.html, markdown: Self.markdown, json: Self.json)
    }

    /// Every line of every next step of `report`, as each format writes it: an item of its own
    /// in Markdown and HTML (escaped as each escapes), the lines and the whole text in JSON, the
    /// whole text in one CSV field.
    static func expectNextStepsWhole(_ report: Report, html: String, markdown: String, json: [String: Any]) throws {
        let steps = report.content.nextSteps
        let markdownLines = markdown.split(separator: "\n").map(String.init)
        let htmlSteps = try #require(HTMLReportWriterTests.element("section", id: "next-steps", in: html))
        let jsonSteps = try #require(json["next_steps"] as? [[String: Any]])
        let csvSteps = CSVReportTests.rows(CSVReportWriter.steps(report))
        #expect(jsonSteps.count == steps.count && csvSteps.count == steps.count)
        for (index, step) in steps.enumerated() {
            #expect(markdownLines.contains("- **\(step.dimensionName)** (\(step.fromStage) → \(step.toStage))"))
            #expect(htmlSteps.contains("\(step.dimensionName) <span class=\"step-stages\">\(step.fromStage) → \(step.toStage)</span>"))
            let lines = step.lines.map { SafeText.sanitize($0, keepNewlines: false) }
            for line in lines {
                #expect(markdownLines.contains("  - " + ReportText.markdown(line)), "Markdown: \(line)")
                #expect(htmlSteps.contains("<li>\(ReportText.html(line))</li>"), "HTML: \(line)")
            }
            #expect((jsonSteps[index]["text"] as? String)?.nonBlankLines == lines && jsonSteps[index]["lines"] as? [String] == lines)
            #expect(jsonSteps[index]["from"] as? String == step.fromStageID && jsonSteps[index]["to"] as? String == step.toStageID)
            #expect(csvSteps[index]["text"]?.nonBlankLines == lines && csvSteps[index]["dimension"] == step.dimensionID)
        }
    }

    @Test func everySplitGroupLineAndRoundReadsTheSameInEveryFormat() throws {
        let content = Self.report.content
        let jsonDimensions = try #require(Self.json["dimensions"] as? [[String: Any]])
        for item in content.splits.shown {
            #expect(Self.markdown.contains("### \(item.dimensionName): \(item.sentence)"))
            #expect(Self.html.contains("<span class=\"range\">\(item.sentence)</span>"))
            let split = try #require(jsonDimensions.first { $0["id"] as? String == item.dimensionID }?["split"] as? [String: Any])
            #expect(split["low_people"] as? Int == item.lowPeople && split["high_people"] as? Int == item.highPeople)
            for question in item.questions {
                let ends = "\(question.lowPeople) \(question.lowPeople == 1 ? "person" : "people") chose \(question.lowStages), "
                    + "\(question.highPeople) \(question.highStages)"
                #expect(Self.markdown.contains(ends), "Markdown: \(ends)")
                #expect(Self.html.contains(ends), "HTML: \(ends)")
            }
        }
        let markdownLines = MarkdownReportTests.table(after: "## By team", in: Self.markdown)
        let htmlLines = Self.htmlRows(in: try #require(HTMLReportWriterTests.element("section", id: "breakdown", in: Self.html)))
        let jsonGroups = try #require(Self.json["groups"] as? [String: Any])
        let jsonLines = (jsonGroups["shown"] as? [[String: Any]] ?? []) + [jsonGroups["others"] as? [String: Any] ?? [:]]
        for line in content.groupLines {
            let markdownName = line.kind == .everyone ? "**Everyone**" : line.kind == .others ? "*\(line.name)*" : line.name
            #expect(markdownLines.contains([markdownName, "\(line.people)", line.overall.shown] + line.dimensions.map(\.shown)))
            let htmlRow = try #require(htmlLines.first { $0.first == line.name })
            #expect(htmlRow[1] == "\(line.people)")
            #expect(zip(htmlRow.dropFirst(2), line.dimensions + [line.overall]).allSatisfy { $0.hasPrefix($1.shown) })
            if line.kind != .everyone {
                let json = try #require(jsonLines.first { $0["name"] as? String == line.name })
                #expect((json["overall"] as? [String: Any])?["mean"] as? Double == line.overall.value)
            }
        }
        let sentence = try #require(content.roundSentence)
        #expect(Self.markdown.contains(sentence))
        #expect(Self.html.contains(ReportText.html(sentence)))
        #expect((Self.json["rounds"] as? [String: Any])?["note"] as? String == sentence)
    }
}
