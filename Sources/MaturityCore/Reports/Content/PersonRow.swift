/// One line of one person's results (a dimension, or the overall score) as every format shows
/// it, worked out once from their `ResultSummary`: the score and stage, how far toward the next
/// stage in words, and how many questions they answered.
public struct PersonRow: Sendable, Equatable {
    /// The dimension's id, or nil for the overall score.
    public var id: String?
    /// The dimension's name, or "Overall" in the report's language.
    public var name: String
    public var score: ScoreText
    /// The next stage's name; nil at the last stage or when not scored.
    public var nextStage: String?
    /// How far from the stage to the next, 0..<1; nil at the last stage or when not scored.
    public var progress: Double?
    /// "75%" (as the language writes it); nil when there is no progress to show.
    public var progressShown: String?
    public var answered: Int
    public var total: Int
    /// "Don't know" answers.
    public var unknowns: Int

    public var isOverall: Bool { id == nil }

    /// "75% of the way to Developing", "last stage", or "—" when not scored.
    public var progressSentence: String

    init(id: String?, name: String, score: Double?, progress: Double?, answered: Int, total: Int, unknowns: Int,
         framework: Framework, words: ReportWords) {
        self.id = id
        self.name = name
        self.score = ScoreText(score, in: framework)
        self.progress = progress
        progressShown = progress.map(words.percent)
        nextStage = self.score.stageIndex.flatMap { framework.stages.indices.contains($0 + 1) ? framework.stages[$0 + 1].name : nil }
        self.answered = answered
        self.total = total
        self.unknowns = unknowns
        if self.score.value == nil {
            progressSentence = "—"
        } else if let progressShown, let nextStage {
            progressSentence = words(.wayToNext, ["percent": progressShown, "stage": nextStage])
        } else {
            progressSentence = words(.lastStage)
        }
    }

    /// A row per dimension of one person's results, in framework order, then the overall row.
    public static func rows(of summary: ResultSummary, scores: ResponseScores, in framework: Framework,
                            words: ReportWords) -> [PersonRow] {
        summary.dimensions.map { line in
            PersonRow(id: line.id, name: line.name, score: line.score, progress: line.progressToNext, answered: line.answered,
                      total: line.total, unknowns: line.dontKnow, framework: framework, words: words)
        } + [PersonRow(id: nil, name: words(.overall), score: summary.overall, progress: summary.progressToNext,
                       answered: scores.answered, total: scores.total, unknowns: summary.unknowns, framework: framework,
                       words: words)]
    }
}
