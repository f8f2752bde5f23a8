/// What one person's results say, in the terms the results screen and a one-response report
/// show: each dimension's score and stage, strongest and weakest, unknowns, next steps.
public struct ResultSummary: Sendable, Equatable {
    public struct DimensionLine: Sendable, Equatable {
        public var id: String
        public var name: String
        public var score: Double?
        public var stageName: String?
        public var progressToNext: Double?
        public var dontKnow: Int
        public var answered: Int
        public var total: Int
    }

    public var dimensions: [DimensionLine]
    public var overall: Double?
    public var overallStageName: String?
    public var nextStageName: String?
    public var progressToNext: Double?
    /// Names of the best and worst scored dimensions (several when tied); empty when fewer than two are scored.
    public var strongest: [String]
    public var weakest: [String]
    public var unknowns: Int
    public var unanswered: Int
    public var nextSteps: [NextStep]

    public init(scores: ResponseScores, framework: Framework) {
        let stageCount = framework.stages.count
        dimensions = zip(framework.dimensions, scores.dimensions).map { dimension, score in
            DimensionLine(id: dimension.id, name: dimension.name, score: score.score,
                          stageName: score.stage.map { framework.stages[$0].name },
                          progressToNext: score.score.flatMap { Scoring.progressToNextStage(for: $0, stageCount: stageCount) },
                          dontKnow: score.dontKnow, answered: score.answered, total: score.total)
        }
        overall = scores.overall
        overallStageName = scores.overallStage.map { framework.stages[$0].name }
        nextStageName = scores.overallStage.flatMap { $0 + 1 < stageCount ? framework.stages[$0 + 1].name : nil }
        progressToNext = scores.overall.flatMap { Scoring.progressToNextStage(for: $0, stageCount: stageCount) }
        let scored = dimensions.filter { $0.score != nil }
        if scored.count >= 2, let best = scored.map({ $0.score! }).max(), let worst = scored.map({ $0.score! }).min(), best - worst > Scoring.tolerance {
            strongest = scored.filter { abs($0.score! - best) <= Scoring.tolerance }.map(\.name)
            weakest = scored.filter { abs($0.score! - worst) <= Scoring.tolerance }.map(\.name)
        } else {
            strongest = []
            weakest = []
        }
        unknowns = scores.dimensions.reduce(0) { $0 + $1.dontKnow }
        unanswered = scores.total - scores.answered
        nextSteps = NextStep.steps(atStages: scores.dimensions.map(\.stage), in: framework)
    }
}
