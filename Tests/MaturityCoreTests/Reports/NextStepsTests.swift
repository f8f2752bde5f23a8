import Foundation
import MaturityCore
import Testing

/// Next steps are what a report is for: every format carries every one, whole, each line of a
/// multi-line step on a line of its own. (A group's HTML report had none, and Markdown joined a
/// step's lines into one.)
@Suite struct NextStepsTests {
    static let lines = ["Write down who owns each kind of data.", "Share the list with the board.", "Review it every spring."]

    /// The worked-example framework, with a next step of three lines for each stage.
    static var framework: Framework {
        var framework = ReportFixtures.framework
        for index in framework.dimensions.indices {
            let name = framework.dimensions[index].name
            framework.dimensions[index].nextSteps = Dictionary(uniqueKeysWithValues: ["unaware", "emerging", "developing"].map {
                ($0, "\(name) from \($0):\n" + lines.joined(separator: "\n"))
            })
        }
        return framework
    }

    static func report(_ responses: [Response]) -> Report {
        Report(Report.Input(framework: framework, responses: responses, generated: ReportFixtures.generated))
    }

    /// The group of three: Data's mean is Emerging, Leadership's and Tools' Developing.
    static var group: Report { report([ReportFixtures.a, ReportFixtures.b, ReportFixtures.c]) }

    @Test(arguments: [false, true])
    func everyStepIsInHTMLAndMarkdownWithEachLineOnItsOwn(single: Bool) {
        let report = single ? Self.report([ReportFixtures.a]) : Self.group
        // A alone: Data Emerging, Leadership Mastering (no next stage), Tools not scored.
        let headings = single ? ["Data from emerging:"] : ["Data from emerging:", "Leadership from developing:", "Tools from developing:"]
        let html = HTMLReportWriter.write(report)
        let markdownLines = MarkdownReportWriter.write(report).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for heading in headings {
            #expect(html.contains(heading), "HTML lacks \(heading)")
            #expect(markdownLines.contains { $0.hasSuffix(heading) }, "Markdown lacks \(heading) on a line of its own")
        }
        for line in Self.lines {
            #expect(html.contains(line))
            // Each line of the step is a line of the Markdown, not joined to the one before.
            #expect(markdownLines.contains { $0 == line || $0 == "- " + line }, "Markdown joined \(line)")
        }
    }

    @Test func jsonCarriesEveryStepWhole() throws {
        let json = try #require(JSONSerialization.jsonObject(with: Data(JSONReportWriter.write(Self.group).utf8)) as? [String: Any])
        let steps = try #require(json["next_steps"] as? [[String: Any]])
        #expect(steps.compactMap { $0["dimension"] as? String } == ["data", "leadership", "tools"])
        #expect(steps.first?["text"] as? String == "Data from emerging:\n" + Self.lines.joined(separator: "\n"))
        #expect(steps.first?["from"] as? String == "emerging")
        #expect(steps.first?["to"] as? String == "developing")
    }
}
