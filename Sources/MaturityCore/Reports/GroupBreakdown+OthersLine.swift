/// The line every report format shows after the groups shown by name.
extension GroupBreakdown {
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
}
