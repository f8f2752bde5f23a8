extension FrameworkTranslator {
    /// The framework's names for "don't know" and "not applicable", translated. A rename the
    /// translation leaves out is dropped, not kept: the base's words are in the base's language,
    /// so the translation's language then shows its own words for the answer.
    mutating func translateAnswerLabels(_ fields: SchemaReader.Fields, at mark: SourceMark) {
        framework.dontKnowLabel = translatedLabel(.dontKnow, of: framework.dontKnowLabel, fields, at: mark)
        framework.notApplicableLabel = translatedLabel(.notApplicable, of: framework.notApplicableLabel, fields, at: mark)
    }

    private mutating func translatedLabel(_ answer: SpecialAnswer, of original: String?, _ fields: SchemaReader.Fields,
                                          at mark: SourceMark) -> String? {
        let key = answer.rawValue
        let translated = schema.answerLabel(key, of: fields, in: "the translation")
        guard original != nil else {
            if translated != nil, let entry = fields[key] {
                schema.warning("the framework does not rename \"\(key)\", so this translation of it is never shown",
                               at: entry.keyMark, hint: "delete it here, or give the framework a `\(key):` label first",
                               code: "translation-never-shown")
            }
            return nil
        }
        // A value reported as wrong, or a misspelt key taken for this one, is not also
        // reported as missing: one mistake, one message.
        let misspelt = fields.entries.contains {
            !Self.topLevelKeys.contains($0.key) && EditDistance.suggestion(for: $0.key, among: Self.topLevelKeys) == key
        }
        if translated == nil && fields[key] == nil && !misspelt {
            schema.warning("the label \"\(key)\" is not translated; the words of the translation's language are shown for it",
                           at: mark, hint: "add a line `\(key): ...` with the framework's name for this answer, translated",
                           code: "not-translated")
        }
        return translated
    }
}
