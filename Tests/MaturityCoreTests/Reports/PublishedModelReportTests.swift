import Foundation
import MaturityCore
import MaturityFrameworks
import Testing

/// The one-response and group reports of a framework with stage values, statement guidance,
/// next steps per question and areas: each shown where it belongs, out of the scale's own
/// maximum, and hostile text from the framework file escaped in every format.
@Suite struct PublishedModelReportTests {
    static let catalogue = FrameworkCatalogue(files: BuiltInFrameworks.files.map {
        FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)
    })
    static let time = Timestamp(parsing: "2026-11-21T10:00:00Z")!

    static func response(_ id: String, _ framework: Framework, stage: String) -> Response {
        var response = Response.new(to: framework, id: id, organisation: "Example Trust", at: time)
        for question in framework.questions { response.answers[question.id] = .stage(stage) }
        response.notes[framework.questions[0].id] = "We talked about it."
        response.status = .complete
        return response
    }

    /// Table cells without the spaces that line the columns up.
    static func squeezed(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    @Test func theSingleReportShowsAreasGuidanceAndEachQuestionsNextStep() throws {
        let framework = try Self.catalogue.resolve("data-protection").get()
        let report = Report(Report.Input(framework: framework, responses: [Self.response("a", framework, stage: "starting")], generated: Self.time))
        let markdown = MarkdownReportWriter.write(report)
        #expect(markdown.contains("### Areas"))
        #expect(Self.squeezed(markdown).contains("| Governance and accountability | 1.0 | Starting | Responsibility, Knowing your data |"))
        #expect(markdown.contains("- **Question 1: Is someone clearly responsible for data protection, with the time and backing to do it?** Answered Starting: "
                                  + "“One person looks after it, mostly on top of their other work and when something comes up.” (Choose this if people know who to ask"))
        #expect(markdown.contains("0 = Not yet … 3 = Embedded"))
        // The areas and each question's own next step are worked out once, in the report's content.
        #expect(report.content.areas.map(\.figures.mean.shown) == ["1.0", "1.0", "1.0"])
        #expect(report.content.areas.first?.dimensionNames == ["Responsibility", "Knowing your data"])
        #expect(report.content.questionSteps.count == 12 && report.content.questionSteps.first?.number == 1)
        let html = HTMLReportWriter.write(report)
        #expect(html.contains("<section id=\"areas\""))
        #expect(html.contains("Question 12: If a breach happened, would you know what to do, and how quickly?"))
        #expect(html.contains("<span class=\"muted\">(Choose this if people know who to ask"))
    }

    /// The questions' own steps are in the data formats too: JSON's `question_steps` and the
    /// CSV of steps, where a question's row names it in the last column.
    @Test func eachQuestionsNextStepIsInJSONAndCSV() throws {
        let framework = try Self.catalogue.resolve("data-protection").get()
        let report = Report(Report.Input(framework: framework, responses: [Self.response("a", framework, stage: "starting")], generated: Self.time))
        let first = try #require(report.content.questionSteps.first)
        let json = try #require(try JSONSerialization.jsonObject(with: JSONReportWriter.data(report)) as? [String: Any])
        let steps = try #require(json["question_steps"] as? [[String: Any]])
        #expect(steps.count == 12)
        #expect(steps.first?["question"] as? String == first.questionID)
        #expect(steps.first?["number"] as? Int == 1)
        #expect(steps.first?["from"] as? String == "starting")
        #expect(steps.first?["to"] as? String == framework.stages[2].id)
        #expect(steps.first?["text"] as? String == first.text)
        #expect((steps.first?["guidance"] as? String)?.hasPrefix("Choose this if people know who to ask") == true)
        let csv = CSVReportWriter.steps(report).split(separator: "\r\n").map(String.init)
        #expect(csv.first == CSVReportWriter.stepColumns.joined(separator: ","))
        let questionRows = csv.filter { $0.hasSuffix("," + first.questionID) }
        #expect(questionRows.count == 1)
        #expect(questionRows.first?.hasPrefix("\(first.dimensionID),") == true)
        // A group report has no one's answers to follow: no question rows.
        let group = Report(Report.Input(framework: framework, responses: [Self.response("a", framework, stage: "starting"),
                                                                          Self.response("b", framework, stage: "embedded")],
                                        generated: Self.time))
        #expect(!CSVReportWriter.steps(group).contains("," + first.questionID + "\r\n"))
    }

    @Test func theGroupReportGivesEachAreasFigures() throws {
        let framework = try Self.catalogue.resolve("data-protection").get()
        let responses = [Self.response("a", framework, stage: "starting"), Self.response("b", framework, stage: "embedded"),
                         Self.response("c", framework, stage: "established")]
        let report = Report(Report.Input(framework: framework, responses: responses, generated: Self.time))
        // Each area's mean over the three people: (1 + 3 + 2) / 3 = 2.0.
        #expect(Self.squeezed(MarkdownReportWriter.write(report)).contains("| People and their rights | 2.0 | Established | 1.0 | 3.0 | 0.8 | 3 | 0 |"))
        #expect(HTMLReportWriter.write(report).contains("Group figures by area"))
        #expect(report.content.areas.map(\.figures.mean.stageName) == ["Established", "Established", "Established"])
        #expect(report.content.questionSteps.isEmpty)
    }

    static let hostile = """
        framework: hostile
        version: "1"
        language: en
        title: Hostile
        description: Text that tries to break out of every format.
        stages:
          - id: low
            name: Low
            value: 0
          - id: high
            name: High
            value: 1
        dimensions:
          - id: only
            name: Only
            questions:
              - id: q1
                text: "<script>alert(1)</script> | =HYPERLINK(\\"x\\")"
                statements:
                  low:
                    text: "<b>low</b> | **bold**"
                    guidance: "<script>steal()</script> \\e[2J | `code`"
                  high: High.
                next-steps:
                  low: "<img src=x onerror=alert(2)> | [link](javascript:alert(3))"
        areas:
          - id: all
            name: "<i>Area</i> | \\e]0;title\\a"
            dimensions:
              - only

        """

    @Test func hostileTextInTheNewKeysStaysEscaped() throws {
        let (decoded, diagnostics) = FrameworkDecoder.decode(bytes: Array(Self.hostile.utf8), file: "hostile.yaml")
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.message))")
        let framework = try #require(decoded)
        let report = Report(Report.Input(framework: framework, responses: [Self.response("a", framework, stage: "low")], generated: Self.time))
        let html = HTMLReportWriter.write(report)
        let markdown = MarkdownReportWriter.write(report)
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(!html.contains("<img") && !html.contains("<i>Area") && !html.contains("<b>low"))
        #expect(html.contains("&lt;script&gt;steal()&lt;/script&gt;"))
        // In Markdown, every character that could format, link or make a table is escaped.
        let step = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("- **Question 1:") })
        #expect(step == "- **Question 1: \\<script\\>alert(1)\\</script\\> \\| =HYPERLINK(\"x\")** Answered Low: "
                + "“\\<b\\>low\\</b\\> \\| \\*\\*bold\\*\\*” (\\<script\\>steal()\\</script\\> ␛\\[2J \\| \\`code\\`). "
                + "Next: \\<img src=x onerror=alert(2)\\> \\| \\[link\\](javascript:alert(3))")
        for text in [html, markdown] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }
}

