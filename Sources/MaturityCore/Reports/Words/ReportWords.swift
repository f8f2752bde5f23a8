/// A report's own words in one language (the `report-…` texts of languages/*.yaml): headings,
/// labels and sentences, each a whole template whose blanks are filled with values written as
/// the language writes them. The writers fill a phrase with plain values and then escape the
/// result for their format, so that neither a value nor a translator's text can format it.
public struct ReportWords: Sendable {
    /// The language file, completed from the English, so every phrase is there.
    public let file: LanguageFile

    public var language: String { file.language }
    /// The framework's own names for "don't know" and "not applicable", where it renames them.
    public private(set) var answerLabels: AnswerLabels?

    public init(_ file: LanguageFile) {
        self.file = file
    }

    /// The words for a language code (`es`, `fr-CA`): a trainer's file in `added` first, then
    /// the built-in one, else the English.
    public init(language code: String, added: [LanguageFile] = []) {
        self.init(BuiltInLanguages.words(for: code, added: added))
    }

    public static let english = ReportWords(BuiltInLanguages.english)

    /// These words with "don't know" and "not applicable" as the framework names them, as an
    /// answer and inside a sentence (every report phrase that quotes them takes them as a blank).
    public func forFramework(_ framework: Framework) -> ReportWords {
        var words = self
        words.answerLabels = framework.answerLabels
        return words
    }

    /// A phrase with its blanks filled.
    public func callAsFunction(_ phrase: ReportPhrase, _ values: [String: String] = [:]) -> String {
        if let label = answerLabel(phrase) { return label }
        return file.text(phrase.key, values) ?? file.plural(phrase.key, count: 0, values) ?? Self.missing(phrase)
    }

    /// A counted phrase in this language's form for `count`, its `{count}` filled in.
    public func counted(_ phrase: ReportPhrase, _ count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = values["count"] ?? file.grouped(count)
        return file.plural(phrase.key, count: count, values) ?? file.text(phrase.key, values) ?? Self.missing(phrase)
    }

    /// A figure as the language writes it ("2.8" or "2,8"); "—" and other text unchanged.
    public func number(_ shown: String) -> String { file.number(shown) }

    /// A whole number with its digits grouped ("12,345" or "12 345").
    public func number(_ count: Int) -> String { file.grouped(count) }

    /// A day (`2026-11-21`) as the language writes it.
    public func day(_ isoDay: String) -> String { file.day(isoDay) }

    /// A list as the language joins it: "a, b and c" (the `report-list-last` text).
    public func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return self(.listLast, ["list": items.dropLast().joined(separator: ", "), "last": last])
    }

    /// The framework's label standing for one of the answer phrases, in either form.
    func answerLabel(_ phrase: ReportPhrase) -> String? {
        switch phrase {
        case .dontKnow, .dontKnowInSentence: answerLabels?.dontKnow
        case .notApplicable, .notApplicableInSentence: answerLabels?.notApplicable
        default: nil
        }
    }

    /// Never shown from a shipped file: the English is complete (BuiltInLanguageTests).
    static func missing(_ phrase: ReportPhrase) -> String { "[\(phrase.key)]" }
}

extension ReportWords {
    /// The language a report speaks when none is asked for: the one most of its responses were
    /// given in (by primary code: `fr-CA` counts as `fr`); a tie goes to the framework's own
    /// language when it is among the most given, else to the first in alphabetical order.
    public static func language(of responses: [Response], framework: Framework) -> String {
        var counts: [String: Int] = [:]
        for response in responses { counts[LanguageCode.primary(response.language), default: 0] += 1 }
        guard let most = counts.values.max() else { return LanguageCode.primary(framework.language) }
        let tied = counts.filter { $0.value == most }.keys.sorted()
        let own = LanguageCode.primary(framework.language)
        return tied.contains(own) ? own : tied[0]
    }
}
