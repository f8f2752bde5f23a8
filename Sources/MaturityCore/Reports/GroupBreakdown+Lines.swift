/// The lines every report format and the workshop view show for a grouping.
extension GroupBreakdown {
    /// One line of a grouping: a group shown by name, or everyone else together.
    public struct Line: Sendable, Equatable {
        public var name: String
        public var summary: GroupSummary
        /// True for the "others" line, which names none of its groups.
        public var isOthers: Bool
    }

    /// Everyone in no shown group, as one line whose name names none of their groups ("4 people
    /// in smaller teams"); nil when they are fewer than the minimum, or when no group is shown
    /// by name, as the line would then be everyone again.
    public var othersLine: (name: String, summary: GroupSummary)? {
        guard let others, !groups.isEmpty else { return nil }
        let people = hidden.people + withoutValue
        let fieldName = field == .team ? "team" : "role"
        let name = withoutValue == 0 ? "\(people) people in smaller \(fieldName)s"
            : hidden.people == 0 ? "\(people) people with no \(fieldName)" : "\(people) people in smaller or no \(fieldName)s"
        return (name, others)
    }

    /// The groups shown by name, then the others line when there is one.
    public var lines: [Line] {
        groups.map { Line(name: $0.name, summary: $0.summary, isOthers: false) }
            + (othersLine.map { [Line(name: $0.name, summary: $0.summary, isOthers: true)] } ?? [])
    }
}
