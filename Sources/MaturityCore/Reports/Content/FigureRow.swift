/// One row of a group's figures (a dimension, or the overall score) as every format and the
/// projector show it, worked out once from a `ScoreSummary`.
public struct FigureRow: Sendable, Equatable {
    /// The dimension's id, or nil for the overall score.
    public var id: String?
    /// The dimension's name, or "Overall" in the report's language.
    public var name: String
    public var mean: ScoreText
    public var minimum: ScoreText
    public var maximum: ScoreText
    /// "1.6–4.0" (as the language writes numbers), lowest to highest person; nil when nobody is scored.
    public var range: String?
    /// The standard deviation with one decimal place; "–" when nobody is scored.
    public var deviation: String
    public var scored: Int
    public var notScored: Int
    /// "Don't know" answers.
    public var unknowns: Int
    /// People at each stage, in the framework's order.
    public var histogram: [Int]

    public init(id: String?, name: String, scores: ScoreSummary, unknowns: Int, framework: Framework, words: ReportWords) {
        self.id = id
        self.name = name
        let statistics = scores.statistics
        mean = ScoreText(statistics?.mean, in: framework)
        minimum = ScoreText(statistics?.minimum, in: framework)
        maximum = ScoreText(statistics?.maximum, in: framework)
        range = statistics.map { words.number("\(Scoring.display($0.minimum))–\(Scoring.display($0.maximum))") }
        deviation = words.number(Scoring.display(figure: statistics?.standardDeviation))
        scored = scores.scored
        notScored = scores.notScored
        self.unknowns = unknowns
        histogram = scores.histogram.bins.map(\.count)
    }

    /// A row per dimension of `summary`, in framework order, then the overall row.
    public static func rows(of summary: GroupSummary, in framework: Framework, words: ReportWords) -> [FigureRow] {
        let dimensions = zip(framework.dimensions, summary.dimensions).map { dimension, figures in
            FigureRow(id: dimension.id, name: dimension.name, scores: figures.scores, unknowns: figures.unknowns, framework: framework,
                      words: words)
        }
        return dimensions + [FigureRow(id: nil, name: words(.overall), scores: summary.overall,
                                       unknowns: summary.dimensions.reduce(0) { $0 + $1.unknowns }, framework: framework,
                                       words: words)]
    }

    public var isOverall: Bool { id == nil }
}
