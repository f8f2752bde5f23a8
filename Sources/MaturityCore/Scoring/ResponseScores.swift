/// The scores of one response, as docs/scoring.md defines them.
public struct ResponseScores: Sendable, Equatable {
    public var dimensions: [DimensionScore]
    /// One per area of the framework, in its order; empty when it has none.
    public var areas: [AreaScore] = []
    /// Weighted mean of the scored dimensions; nil when no dimension is scored.
    public var overall: Double?
    /// 0-based stage index of the overall score.
    public var overallStage: Int?
    /// Questions with any answer, and all questions.
    public var answered: Int
    public var total: Int

    public var completeness: Double { total == 0 ? 0 : Double(answered) / Double(total) }

    public func dimension(_ id: String) -> DimensionScore? { dimensions.first { $0.dimensionID == id } }

    public func area(_ id: String) -> AreaScore? { areas.first { $0.areaID == id } }
}

/// One area's score for one response: the weighted mean of its scored dimensions.
public struct AreaScore: Sendable, Equatable {
    public var areaID: String
    /// Nil ("not scored") when none of its dimensions is scored.
    public var score: Double?
    /// 0-based index of the stage the score reaches.
    public var stage: Int?

    public init(areaID: String, score: Double?, stage: Int?) {
        self.areaID = areaID
        self.score = score
        self.stage = stage
    }
}

/// One dimension's score for one response.
public struct DimensionScore: Sendable, Equatable {
    public var dimensionID: String
    /// Weighted mean of the scored questions, 1...N; nil ("not scored") when none is scored.
    public var score: Double?
    /// 0-based index of the stage at floor(score).
    public var stage: Int?
    /// Questions answered with a stage, with any answer, with don't know, with not applicable; and all.
    public var scored: Int
    public var answered: Int
    public var dontKnow: Int
    public var notApplicable: Int
    public var total: Int

    public var completeness: Double { total == 0 ? 0 : Double(answered) / Double(total) }
}
