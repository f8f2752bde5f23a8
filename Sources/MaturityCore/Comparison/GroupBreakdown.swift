/// Responses split by a field (team or role), each group summarised on its own. A group
/// smaller than the minimum size is not shown, so that a few people's answers cannot be
/// picked out; its respondents still count in the whole.
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

    /// Groups too small to show: only how many, and how many people are in them.
    public struct Hidden: Sendable, Equatable {
        public var groups: Int
        public var people: Int

        public init(groups: Int, people: Int) {
            self.groups = groups
            self.people = people
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

    /// Groups responses by `field`. Values are matched ignoring case and extra white space,
    /// so "Fundraising" and "fundraising " are one group. A `minimumSize` below 1 counts as 1.
    public init(responses: [Response], framework: Framework, by field: Field,
                minimumSize: Int = GroupBreakdown.defaultMinimumSize) {
        let split = FrameworkSplit(responses, framework: framework)
        self.init(scored: split.matching.map { ScoredResponse($0, in: framework) }, framework: framework, by: field,
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
        var groups: [Group] = []
        var hidden = Hidden(groups: 0, people: 0)
        for (_, items) in members {
            if items.count >= minimumSize {
                groups.append(Group(name: GroupName.display(items.compactMap { field.value(of: $0.response) }),
                                    summary: GroupSummary(scored: items, framework: framework)))
            } else {
                hidden.groups += 1
                hidden.people += items.count
            }
        }
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
