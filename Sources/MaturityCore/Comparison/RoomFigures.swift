/// What a room may see of its own answers during one session (`maturity present` and
/// `maturity workshop`): the host can switch between the whole room, by team and by role at
/// any moment, so everything here is decided for all of them at once.
///
/// - Below the minimum group size, the room sees how many have answered and nothing else:
///   with three people, the lowest, the mean and the highest would give all three away.
/// - The groupings by team and by role are decided together by `DisclosureRule`, so that no
///   sum or difference of lines across both (Manager's mean over four less Finance's over
///   three) gives anyone away.
public struct RoomFigures: Sendable, Equatable {
    /// The fields the host can group by.
    public static let fields: [GroupBreakdown.Field] = [.team, .role]

    /// Complete responses counted.
    public var respondents: Int
    public var minimumSize: Int
    /// The whole room's figures; nil below the minimum.
    public var whole: GroupSummary?
    /// By team and by role, in `fields` order; empty below the minimum.
    public var breakdowns: [GroupBreakdown]
    /// The whole room's rows and where it differs, as the reports show them; empty and nil
    /// below the minimum.
    public var rows: [FigureRow]
    /// Each area's figures over people's area scores, in the framework's order; empty when the
    /// framework has no areas, or below the minimum.
    public var areaRows: [FigureRow] = []
    public var splits: SplitSection?

    /// An empty room.
    public init(framework: Framework, minimumSize: Int) {
        self.init(responses: [], framework: framework, minimumSize: minimumSize, words: .english)
    }

    /// The figures of `responses` (complete responses to `framework`, as `ResponseSelection`
    /// chose them). A `minimumSize` below 1 counts as 1.
    public init(responses: [Response], framework: Framework, minimumSize: Int, words: ReportWords) {
        let minimumSize = max(1, minimumSize)
        let scored = ScoredResponse.scoreAll(FrameworkSplit(responses, framework: framework).matching, in: framework)
        respondents = scored.count
        self.minimumSize = minimumSize
        guard scored.count >= minimumSize, !scored.isEmpty else {
            whole = nil
            breakdowns = []
            rows = []
            splits = nil
            return
        }
        let whole = GroupSummary(scored: scored, framework: framework)
        self.whole = whole
        rows = FigureRow.rows(of: whole, in: framework, words: words)
        areaRows = zip(framework.areas, whole.areas).map { area, summary in
            FigureRow(id: area.id, name: area.name, scores: summary.scores, unknowns: 0, framework: framework, words: words)
        }
        splits = SplitSection(whole, in: framework, words: words)
        let partitions = DisclosureRule.partitions(of: scored.map { item in Self.fields.map { $0.value(of: item.response) } },
                                                   fields: Self.fields, minimumSize: minimumSize)
        breakdowns = partitions.map {
            GroupBreakdown(scored: scored, framework: framework, partition: $0, minimumSize: minimumSize, whole: whole)
        }
    }

    /// The room by one field; nil below the minimum.
    public func breakdown(by field: GroupBreakdown.Field) -> GroupBreakdown? {
        breakdowns.first { $0.field == field }
    }

    /// Whether the room's figures may be shown at all.
    public var showsFigures: Bool { whole != nil }
}
