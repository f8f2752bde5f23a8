/// How free-text names (teams, roles, organisations) are matched: people type
/// "Fundraising", "fundraising " and "Fundraising  " for the same team.
enum GroupName {
    /// Trimmed, inner runs of white space made one space, case folded; nil when nothing is left.
    static func key(_ name: String?) -> String? {
        guard let name else { return nil }
        let words = name.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ").lowercased()
    }

    /// The spelling to show for a group: of the spellings used, the tidied one that sorts first,
    /// so the choice does not depend on the order of the responses.
    static func display(_ spellings: [String]) -> String {
        spellings.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.min() ?? ""
    }
}
