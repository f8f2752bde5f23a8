extension SchemaReader {
    /// The widest label, in terminal columns: a label names an answer in a few words, and it is
    /// shown beside the statements and inside sentences, on screens as narrow as 40 columns.
    public static let answerLabelWidthLimit = 40

    /// A framework's or a translation's name for an answer that is not a stage (`dont-know` or
    /// `not-applicable`): one line of text, at most `answerLabelWidthLimit` columns wide. Nil
    /// when the key is absent or its value is reported as wrong.
    public mutating func answerLabel(_ key: String, of fields: Fields, in what: String) -> String? {
        guard let entry = fields[key], let value = text(key, of: fields, in: what) else { return nil }
        let label = value.trimmingWhitespaceAndNewlines()
        if label.contains(where: \.isNewline) {
            error("\"\(key)\" of \(what) is on several lines, but a label must fit on one line", at: entry.value.mark,
                  hint: "write the label after the colon, on one line: `\(key): \(String(label.split(whereSeparator: \.isNewline).first ?? "").excerpt())`",
                  code: "answer-label-on-several-lines")
            return nil
        }
        let width = DisplayWidth.of(label)
        if width > Self.answerLabelWidthLimit {
            error("\"\(key)\" of \(what) is \(width) columns wide, more than the \(Self.answerLabelWidthLimit) a label may take",
                  at: entry.value.mark,
                  hint: "name the answer in a few words, such as \"Not sure\"; say more in a question's guidance",
                  code: "answer-label-too-long")
            return nil
        }
        return label
    }
}
