import Foundation
import MaturityCore
import Testing

/// One organisation's answers from June and from December are two rounds of the assessment:
/// the headline, the group figures and the sector comparison are December's, and June is in
/// the change over time. (Mixed together, everything read "below" the sector.)
@Suite struct RoundsTests {
    typealias F = ReportFixtures

    static let june = [F.response("j1", updated: "2026-06-10T10:00:00Z", F.all("unaware")),
                       F.response("j2", updated: "2026-06-10T11:00:00Z", F.all("unaware")),
                       F.response("j3", updated: "2026-06-11T09:00:00Z", F.all("emerging"))]
    static let december = [F.response("d1", updated: "2026-12-01T10:00:00Z", F.all("developing")),
                           F.response("d2", updated: "2026-12-03T10:00:00Z", F.all("mastering")),
                           F.response("d3", updated: "2026-12-09T10:00:00Z", F.all("developing"))]

    @Test func theLatestRoundMakesTheHeadlineAndEarlierOnesTheChange() throws {
        let report = F.report(Self.december + Self.june, benchmark: F.sector)
        #expect(report.group.respondents == 3)
        // December: 3, 4, 3 everywhere: overall mean 10/3.
        let overall = try #require(report.group.overall.mean)
        #expect(abs(overall - 10.0 / 3) < 1e-9)
        // Beside the sector (mean 2.8), December is above; June and December mixed were below.
        #expect(report.benchmarkComparison?.overall.placing == .above)
        let change = try #require(report.overTime)
        #expect(change.points.map(\.summary.respondents) == [3, 3])
        let markdown = MarkdownReportWriter.write(report)
        #expect(markdown.contains("The figures are those of the latest round, 2026-12-01 to 2026-12-09 (3 responses); "
            + "the 3 responses of the earlier round are in the change over time."), "\(markdown)")
    }

    /// A survey left open for a week or two is one round, not a point a day.
    @Test func answersDaysApartAreOneRound() {
        let report = F.report(Self.december)
        #expect(report.group.respondents == 3)
        #expect(report.overTime == nil)
    }

    /// A benchmark counts each organisation once, by its latest round.
    @Test func aBenchmarkTakesEachOrganisationsLatestRound() throws {
        var responses = ["Beta": "emerging", "Gamma": "developing", "Delta": "mastering", "Epsilon": "mastering"]
            .map { F.response("s-\($0.key)", organisation: $0.key, updated: "2026-12-01T10:00:00Z", F.all($0.value)) }
        responses.append(F.response("alpha-june", organisation: "Alpha", updated: "2026-06-01T10:00:00Z", F.all("unaware")))
        responses.append(F.response("alpha-december", organisation: "Alpha", updated: "2026-12-01T10:00:00Z", F.all("mastering")))
        let file = try BenchmarkFile.build(from: responses, framework: F.framework, created: F.generated)
        // Organisation means 2, 3, 4, 4 and Alpha's December 4: 17 / 5.
        #expect(abs((file.overall.statistics?.mean ?? 0) - 17.0 / 5) < 1e-9)
    }
}
