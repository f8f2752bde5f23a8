/// The report's words as the HTML writer uses them: every phrase filled with plain values and
/// then escaped as a whole (`HTMLMarkup.phrase`), and every figure written the language's way.
extension ReportWords {
    /// A phrase as element content; `markup` fills blanks with markup the writer made.
    func html(_ phrase: ReportPhrase, _ values: [String: String] = [:], markup: [String: String] = [:]) -> String {
        HTMLMarkup.phrase(values, markup: markup) { self(phrase, $0) }
    }

    /// A counted phrase as element content.
    func html(_ phrase: ReportPhrase, count: Int, _ values: [String: String] = [:], markup: [String: String] = [:]) -> String {
        HTMLMarkup.phrase(values, markup: markup) { counted(phrase, count, $0) }
    }

    /// A whole number with its digits grouped the language's way, escaped (the separator
    /// comes from a language file).
    func htmlNumber(_ value: Int) -> String { HTMLMarkup.line(number(value)) }

    /// Text in the language's quotation marks: “x”, « x ».
    func quoted(_ text: String) -> String { self(.htmlQuoted, ["text": text]) }

    /// "about the 62nd": the percentile as an ordinal, in the form the language's ordinal
    /// rule picks (`PluralRules.ordinalCategory`: `report-html-ordinal-one`, `-two`, `-few`, `-other`).
    func percentile(_ value: Int) -> String {
        let form: ReportPhrase = switch PluralRules.ordinalCategory(of: value, language: language) {
        case .one: .htmlOrdinalOne
        case .two: .htmlOrdinalTwo
        case .few: .htmlOrdinalFew
        default: .htmlOrdinalOther
        }
        return self(.htmlPercentile, ["ordinal": self(form, ["number": number(value)])])
    }
}
