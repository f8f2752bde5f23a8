/// The scores of one response, as docs/scoring.md defines them.
public struct ResponseScores: Sendable, Equatable {
    public var dimensions: [DimensionScore]
    /// Weighted mean of the scored dimensions; nil when no dimension is scored.
    public var overall: Double?
    /// 0-based stage index of the overall score.
    public var overallStage: Int?
    /// Questions with any answer, and all questions.
    public var answered: Int
    public var total: Int

    public var completeness: Double { total == 0 ? 0 : Double(answered) / Double(total) }

    public func dimension(_ id: String) -> DimensionScore? { dimensions.first { $0.dimensionID == id } }
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
