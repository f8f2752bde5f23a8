import MaturityCore

/// The room split by team or by role, as the workshop view shows it without letting anyone's
/// answers be picked out: the groups `GroupBreakdown` shows (each at least the minimum, with
/// any group hidden that would give a smaller one away by subtraction), then everyone else as
/// one line, "N people in smaller groups", which names no group.
public struct PresenterGroups: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var name: String
        public var people: Int
        public var summary: GroupSummary
    }

    /// Groups shown by name, each of at least the minimum size, ordered by name.
    public private(set) var shown: [Group]
    /// Everyone else, when they are at least the minimum: the "smaller groups" line.
    public private(set) var pool: Group?
    /// Groups not shown by name (too small, or hidden to protect one that was).
    public private(set) var pooledGroups: Int
    /// People in no line at all: only when they are fewer than the minimum.
    public private(set) var unshownPeople: Int

    public init(responses: [Response], framework: Framework, field: GroupBreakdown.Field, minimumSize: Int) {
        let breakdown = GroupBreakdown(responses: responses, framework: framework, by: field, minimumSize: minimumSize)
        shown = breakdown.groups.map { Group(name: $0.name, people: $0.summary.respondents, summary: $0.summary) }
        pooledGroups = breakdown.hidden.groups
        let leftOver = breakdown.hidden.people + breakdown.withoutValue
        if let others = breakdown.others {
            let name = breakdown.withoutValue == 0 ? "in smaller groups" : "in smaller or no groups"
            pool = Group(name: "\(leftOver) people \(name)", people: leftOver, summary: others)
            unshownPeople = 0
        } else {
            pool = nil
            unshownPeople = leftOver
        }
    }

    /// Every line to draw: the shown groups, then the pool.
    public var lines: [Group] { shown + (pool.map { [$0] } ?? []) }
}
