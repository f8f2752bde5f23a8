import MaturityCore

/// The room split by team or by role, as the workshop view may show it without letting
/// anyone's answers be picked out.
///
/// Two rules. A group smaller than the minimum is never shown on its own (primary
/// suppression). And because the whole room is on screen too, the people in no shown line
/// could be worked out by subtraction (the room's mean times its size, minus each shown
/// group's): so the people left over are pooled into one line, "N people in smaller groups",
/// and when they number fewer than the minimum, the smallest shown groups join the pool until
/// it holds at least the minimum (secondary suppression). The pool never names its groups.
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
    /// Groups folded into the pool (too small, or folded to protect one that was).
    public private(set) var pooledGroups: Int
    /// People in no line at all: only when the whole room is smaller than the minimum.
    public private(set) var unshownPeople: Int

    public init(responses: [Response], framework: Framework, field: GroupBreakdown.Field, minimumSize: Int) {
        let minimumSize = max(1, minimumSize)
        var members: [String: [Response]] = [:]
        var withoutValue: [Response] = []
        for response in responses {
            let value = field == .team ? response.team : response.role
            if let key = Self.key(value) { members[key, default: []].append(response) } else { withoutValue.append(response) }
        }
        // Smallest first, then by key, so that which group is folded never depends on file order.
        var candidates = members.filter { $0.value.count >= minimumSize }.sorted {
            ($0.value.count, $0.key) < ($1.value.count, $1.key)
        }
        var pooled = members.filter { $0.value.count < minimumSize }.flatMap(\.value) + withoutValue
        var pooledGroups = members.count - candidates.count
        while !pooled.isEmpty, pooled.count < minimumSize, !candidates.isEmpty {
            pooled += candidates.removeFirst().value
            pooledGroups += 1
        }
        shown = candidates.map { key, items in
            Group(name: Self.display(items.compactMap { field == .team ? $0.team : $0.role }), people: items.count,
                  summary: GroupSummary(responses: items, framework: framework))
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
        self.pooledGroups = pooledGroups
        if pooled.count >= minimumSize, !shown.isEmpty || pooledGroups > 0 {
            let name = withoutValue.isEmpty ? "in smaller groups" : "in smaller or no groups"
            pool = Group(name: "\(pooled.count) people \(name)", people: pooled.count,
                         summary: GroupSummary(responses: pooled, framework: framework))
            unshownPeople = 0
        } else {
            pool = nil
            unshownPeople = pooled.count
        }
    }

    /// Every line to draw: the shown groups, then the pool.
    public var lines: [Group] { shown + (pool.map { [$0] } ?? []) }

    /// As the reports match names: trimmed, inner spaces made one, case folded.
    static func key(_ name: String?) -> String? {
        guard let name else { return nil }
        let words = name.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ").lowercased()
    }

    /// Of the spellings used, the tidied one that sorts first.
    static func display(_ spellings: [String]) -> String {
        spellings.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.min() ?? ""
    }
}
