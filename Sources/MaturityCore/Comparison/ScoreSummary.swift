/// A group's view of one score (a dimension's, or the overall score): the figures over the
/// respondents who have that score, and where they stand by stage.
public struct ScoreSummary: Sendable, Equatable {
    /// Nil when no respondent has this score.
    public var statistics: ScoreStatistics?
    /// Respondents by the stage of their own score.
    public var histogram: StageHistogram
    /// Respondents without this score ("not scored"): they are left out of the figures.
    public var notScored: Int
    /// 0-based stage index of the group mean, found as for a single score (`StageScale`).
    public var meanStage: Int?

    public init(statistics: ScoreStatistics?, histogram: StageHistogram, notScored: Int, meanStage: Int?) {
        self.statistics = statistics
        self.histogram = histogram
        self.notScored = notScored
        self.meanStage = meanStage
    }

    /// Summarises per-respondent scores, nil meaning "not scored".
    public init(scores: [Double?], stages: [Stage]) {
        let values = scores.compactMap { $0 }
        let statistics = ScoreStatistics(values)
        let scale = StageScale(stages: stages)
        self.init(statistics: statistics,
                  histogram: StageHistogram(stageIndices: values.map { scale.stageIndex(for: $0) },
                                            stages: stages),
                  notScored: scores.count - values.count,
                  meanStage: statistics.map { scale.stageIndex(for: $0.mean) })
    }

    /// The group mean, or nil when nobody is scored.
    public var mean: Double? { statistics?.mean }

    /// Respondents with this score.
    public var scored: Int { statistics?.count ?? 0 }
}
