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

    /// A question's own next step, for the stage it was answered at.
    public struct QuestionStep: Sendable, Equatable {
        public var dimensionID: String
        public var dimensionName: String
        public var questionID: String
        /// The question's number in the framework, from 1, as the assessment shows it.
        public var number: Int
        public var questionText: String
        /// The name of the stage the question was answered at, the statement chosen, and that
        /// statement's guidance, if it has any.
        public var stage: String
        /// The ids of the stage answered and of the next one, which the step leads to.
        public var stageID: String
        public var nextStageID: String
        public var statement: String
        public var statementGuidance: String?
        public var text: String
    }

    /// An area's score and stage, with the names of its dimensions.
    public struct AreaLine: Sendable, Equatable {
        public var id: String
        public var name: String
        public var score: Double?
        public var stageName: String?
        public var dimensionNames: [String]
    }

    public var dimensions: [DimensionLine]
    /// One per area of the framework; empty when it has none.
    public var areas: [AreaLine]
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
    /// The next steps the framework gives for the answers to single questions, in question order.
    public var questionSteps: [QuestionStep]

    /// `answers` are the response's, for the next steps of single questions.
    public init(scores: ResponseScores, framework: Framework, answers: [String: Answer] = [:]) {
        let stageCount = framework.stages.count
        let scale = framework.scale
        dimensions = zip(framework.dimensions, scores.dimensions).map { dimension, score in
            DimensionLine(id: dimension.id, name: dimension.name, score: score.score,
                          stageName: score.stage.map { framework.stages[$0].name },
                          progressToNext: score.score.flatMap { scale.progressToNextStage(for: $0) },
                          dontKnow: score.dontKnow, answered: score.answered, total: score.total)
        }
        areas = zip(framework.areas, scores.areas).map { area, score in
            AreaLine(id: area.id, name: area.name, score: score.score, stageName: score.stage.map { framework.stages[$0].name },
                     dimensionNames: area.dimensionIDs.compactMap { id in framework.dimensions.first { $0.id == id }?.name })
        }
        overall = scores.overall
        overallStageName = scores.overallStage.map { framework.stages[$0].name }
        nextStageName = scores.overallStage.flatMap { $0 + 1 < stageCount ? framework.stages[$0 + 1].name : nil }
        progressToNext = scores.overall.flatMap { scale.progressToNextStage(for: $0) }
        let scored = dimensions.filter { $0.score != nil }
        // Named only when most dimensions are scored (ResultBasis), on screen and in every report.
        if ResultBasis(scores: scores).namesStrongestAndWeakest, let best = scored.map({ $0.score! }).max(), let worst = scored.map({ $0.score! }).min(), best - worst > Scoring.tolerance {
            strongest = scored.filter { abs($0.score! - best) <= Scoring.tolerance }.map(\.name)
            weakest = scored.filter { abs($0.score! - worst) <= Scoring.tolerance }.map(\.name)
        } else {
            strongest = []
            weakest = []
        }
        unknowns = scores.dimensions.reduce(0) { $0 + $1.dontKnow }
        unanswered = scores.total - scores.answered
        nextSteps = NextStep.steps(atStages: scores.dimensions.map(\.stage), in: framework)
        questionSteps = Self.questionSteps(framework: framework, answers: answers)
    }

    /// For each question answered at a stage short of the last, its next step for that stage.
    static func questionSteps(framework: Framework, answers: [String: Answer]) -> [QuestionStep] {
        var steps: [QuestionStep] = []
        var number = 0
        for dimension in framework.dimensions {
            for question in dimension.questions {
                number += 1
                guard !question.nextSteps.isEmpty, case .stage(let id)? = answers[question.id],
                      let index = framework.stageIndex(of: id), index + 1 < framework.stages.count,
                      let text = question.nextSteps[id] else { continue }
                steps.append(QuestionStep(dimensionID: dimension.id, dimensionName: dimension.name, questionID: question.id,
                                          number: number, questionText: question.text, stage: framework.stages[index].name,
                                          stageID: id, nextStageID: framework.stages[index + 1].id,
                                          statement: question.statements.indices.contains(index) ? question.statements[index] : "",
                                          statementGuidance: question.guidance(forStatementAt: index), text: text))
            }
        }
        return steps
    }
}
