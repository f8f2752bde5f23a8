/// Everything a report shows, worked out once from a `Report`: the rows of figures with their
/// display strings, the completeness, where people differ, the next steps, the groups and the
/// sentence on rounds. The HTML, Markdown, CSV and JSON writers only lay it out, so a figure
/// or a next step reads the same in every format (ReportContentTests renders one report in each
/// and checks). The workshop view builds its rows with the same types.
public struct ReportContent: Sendable {
    /// One line of the groups by team or role: a group, the others together, or everyone.
    public struct GroupLine: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case group, others, everyone
        }

        public var name: String
        public var kind: Kind
        public var people: Int
        public var overall: ScoreText
        /// In framework order.
        public var dimensions: [ScoreText]

        public init(name: String, kind: Kind, summary: GroupSummary, framework: Framework) {
            self.name = name
            self.kind = kind
            people = summary.respondents
            overall = ScoreText(summary.overall.mean, in: framework)
            dimensions = summary.dimensions.map { ScoreText($0.scores.mean, in: framework) }
        }
    }

    /// One area of the framework: its dimensions, and the figures over people's area scores
    /// (for one person, `figures.mean` is their own area score).
    public struct AreaRow: Sendable, Equatable {
        public var id: String
        public var name: String
        /// The names of its dimensions, in the area's order.
        public var dimensionNames: [String]
        public var figures: FigureRow
    }

    /// Each dimension, then the overall score.
    public var figures: [FigureRow]
    /// The dimensions with the highest and lowest mean; nil when they read the same.
    public var extremes: Extremes?
    /// Each area, in the framework's order; empty when the framework has none.
    public var areas: [AreaRow]
    /// For a report of one response, that person's lines (each dimension, then overall); empty otherwise.
    public var person: [PersonRow]
    /// The share of all questions with any answer: "99%", as the language writes it.
    public var completeness: String
    public var splits: SplitSection
    /// From the stage of each dimension's group mean; for one person, their own stages.
    public var nextSteps: [NextStep]
    /// For a report of one response, each question's own next step for the answer given, in
    /// question order; empty otherwise.
    public var questionSteps: [ResultSummary.QuestionStep]
    /// The groups shown, the others, then everyone; empty without a breakdown.
    public var groupLines: [GroupLine]
    /// The one sentence saying the figures are the latest round's; nil when there was one round.
    public var roundSentence: String?
    /// One organisation's rounds and their change; nil when there is no change over time.
    public var change: ChangeSection?
    /// Each dimension, then the overall score, beside the sector; empty without a benchmark.
    public var sector: [SectorRow]

    /// The content of a report's parts (`Report` makes it once, as it is made).
    init(framework: Framework, group: GroupSummary, single: Report.Respondent?, breakdown: GroupBreakdown?,
         overTime: ChangeOverTime?, comparison: BenchmarkComparison?, earlierRounds: Int,
         latestRoundDays: (first: String, last: String)?, words: ReportWords) {
        figures = FigureRow.rows(of: group, in: framework, words: words)
        extremes = Extremes(dimensions: figures.filter { $0.id != nil })
        areas = zip(framework.areas, group.areas).map { area, summary in
            AreaRow(id: area.id, name: area.name,
                    dimensionNames: area.dimensionIDs.compactMap { id in framework.dimensions.first { $0.id == id }?.name },
                    figures: FigureRow(id: area.id, name: area.name, scores: summary.scores, unknowns: 0, framework: framework,
                                       words: words))
        }
        person = single.map { PersonRow.rows(of: $0.summary, scores: $0.scores, in: framework, words: words) } ?? []
        completeness = words.percent(group.completeness)
        splits = SplitSection(group, in: framework, words: words)
        nextSteps = NextStep.steps(atStages: group.dimensions.map(\.scores.meanStage), in: framework)
        questionSteps = single?.summary.questionSteps ?? []
        if let breakdown {
            groupLines = breakdown.lines(words: words).map {
                GroupLine(name: $0.name, kind: $0.isOthers ? .others : .group, summary: $0.summary, framework: framework)
            } + [GroupLine(name: words(.everyone), kind: .everyone, summary: breakdown.whole, framework: framework)]
        } else {
            groupLines = []
        }
        change = overTime.map { ChangeSection($0, in: framework, words: words) }
        sector = comparison.map { SectorRow.rows(of: $0, in: framework, words: words) } ?? []
        roundSentence = Self.roundSentence(group: group, overTime: overTime, earlierRounds: earlierRounds,
                                           latestRoundDays: latestRoundDays, words: words)
    }

    /// The rows of the dimensions, without the overall one.
    public var dimensionRows: [FigureRow] { figures.filter { !$0.isOverall } }

    /// The overall row.
    public var overallRow: FigureRow? { figures.last { $0.isOverall } }

    static func roundSentence(group: GroupSummary, overTime: ChangeOverTime?, earlierRounds: Int,
                              latestRoundDays: (first: String, last: String)?, words: ReportWords) -> String? {
        guard earlierRounds > 0, let days = latestRoundDays else { return nil }
        if let overTime {
            // Counted by the earlier rounds: "the earlier round" or "the earlier rounds".
            return words.counted(.roundsLatest, overTime.points.count - 1,
                                 ["span": words.days(days.first, days.last), "responses": words.responses(group.respondents),
                                  "earlier": words.responses(earlierRounds)])
        }
        return words.counted(.roundsEach, AssessmentRounds.gapDays, ["earlier": words.responses(earlierRounds)])
    }
}
