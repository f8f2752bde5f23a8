import MaturityCore
import MaturityUI
import Testing

/// The workshop view lays out the rows the reports lay out (`FigureRow`, `SplitSection`): a
/// room's mean, stage, range and splits read on the projector as in the report on the same answers.
@Suite struct PresenterContentTests {
    @Test func theProjectorShowsTheReportsFigures() throws {
        let stages = ["unaware", "unaware", "learning", "developing", "developing", "emerging"]
        let responses = stages.enumerated().map { PresenterTests.response("p\($0.offset)", team: nil, stage: $0.element) }
        var state = PresenterState(framework: Fixtures.framework, snapshot: FolderSnapshot(complete: responses))
        let size = Size(width: 100, height: 40)
        let report = Report(Report.Input(framework: Fixtures.framework, responses: responses, generated: Fixtures.start))
        let content = report.content
        // Below the title, the rule and the heading: the title may begin with a dimension's name.
        let overview = state.render(size: size).text.split(separator: "\n").dropFirst(3)
        for row in content.dimensionRows {
            let line = try #require(overview.first { $0.hasPrefix(" \(row.name) ") }, "\(row.name)")
            #expect(line.contains(" \(row.mean.shown)  \(row.mean.stageName ?? "")"))
            #expect(line.hasSuffix(try #require(row.range)))
        }
        _ = state.handle(.character("d"))
        let differences = state.render(size: size).text
        #expect(!content.splits.shown.isEmpty)
        for item in content.splits.shown {
            #expect(differences.contains("\(item.dimensionName): \(item.sentence)."))
        }
    }
}
