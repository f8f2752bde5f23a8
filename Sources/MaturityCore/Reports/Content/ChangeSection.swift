/// One organisation's change over time as every format shows it, worked out once from a
/// `ChangeOverTime`: each round's name and figures, and for each step (and from the first round
/// to the last) every dimension's means before and after, the change and the stage movement.
public struct ChangeSection: Sendable, Equatable {
    public struct Round: Sendable, Equatable {
        /// "2026-06-10", or "2026-06-10 to 2026-06-12" for a round of several days.
        public var name: String
        public var responses: Int
        public var overall: ScoreText
        /// Each dimension's mean, in framework order.
        public var dimensions: [ScoreText]
    }

    /// One dimension (or the overall score) from one round to another.
    public struct Row: Sendable, Equatable {
        /// Nil for the overall score.
        public var id: String?
        public var name: String
        public var before: ScoreText
        public var after: ScoreText
        /// "+0.3", "-1.2", "0.0"; nil when either side is not scored.
        public var change: String?
        public var movement: ScoreChange.Movement?

        public var isOverall: Bool { id == nil }

        init(id: String?, name: String, _ change: ScoreChange, framework: Framework) {
            self.id = id
            self.name = name
            before = ScoreText(change.before, in: framework)
            after = ScoreText(change.after, in: framework)
            self.change = change.difference == nil ? nil : ScoreChange.display(difference: change.difference)
            movement = change.movement
        }
    }

    public struct Step: Sendable, Equatable {
        /// Indices into `rounds`.
        public var from: Int
        public var to: Int
        /// Each dimension, then the overall score.
        public var rows: [Row]
    }

    public var rounds: [Round]
    /// Each round to the next.
    public var steps: [Step]
    /// The first round to the last: the same as the only step when there are two rounds.
    public var firstToLast: Step

    public init(_ change: ChangeOverTime, in framework: Framework, words: ReportWords) {
        rounds = change.points.map { point in
            Round(name: words.days(point.firstDay, point.lastDay), responses: point.summary.respondents,
                  overall: ScoreText(point.summary.overall.mean, in: framework),
                  dimensions: point.summary.dimensions.map { ScoreText($0.scores.mean, in: framework) })
        }
        func name(_ id: String) -> String { framework.dimensions.first { $0.id == id }?.name ?? id }
        steps = change.steps.map { step in
            Step(from: step.from, to: step.to,
                 rows: step.dimensions.map { Row(id: $0.dimensionID, name: name($0.dimensionID), $0.change, framework: framework) }
                    + [Row(id: nil, name: words(.overall), step.overall, framework: framework)])
        }
        let scale = framework.scale
        let first = change.points.first?.summary
        let last = change.points.last?.summary
        let dimensions = (first?.dimensions ?? []).indices.map { index in
            Row(id: first?.dimensions[index].dimensionID, name: name(first?.dimensions[index].dimensionID ?? ""),
                ScoreChange(before: first?.dimensions[index].scores.mean,
                            after: (last?.dimensions.indices.contains(index) ?? false) ? last?.dimensions[index].scores.mean : nil,
                            scale: scale), framework: framework)
        }
        let overall = Row(id: nil, name: words(.overall), ScoreChange(before: first?.overall.mean, after: last?.overall.mean,
                                                                scale: scale), framework: framework)
        firstToLast = Step(from: 0, to: max(0, change.points.count - 1), rows: dimensions + [overall])
    }
}
