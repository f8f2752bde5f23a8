import MaturityCore
import Testing

/// What a stage scores when the framework gives values (SAMM's levels 0 to 3), and that stages
/// without values keep scoring their positions.
@Suite struct StageScaleTests {
    static let levels = StageScale(values: [0, 1, 2, 3])

    @Test func stagesWithoutValuesScoreTheirPositions() {
        let stages = [Stage(id: "a", name: "A"), Stage(id: "b", name: "B"), Stage(id: "c", name: "C")]
        #expect(StageScale(stages: stages) == StageScale(positions: 3))
        #expect(StageScale(stages: stages).values == [1, 2, 3])
        #expect(StageScale(positions: 3).maximumText == "3")
    }

    @Test func aScoreReachesTheLastStageWhoseValueItReaches() {
        #expect(Self.levels.stageIndex(for: 0) == 0)
        #expect(Self.levels.stageIndex(for: 2.3) == 2)
        #expect(Self.levels.stageIndex(for: 2.9999999999) == 3)
        #expect(Self.levels.stageIndex(for: 3) == 3)
        #expect(Self.levels.maximumText == "3" && Self.levels.minimum == 0)
        let progress = Self.levels.progressToNextStage(for: 2.3) ?? -1
        #expect(abs(progress - 0.3) < 1e-9)
        #expect(Self.levels.progressToNextStage(for: 3) == nil)
    }

    @Test func unevenValuesMeasureProgressBetweenTheirOwnSteps() {
        let scale = StageScale(values: [0, 10, 50])
        #expect(scale.stageIndex(for: 30) == 1)
        #expect(scale.progressToNextStage(for: 30) == 0.5)
        #expect(StageScale.text(2.5) == "2.5" && StageScale.text(-1) == "-1")
    }

    /// Bars start at 0, so a first stage valued 1 fills a fifth of a 1-to-5 bar, as before.
    @Test func barsRunFromZeroToTheHighestScore() {
        #expect(StageScale(positions: 5).fraction(of: 1) == 0.2)
        #expect(Self.levels.fraction(of: 0) == 0)
        #expect(Self.levels.fraction(of: 1.5) == 0.5)
        #expect(StageScale(values: [-2, 0, 2]).fraction(of: 0) == 0.5)
    }

    @Test func aFrameworkWithValuesScoresThem() {
        let stages = (0...3).map { Stage(id: "level-\($0)", name: "Level \($0)", value: Double($0)) }
        let question = { (id: String) in Question(id: id, text: "?", statements: ["0", "1", "2", "3"]) }
        let framework = Framework(id: "f", version: "1", language: "en", title: "F", description: "F", stages: stages,
                                  dimensions: [Dimension(id: "d", name: "D", questions: [question("q1"), question("q2"), question("q3")])])
        let time = Timestamp(parsing: "2026-11-21T10:00:00Z")!
        let response = Response(id: "r", frameworkID: "f", frameworkVersion: "1", language: "en", organisation: "Trust",
                                started: time, updated: time,
                                answers: ["q1": .stage("level-3"), "q2": .stage("level-2"), "q3": .stage("level-2")])
        let scores = Scoring.score(response, in: framework)
        #expect(abs((scores.overall ?? 0) - 7.0 / 3) < 1e-9)
        #expect(scores.overallStage == 2)
        let summary = ResultSummary(scores: scores, framework: framework)
        #expect(summary.overallStageName == "Level 2" && summary.nextStageName == "Level 3")
    }
}
