import MaturityCore
import Testing

/// One organisation's rounds over time: points in order, changes and stage moves.
@Suite struct OverTimeComparisonTests {
    typealias F = ComparisonFixtures

    static let responses = [
        // A year later, shuffled in first: everyone at developing (3) in Data, emerging (2) elsewhere.
        F.response("y2", updated: "2026-11-21T14:00:00Z", F.all("developing").merging(["l1": "emerging", "l2": "emerging", "l3": "emerging", "t1": "emerging", "t2": "emerging"]) { $1 }),
        F.response("y1a", updated: "2025-11-20T09:00:00Z", F.all("emerging")),
        F.response("y1b", updated: "2025-11-20T16:30:00Z", F.all("developing")),
        F.response("y2b", updated: "2026-11-21T09:00:00Z", F.all("developing").merging(["l1": "dont-know", "l2": "dont-know", "l3": "dont-know", "t1": "unaware", "t2": "unaware"]) { $1 }),
        F.response("other", organisation: "Another Charity", updated: "2026-01-01T10:00:00Z", F.all("mastering")),
    ]

    @Test func eachRoundIsAPointInTimeOrder() throws {
        let series = ChangeOverTime(responses: Self.responses, framework: F.framework, organisation: "example trust ")
        #expect(series.points.map(\.firstDay) == ["2025-11-20", "2026-11-21"])
        #expect(series.points.map(\.summary.respondents) == [2, 2])
        #expect(series.otherOrganisations == 1)
        let step = try #require(series.steps.first)
        #expect(series.steps.count == 1 && step.from == 0 && step.to == 1)
        // Data: (2 + 3) / 2 = 2.5 -> (3 + 3) / 2 = 3.0: +0.5, emerging -> developing.
        let data = try #require(step.change(in: "data"))
        #expect(data.before == 2.5 && data.after == 3 && data.difference == 0.5 && data.movement == .up)
        // Leadership: 2.5 -> y2 only (y2b did not know): 2.0: -0.5, stage 2 -> 2, same.
        let leadership = try #require(step.change(in: "leadership"))
        #expect(leadership.difference == -0.5 && leadership.movement == .same)
        // Tools: 2.5 -> (2 + 1) / 2 = 1.5: -1.0, down from emerging to unaware.
        let tools = try #require(step.change(in: "tools"))
        #expect(tools.difference == -1 && tools.movement == .down)
        #expect(ScoreChange.display(difference: tools.difference) == "-1.0")
    }

    @Test func roundsGatherASurveyLeftOpen() {
        let responses = [
            F.response("1", updated: "2026-03-01T10:00:00Z", F.all("emerging")),
            F.response("2", updated: "2026-03-05T10:00:00Z", F.all("emerging")),
            F.response("3", updated: "2026-03-19T10:00:00Z", F.all("emerging")), // 14 days after the last: same round
            F.response("4", updated: "2026-04-02T10:00:01Z", F.all("developing")), // 14 days and a second: new round
        ]
        let series = ChangeOverTime(responses: responses, framework: F.framework, organisation: "Example Trust")
        #expect(series.maximumGapDays == 14)
        #expect(series.points.map(\.summary.respondents) == [3, 1])
        #expect(series.points.first?.firstDay == "2026-03-01" && series.points.first?.lastDay == "2026-03-19")
        #expect(series.steps.first?.overall.movement == .up)
    }

    @Test func aChangeFromNotScoredHasNoFigure() throws {
        let responses = [
            F.response("1", updated: "2026-01-01T10:00:00Z", ["d1": "emerging"]),
            F.response("2", updated: "2026-02-01T10:00:00Z", ["d1": "emerging", "t1": "mastering"]),
        ]
        let series = ChangeOverTime(responses: responses, framework: F.framework, organisation: "Example Trust")
        let tools = try #require(series.steps.first?.change(in: "tools"))
        #expect(tools.before == nil && tools.after == 4 && tools.difference == nil && tools.movement == nil)
        #expect(series.steps.first?.change(in: "data")?.movement == .same)
    }

    @Test func stageMovesAreByTheFloorOfEachScore() {
        // 2.9 -> 3.0 is +0.1 but a new stage; 2.1 -> 2.9 is +0.8 and the same stage.
        #expect(ScoreChange(before: 2.9, after: 3.0, scale: StageScale(positions: 4)).movement == .up)
        #expect(ScoreChange(before: 2.1, after: 2.9, scale: StageScale(positions: 4)).movement == .same)
        #expect(ScoreChange(before: 3.0, after: 2.9999999999, scale: StageScale(positions: 4)).movement == .same) // tolerance
        #expect(ScoreChange(before: 4, after: 1, scale: StageScale(positions: 4)).movement == .down)
        #expect(ScoreChange(before: nil, after: 1, scale: StageScale(positions: 4)).movement == nil)
    }

    @Test func differencesShowWithASign() {
        #expect(ScoreChange.display(difference: 0.3) == "+0.3")
        #expect(ScoreChange.display(difference: -1.25) == "-1.3")
        #expect(ScoreChange.display(difference: 0.04) == "0.0")
        #expect(ScoreChange.display(difference: -0.04) == "0.0")
        #expect(ScoreChange.display(difference: 2) == "+2.0")
        #expect(ScoreChange.display(difference: nil) == "no change figure")
    }

    @Test func anOrganisationWithNoResponsesHasNoPoints() {
        let series = ChangeOverTime(responses: Self.responses, framework: F.framework, organisation: "Nobody")
        #expect(series.points.isEmpty && series.steps.isEmpty && series.otherOrganisations == 5)
    }
}
