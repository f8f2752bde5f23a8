/// A group's figures for one dimension: the spread of the respondents' dimension scores, how
/// many did not know, and whether they disagree enough to be worth discussing.
public struct DimensionSummary: Sendable, Equatable {
    /// A dimension whose highest and lowest respondent scores are this far apart or more
    /// (on the 1...N scale) is flagged as a disagreement.
    public static let disagreementRange = 2.0

    public var dimensionID: String
    public var scores: ScoreSummary
    /// Don't-know answers in this dimension, summed over respondents: a finding in its own right.
    public var unknowns: Int
    /// Not-applicable answers, summed over respondents.
    public var notApplicable: Int
    /// Answers of any kind, and questions times respondents: completeness is their ratio.
    public var answered: Int
    public var total: Int
    /// Every question that someone answered with a stage, widest spread first, then in
    /// framework order.
    public var questionSpreads: [QuestionSpread]

    public init(dimensionID: String, scores: ScoreSummary, unknowns: Int, notApplicable: Int,
                answered: Int, total: Int, questionSpreads: [QuestionSpread]) {
        self.dimensionID = dimensionID
        self.scores = scores
        self.unknowns = unknowns
        self.notApplicable = notApplicable
        self.answered = answered
        self.total = total
        self.questionSpreads = questionSpreads
    }

    /// Highest minus lowest score is at least `disagreementRange` (with the scoring tolerance,
    /// so a range of 1.9999999999 from floating-point sums still counts as 2).
    public var isDisagreement: Bool {
        guard let statistics = scores.statistics else { return false }
        return statistics.range + Scoring.tolerance >= Self.disagreementRange
    }

    /// For a disagreement, the questions whose answers are furthest apart (all of those tied
    /// for the widest spread, when that spread is above 0); empty otherwise.
    public var widestQuestions: [QuestionSpread] {
        guard isDisagreement, let widest = questionSpreads.first?.spread, widest > 0 else { return [] }
        return questionSpreads.prefix { $0.spread == widest }
    }

    /// Answered (any answer) over all question slots; 0 when there are none.
    public var completeness: Double { total == 0 ? 0 : Double(answered) / Double(total) }
}
