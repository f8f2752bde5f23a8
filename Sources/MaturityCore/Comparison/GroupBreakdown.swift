/// Responses split by a field (team or role), each group summarised on its own. A group
/// smaller than the minimum size is not shown, so that a few people's answers cannot be
/// picked out; its respondents still count in the whole.
///
/// Hiding small groups is not enough on its own: the whole's mean times its size, less each
/// shown group's mean times its size, gives the mean of everyone not shown. So when the people
/// in no shown group (hidden groups, and those who left the field empty) number more than none
/// but fewer than the minimum, the smallest shown groups are hidden too until they do not.
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

    /// Groups responses already scored against `framework` (and known to answer it).
    init(scored: [ScoredResponse], framework: Framework, by field: Field, minimumSize: Int,
         leftOut: [LeftOutResponse] = []) {
        let minimumSize = max(1, minimumSize)
        var members: [String: [ScoredResponse]] = [:]
        var withoutValue = 0
        for item in scored {
            if let key = GroupName.key(field.value(of: item.response)) {
                members[key, default: []].append(item)
            } else {
                withoutValue += 1
            }
        }
        var large: [(key: String, name: String, items: [ScoredResponse])] = []
        var hidden = Hidden(groups: 0, people: 0)
        var leftOver: [ScoredResponse] = scored.filter { GroupName.key(field.value(of: $0.response)) == nil }
        for (key, items) in members {
            if items.count >= minimumSize {
                large.append((key, GroupName.display(items.compactMap { field.value(of: $0.response) }), items))
            } else {
                hidden.groups += 1
                hidden.people += items.count
                leftOver += items
            }
        }
        // Secondary suppression: the people in no shown group must be none or at least the
        // minimum, or their mean could be worked out. Hide the smallest shown groups (the
        // first by name among equals, so the choice never depends on the order of files)
        // until that holds.
        large.sort { ($0.items.count, $0.key) < ($1.items.count, $1.key) }
        while !large.isEmpty, !leftOver.isEmpty, leftOver.count < minimumSize {
            let folded = large.removeFirst()
            hidden.groups += 1
            hidden.people += folded.items.count
            hidden.protecting += 1
            leftOver += folded.items
        }
        let groups = large.map { Group(name: $0.name, summary: GroupSummary(scored: $0.items, framework: framework)) }
        let anyGroup = !groups.isEmpty || hidden.groups > 0
        others = anyGroup && leftOver.count >= minimumSize ? GroupSummary(scored: leftOver, framework: framework) : nil
        self.field = field
        self.minimumSize = minimumSize
        whole = GroupSummary(scored: scored, framework: framework, leftOut: leftOut)
        self.groups = groups.sorted { $0.name.lowercased() < $1.name.lowercased() }
        self.hidden = hidden
        self.withoutValue = withoutValue
    }

    /// The shown group with this name (matched as the grouping matches), or nil when it is
    /// hidden or absent.
    public func group(named name: String) -> Group? {
        let key = GroupName.key(name)
        return groups.first { GroupName.key($0.name) == key }
    }
}
