/// One organisation's rounds of the assessment (`AssessmentRounds`) in time order, each
/// summarised as a group, with each dimension's change from one round to the next.
public struct ChangeOverTime: Sendable, Equatable {
    /// The responses of one round, summarised.
    public struct Point: Sendable, Equatable {
        /// The calendar days (UTC, `2026-11-21`) of the earliest and latest update in the point.
        public var firstDay: String
        public var lastDay: String
        public var summary: GroupSummary

        public init(firstDay: String, lastDay: String, summary: GroupSummary) {
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.summary = summary
        }
    }

    /// One dimension's group mean at two neighbouring points.
    public struct DimensionChange: Sendable, Equatable {
        public var dimensionID: String
        public var change: ScoreChange

        public init(dimensionID: String, change: ScoreChange) {
            self.dimensionID = dimensionID
            self.change = change
        }
    }

    /// The changes from one point to the next.
    public struct Step: Sendable, Equatable {
        /// Indices into `points`.
        public var from: Int
        public var to: Int
        /// In framework order.
        public var dimensions: [DimensionChange]
        public var overall: ScoreChange

        public init(from: Int, to: Int, dimensions: [DimensionChange], overall: ScoreChange) {
            self.from = from
            self.to = to
            self.dimensions = dimensions
            self.overall = overall
        }

        /// The change in one dimension.
        public func change(in dimensionID: String) -> ScoreChange? {
            dimensions.first { $0.dimensionID == dimensionID }?.change
        }
    }

    public var organisation: String
    /// A response more than this many days after the one before it started a new round.
    public var maximumGapDays: Int { AssessmentRounds.gapDays }
    /// In time order, earliest first.
    public var points: [Point]
    /// Between each point and the next: `points.count - 1` steps.
    public var steps: [Step]
    /// Responses to this framework from other organisations, which are not part of the series.
    public var otherOrganisations: Int
    /// Responses to other frameworks, never mixed in.
    public var leftOut: [LeftOutResponse]

    /// Builds the series for `organisation` (matched ignoring case and extra white space) from
    /// responses to `framework`.
    public init(responses: [Response], framework: Framework, organisation: String) {
        let split = FrameworkSplit(responses, framework: framework)
        self.init(scored: ScoredResponse.scoreAll(split.matching, in: framework), framework: framework,
                  organisation: organisation, leftOut: split.leftOut)
    }

    /// The same, for responses already scored against `framework` (and known to answer it).
    init(scored: [ScoredResponse], framework: Framework, organisation: String, leftOut: [LeftOutResponse] = []) {
        let key = GroupName.key(organisation)
        let own = scored.filter { GroupName.key($0.response.organisation) == key }
        let runs = AssessmentRounds.rounds(own, response: \.response)
        let points = runs.map { run in
            Point(firstDay: run[0].response.updated.day, lastDay: run[run.count - 1].response.updated.day,
                  summary: GroupSummary(scored: run, framework: framework))
        }
        let scale = framework.scale
        self.organisation = organisation
        self.points = points
        steps = points.indices.dropFirst().map { index in
            let before = points[index - 1].summary
            let after = points[index].summary
            return Step(from: index - 1, to: index,
                        dimensions: zip(before.dimensions, after.dimensions).map { old, new in
                            DimensionChange(dimensionID: old.dimensionID,
                                            change: ScoreChange(before: old.scores.mean, after: new.scores.mean,
                                                                scale: scale))
                        },
                        overall: ScoreChange(before: before.overall.mean, after: after.overall.mean,
                                             scale: scale))
        }
        otherOrganisations = scored.count - own.count
        self.leftOut = leftOut
    }
}
