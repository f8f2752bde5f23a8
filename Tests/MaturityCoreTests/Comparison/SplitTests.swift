import MaturityCore
import Testing

/// "Where people differ" flags a dimension only when the room is really split: one person two
/// stages from everyone else is an outlier, not a split (it flagged 7 of 7 dimensions in every
/// real room tried).
@Suite struct SplitTests {
    typealias F = ReportFixtures

    /// Seven people at Developing and one at Unaware, on every question.
    static var loneOutlier: [Response] {
        (0..<7).map { F.response("d\($0)", F.all("developing")) } + [F.response("u", F.all("unaware"))]
    }

    @Test func aLonePersonFarFromTheRestIsNotASplit() {
        let summary = GroupSummary(responses: Self.loneOutlier, framework: F.framework)
        #expect(summary.disagreements.isEmpty)
    }

    /// Three at Emerging and three at Mastering on Data: a split, two stages and more apart.
    @Test func twoCampsTwoStagesApartAreASplit() throws {
        let responses = (0..<3).map { F.response("e\($0)", F.all("emerging")) } + (0..<3).map { F.response("m\($0)", F.all("mastering")) }
        let summary = GroupSummary(responses: responses, framework: F.framework)
        #expect(summary.disagreements.map(\.dimensionID) == ["data", "leadership", "tools"])
    }
}
