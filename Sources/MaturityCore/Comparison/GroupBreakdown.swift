/// Responses split by a field (team or role), each group shown summarised on its own, the rest
/// together as one line, and everyone as the whole. Which groups may be shown is
/// `DisclosureRule`'s decision: a group smaller than the minimum size is not shown, nor one
/// whose figures, with the others shown, would give a smaller group away; its respondents
/// still count in the whole.
public struct GroupBreakdown: Sendable, Equatable {
    /// The field responses are grouped by.
    public enum Field: String, Sendable, CaseIterable {
        case team
        case role

        func value(of response: Response) -> String? {
            switch self {
            case .team: return response.team
            case .role: return response.role
            }
        }
    }

    /// A group shown on its own.
    public struct Group: Sendable, Equatable {
        /// The field's value as people wrote it (see `GroupBreakdown` on matching).
        public var name: String
        public var summary: GroupSummary

        public init(name: String, summary: GroupSummary) {
            self.name = name
            self.summary = summary
        }
    }

    /// Groups not shown: only how many, and how many people are in them.
    public struct Hidden: Sendable, Equatable {
        public var groups: Int
        public var people: Int
        /// Of `groups`, those large enough to show that are hidden all the same, so that the
        /// smaller ones cannot be worked out from the whole.
        public var protecting: Int

        public init(groups: Int, people: Int, protecting: Int = 0) {
            self.groups = groups
            self.people = people
            self.protecting = protecting
        }
    }

    /// Groups of fewer respondents than this are hidden unless asked otherwise.
    public static let defaultMinimumSize = 3

    public var field: Field
    public var minimumSize: Int
    /// Every response to the framework, grouped or not.
    public var whole: GroupSummary
    /// Groups of at least `minimumSize` respondents, ordered by name.
    public var groups: [Group]
    public var hidden: Hidden
    /// Respondents who left the field empty: in no group, but in the whole.
    public var withoutValue: Int
    /// Everyone in no shown group (hidden groups and those who left the field empty) taken
    /// together, when they are at least the minimum and there are groups at all: a line that
    /// can be shown as "N people in smaller groups" without naming any group.
    public var others: GroupSummary?

    /// Groups responses by `field`. Values are matched ignoring case and extra white space,
    /// so "Fundraising" and "fundraising " are one group. A `minimumSize` below 1 counts as 1.
    public init(responses: [Response], framework: Framework, by field: Field,
                minimumSize: Int = GroupBreakdown.defaultMinimumSize) {
        let split = FrameworkSplit(responses, framework: framework)
        self.init(scored: ScoredResponse.scoreAll(split.matching, in: framework), framework: framework, by: field,
                  minimumSize: minimumSize, leftOut: split.leftOut)
    }

    /// Groups responses already scored against `framework` (and known to answer it), by one field.
    init(scored: [ScoredResponse], framework: Framework, by field: Field, minimumSize: Int,
         leftOut: [LeftOutResponse] = []) {
        let partition = DisclosureRule.partitions(of: scored.map { [field.value(of: $0.response)] }, fields: [field],
                                                  minimumSize: minimumSize)[0]
        self.init(scored: scored, framework: framework, partition: partition, minimumSize: minimumSize, leftOut: leftOut)
    }

    /// The figures of each line of a partition made by `DisclosureRule` over `scored`.
    init(scored: [ScoredResponse], framework: Framework, partition: GroupPartition, minimumSize: Int,
         leftOut: [LeftOutResponse] = [], whole: GroupSummary? = nil) {
        field = partition.field
        self.minimumSize = max(1, minimumSize)
        self.whole = whole ?? GroupSummary(scored: scored, framework: framework, leftOut: leftOut)
        groups = partition.shown.map { line in
            Group(name: line.name, summary: GroupSummary(scored: line.members.map { scored[$0] }, framework: framework))
        }
        hidden = partition.hidden
        withoutValue = partition.withoutValue
        // The pool is a line of its own only beside groups shown by name: alone it is the whole.
        let anyGroup = !partition.shown.isEmpty || partition.hidden.groups > 0
        others = anyGroup && partition.pool.count >= self.minimumSize
            ? GroupSummary(scored: partition.pool.map { scored[$0] }, framework: framework) : nil
    }

    /// The shown group with this name (matched as the grouping matches), or nil when it is
    /// hidden or absent.
    public func group(named name: String) -> Group? {
        let key = GroupName.key(name)
        return groups.first { GroupName.key($0.name) == key }
    }
}
