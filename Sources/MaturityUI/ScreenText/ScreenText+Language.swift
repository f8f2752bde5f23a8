import MaturityCore

/// Choosing a language's words, and joining numbers into a list the language's way.
extension ScreenText {
    /// "5", "5 and 6", "5, 6 and 7": at most `limit` numbers, then "and 3 more" (the joining
    /// words are the language's: `last` joins the last, `more` counts the rest).
    static func numberList(_ numbers: [String], last: (String, String) -> String, more: (String, Int) -> String,
                           limit: Int = 10) -> String {
        let shown = numbers.prefix(limit)
        if numbers.count > limit { return more(shown.joined(separator: ", "), numbers.count - limit) }
        guard shown.count > 1, let final = shown.last else { return shown.first ?? "" }
        return last(shown.dropLast().joined(separator: ", "), final)
    }

    /// The words for a language code such as `fr` or `fr-CA`; English for a language that has
    /// none. A language file given in `added` (found beside the frameworks) comes before the
    /// built-in one of its language, completed from the English.
    public init(language code: String, added: [LanguageFile] = []) {
        let words = BuiltInLanguages.words(for: code, added: added)
        self = added.isEmpty ? (Self.builtIn.first { $0.language == words.language } ?? ScreenText(words: words)) : ScreenText(words: words)
    }

    /// The languages built in, English first.
    public static let builtIn = BuiltInLanguages.files.map { ScreenText(words: $0) }

    /// The words in British English: those of every language without its own.
    public static let english = builtIn[0]
}
