/// Language codes as frameworks, language files and LANG write them (`fr`, `fr-CA`,
/// `fr_FR.UTF-8@euro`).
public enum LanguageCode {
    /// The language without its region, script, encoding or variant, lower case: `fr` for
    /// `fr-CA` or `fr_FR.UTF-8`.
    public static func primary(_ code: String) -> String {
        code.split(whereSeparator: { "-_.@".contains($0) }).first.map { $0.lowercased() } ?? ""
    }
}
