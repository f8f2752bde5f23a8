import MaturityCore
import Testing

/// "Highest mean" and "Lowest" in a group report: compared as the means are shown, worked out
/// once in the report's content.
@Suite struct ExtremesTests {
    typealias F = ReportFixtures

    /// docs/scoring.md's A, B and C: Data 2.78 (shown 2.8), Leadership 3.0, Tools 3.5.
    @Test func theHighestAndLowestMeansAreNamedWithTheirShownScores() throws {
        let report = F.report([F.a, F.b, F.c])
        let extremes = try #require(report.content.extremes)
        #expect(extremes.highest == ["Tools"] && extremes.highestShown == "3.5")
        #expect(extremes.lowest == ["Data"] && extremes.lowestShown == "2.8")
        #expect(HTMLReportWriter.write(report).contains("Highest mean: <strong>Tools</strong> (3.5). Lowest: <strong>Data</strong> (2.8)."))
    }

    /// Two dimensions shown alike are named together; means that all read the same name nobody.
    @Test func meansThatReadTheSameAreTogetherOrNotNamed() throws {
        let same = F.report([F.response("x", F.all("emerging")), F.response("y", F.all("developing"))])
        #expect(same.content.extremes == nil)
        #expect(!HTMLReportWriter.write(same).contains("Highest mean"))

        var answers = F.all("developing")
        for question in F.framework.dimensions[0].questions { answers[question.id] = "unaware" }
        let tied = F.report([F.response("z", answers)])
        let extremes = try #require(tied.content.extremes)
        #expect(extremes.lowest == ["Data"])
        #expect(extremes.highest == ["Leadership", "Tools"])
    }
}
