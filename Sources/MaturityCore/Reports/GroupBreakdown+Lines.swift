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
    public func othersLine(words: ReportWords) -> (name: String, summary: GroupSummary)? {
        guard let others, !groups.isEmpty else { return nil }
        let phrase: ReportPhrase = switch (field, withoutValue == 0, hidden.people == 0) {
        case (.team, true, _): .othersSmallerTeams
        case (.team, false, true): .othersNoTeam
        case (.team, false, false): .othersSmallerOrNoTeams
        case (.role, true, _): .othersSmallerRoles
        case (.role, false, true): .othersNoRole
        case (.role, false, false): .othersSmallerOrNoRoles
        }
        return (words.counted(phrase, hidden.people + withoutValue), others)
    }

    /// The groups shown by name, then the others line when there is one.
    public func lines(words: ReportWords) -> [Line] {
        groups.map { Line(name: $0.name, summary: $0.summary, isOthers: false) }
            + (othersLine(words: words).map { [Line(name: $0.name, summary: $0.summary, isOthers: true)] } ?? [])
    }
}
