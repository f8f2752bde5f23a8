/// A group's figures for one dimension: the spread of the respondents' dimension scores, how
/// many did not know, and whether they are split enough to be worth discussing.
public struct DimensionSummary: Sendable, Equatable {
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

    /// Where the group splits on this dimension, by the stage of each person's score; nil when
    /// it does not (`StageSplit`).
    public var split: StageSplit? { StageSplit(counts: scores.histogram.bins.map(\.count)) }

    /// Whether the group splits on this dimension: it is then worth discussing.
    public var isDisagreement: Bool { split != nil }

    /// People two stages or more from the middle, when there is no split to speak of them.
    public var farFromTheMiddle: (below: Int, above: Int) {
        split == nil ? StageSplit.farFromTheMiddle(counts: scores.histogram.bins.map(\.count)) : (0, 0)
    }

    /// For a split dimension, the questions to start talking about: those whose own answers
    /// split the group, sharpest first, else the one answered furthest apart; at most
    /// `StageSplit.questionsAtMost`. Empty otherwise.
    public var questionsToDiscuss: [QuestionSpread] {
        guard isDisagreement else { return [] }
        let splitting = questionSpreads.enumerated().compactMap { index, spread in spread.split.map { (index, spread, $0) } }
            .sorted { ($1.2.strength, $1.1.spread, $0.0) < ($0.2.strength, $0.1.spread, $1.0) }
            .map(\.1)
        if !splitting.isEmpty { return Array(splitting.prefix(StageSplit.questionsAtMost)) }
        guard let widest = questionSpreads.first, widest.spread > 0 else { return [] }
        return [widest]
    }

    /// Answered (any answer) over all question slots; 0 when there are none.
    public var completeness: Double { total == 0 ? 0 : Double(answered) / Double(total) }
}
