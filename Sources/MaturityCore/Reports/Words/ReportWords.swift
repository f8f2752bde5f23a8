/// A report's own words in one language (the `report-…` texts of languages/*.yaml): headings,
/// labels and sentences, each a whole template whose blanks are filled with values written as
/// the language writes them. The writers fill a phrase with plain values and then escape the
/// result for their format, so that neither a value nor a translator's text can format it.
public struct ReportWords: Sendable {
    /// The language file, completed from the English, so every phrase is there.
    public let file: LanguageFile

    public var language: String { file.language }

    public init(_ file: LanguageFile) {
        self.file = file
    }

    /// The words for a language code (`es`, `fr-CA`): a trainer's file in `added` first, then
    /// the built-in one, else the English.
    public init(language code: String, added: [LanguageFile] = []) {
        self.init(BuiltInLanguages.words(for: code, added: added))
    }

    public static let english = ReportWords(BuiltInLanguages.english)

    /// These words with "don't know" and "not applicable" as the framework names them: as an
    /// answer, as a column, and inside every report sentence that quotes them, where the
    /// language's own words for the answer are replaced by the framework's (its blanks, filled
    /// with people's text, never are).
    public func forFramework(_ framework: Framework) -> ReportWords {
        guard let labels = framework.answerLabels else { return self }
        var renames: [(from: String, to: String)] = []
        func own(_ phrase: ReportPhrase) -> String { file.text(phrase.key) ?? "" }
        if let label = labels.dontKnow {
            renames += [.dontKnow, .dontKnowInSentence, .htmlColumnDontKnow, .htmlAnswerDontKnow].map { (own($0), label) }
        }
        if let label = labels.notApplicable {
            renames += [.notApplicable, .notApplicableInSentence].map { (own($0), label) }
        }
        let answers = Set([ReportPhrase.dontKnow, .dontKnowInSentence, .notApplicable, .notApplicableInSentence].map(\.key))
        return ReportWords(file.renaming(renames) { $0.hasPrefix("report-") || answers.contains($0) })
    }

    /// A phrase with its blanks filled.
    public func callAsFunction(_ phrase: ReportPhrase, _ values: [String: String] = [:]) -> String {
        file.text(phrase.key, values) ?? file.plural(phrase.key, count: 0, values) ?? Self.missing(phrase)
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

    /// A list as the language joins it: "a, b and c" (the `list-last` text, which the screens use too).
    public func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return self(.listLast, ["list": items.dropLast().joined(separator: ", "), "last": last])
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
