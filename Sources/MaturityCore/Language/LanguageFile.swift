/// The program's own words in one language, read from a language file: every phrase of the
/// screens, line-by-line mode and reports, as whole sentences with named blanks, and plural
/// forms where a number is counted. English is the complete reference; a translator's file
/// gives what it can, and the English stands in for the rest.
///
/// ```yaml
/// program: maturity
/// language: fr
/// decimal-separator: ","
/// thousands-separator: "\u00A0"
/// date: "{day}/{month}/{year}"
/// texts:
///   question-of: Question {number} sur {total}
///   responses:
///     one: "{count} réponse"
///     other: "{count} réponses"
/// ```
public struct LanguageFile: Sendable {
    /// One phrase: a sentence, or one sentence per plural form.
    public enum Entry: Sendable, Equatable {
        case text(MessageTemplate)
        case plural([PluralCategory: MessageTemplate])

        /// Every blank the phrase uses, in any form.
        public var blanks: Set<String> {
            switch self {
            case .text(let template): return Set(template.blanks)
            case .plural(let forms): return Set(forms.values.flatMap(\.blanks))
            }
        }
    }

    public var language: String
    public var decimalSeparator: String
    /// Between groups of three digits: 12,345 or 12 345.
    public var thousandsSeparator: String
    /// The date's blanks are `day`, `month` and `year`.
    public var date: MessageTemplate
    public var texts: [String: Entry]
    /// Where each phrase is written, for messages about it.
    public var places: [String: SourceMark]

    public static let topLevelKeys = ["program", "language", "decimal-separator", "thousands-separator", "date", "texts"]
    public static let dateBlanks: Set = ["day", "month", "year"]

    public init(language: String, decimalSeparator: String = ".", thousandsSeparator: String = ",", date: MessageTemplate,
                texts: [String: Entry], places: [String: SourceMark] = [:]) {
        self.language = language
        self.decimalSeparator = decimalSeparator
        self.thousandsSeparator = thousandsSeparator
        self.date = date
        self.texts = texts
        self.places = places
    }

    /// True when a document's top level says it is a language file (`program: maturity`).
    public static func isLanguageFile(_ document: ParsedDocument) -> Bool {
        document.root?["program"] != nil
    }

    // MARK: - Using it

    /// A phrase with its blanks filled; nil when this file does not have it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String? {
        guard case .text(let template)? = texts[key] else { return nil }
        return template.filled(values)
    }

    /// A counted phrase in the form this language uses for `count` (its `other` form when the
    /// file lacks that one); nil when this file does not have the phrase.
    public func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String? {
        guard case .plural(let forms)? = texts[key] else { return nil }
        let category = PluralRules.category(of: count, language: language)
        return (forms[category] ?? forms[.other])?.filled(values)
    }

    /// A number written as this language writes it: 2.3, or 2,3.
    public func number(_ text: String) -> String {
        decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// A whole number with its digits grouped in threes: 12,345, or 12 345.
    public func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += thousandsSeparator }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    /// A date (`2026-11-21`) written as this language writes it; anything else as it is.
    public func day(_ isoDay: String) -> String {
        let parts = isoDay.split(separator: "-").map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return isoDay }
        return date.filled(["year": parts[0], "month": parts[1], "day": parts[2]])
    }
}