extension PublishedModelReportTests {
    /// A benchmark of a framework whose stages have values carries them, and its figures are
    /// checked on that scale: a sector mean of 0.6 on levels 0 to 3 is possible.
    @Test func aBenchmarkCarriesTheStageValues() throws {
        let framework = try Self.catalogue.resolve("data-protection").get()
        let responses = (1...5).map { index in
            var response = Self.response("r\(index)", framework, stage: index == 1 ? "starting" : "not-yet")
            response.organisation = "Trust \(index)"
            return response
        }
        let benchmark = try BenchmarkFile.build(from: responses, framework: framework, created: Self.time)
        #expect(benchmark.stageValues == [0, 1, 2, 3])
        #expect(benchmark.problems() == [])
        let read = try BenchmarkFile.read(benchmark.encoded())
        #expect(read.scale.maximumText == "3" && read.overall.statistics.map { abs($0.mean - 0.2) < 1e-9 } == true)
        var wrong = read
        wrong.stageValues = [0, 1, 1, 3]
        #expect(wrong.problems() == ["stage-values do not increase from one stage to the next"])
    }

    /// The JSON report gives each area's figures and each stage's value; the CSV answers give
    /// a chosen stage's value on the framework's own scale (levels 0 to 3), not its position.
    @Test func theJSONAndCSVFollowTheScaleAndGiveTheAreas() throws {
        let framework = try Self.catalogue.resolve("data-protection").get()
        let responses = [Self.response("a", framework, stage: "starting"), Self.response("b", framework, stage: "embedded")]
        let report = Report(Report.Input(framework: framework, responses: responses, generated: Self.time))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReportWriter.write(report).utf8)) as? [String: Any])
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(areas.count == framework.areas.count)
        #expect(areas.first?["id"] as? String == framework.areas.first?.id)
        #expect(areas.first?["dimensions"] as? [String] == framework.areas.first?.dimensionIDs)
        #expect(areas.first?["scored"] as? Int == 2)
        #expect(areas.first?["mean"] as? Double == report.content.areas.first?.figures.mean.value)
        let stages = try #require((json["framework"] as? [String: Any])?["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["value"] as? Double } == [0, 1, 2, 3])

        let csv = CSVReportWriter.write(report, shape: .answers)
        let rows = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = csv.split(separator: "\r\n").first?.split(separator: ",") ?? []
        let column = try #require(header.firstIndex(of: "stage_value"))
        #expect(Set(rows.map { String($0[column]) }) == ["1", "3"])
    }
}
