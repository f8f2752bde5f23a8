extension LanguageFile {
    /// How much of the reference a translation covers.
    public struct Coverage: Sendable, Equatable {
        public var translated: Int
        public var total: Int

        public init(translated: Int, total: Int) {
            self.translated = translated
            self.total = total
        }

        /// "212 of 230 texts translated".
        public var sentence: String { "\(translated) of \(total) texts translated" }
    }

    /// Phrases left untranslated are listed one by one up to this many, then summed up.
    static let missingListedOneByOne = 12

    /// Checks a translation against the reference (English): phrases the reference lacks and
    /// blanks it does not have are errors (the program would never show them, or show a blank
    /// unfilled); phrases not translated yet, blanks left out and plural forms the language does
    /// not use are warnings. Located in the translation's file.
    public func checked(against reference: LanguageFile, file: String) -> (diagnostics: [Diagnostic], coverage: Coverage) {
        var schema = SchemaReader(file: file)
        let start = SourceMark(line: 1, column: 1)
        let known = reference.texts.keys.sorted()
        for (key, entry) in texts.sorted(by: { ($0.value.placeOrder(places[$0.key]), $0.key) < ($1.value.placeOrder(places[$1.key]), $1.key) }) {
            let place = places[key] ?? start
            guard let original = reference.texts[key] else {
                let suggestion = EditDistance.suggestion(for: key, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
                schema.error("\"\(key)\" is not a text of maturity\(suggestion)", at: place,
                             hint: suggestion.isEmpty ? "docs/translating.md lists every text" : nil, code: "unknown-text")
                continue
            }
            switch (original, entry) {
            case (.text, .plural):
                schema.error("\"\(key)\" is one sentence in English, not a set of plural forms", at: place, hint: "write it as one sentence: `\(key): ...`", code: "plural-forms-not-wanted")
            case (.plural, .text):
                schema.error("\"\(key)\" counts something, so it needs plural forms", at: place,
                             hint: "write the forms your language uses below it: \(PluralRules.categories(for: language).map { "\($0.rawValue):" }.joined(separator: " "))", code: "plural-forms-needed")
            case (.plural, .plural(let forms)):
                let used = PluralRules.categories(for: language)
                for category in forms.keys.sorted() where !used.contains(category) {
                    schema.warning("\"\(key)\" has a \"\(category.rawValue)\" form, which \(language) does not use; it is never shown", at: place,
                                   hint: "\(language) uses \(used.map(\.rawValue).joined(separator: ", "))", code: "plural-form-not-used")
                }
                let missing = used.filter { forms[$0] == nil && $0 != .other }
                if !missing.isEmpty && forms[.other] != nil {
                    schema.warning("\"\(key)\" has no \(missing.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")) form; \"other\" is shown instead",
                                   at: place, code: "plural-form-missing")
                }
            case (.text, .text):
                break
            }
            let extra = entry.blanks.subtracting(original.blanks)
            if !extra.isEmpty {
                let available = original.blanks.sorted().map { "{\($0)}" }.joined(separator: ", ")
                schema.error("\"\(key)\" uses \(extra.sorted().map { "{\($0)}" }.joined(separator: ", ")), which the program does not fill in",
                             at: place, hint: available.isEmpty ? "this text has no blanks" : "this text's blanks are \(available)", code: "unknown-blank")
            }
            let unused = original.blanks.subtracting(entry.blanks)
            if !unused.isEmpty {
                schema.warning("\"\(key)\" leaves out \(unused.sorted().map { "{\($0)}" }.joined(separator: ", ")): that part of the English is not shown",
                               at: place, code: "blank-left-out")
            }
        }
        let missing = known.filter { texts[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(Self.missingListedOneByOne).joined(separator: ", ")
            let rest = missing.count > Self.missingListedOneByOne ? " and \(missing.count - Self.missingListedOneByOne) more" : ""
            schema.warning("\(missing.count) text\(missing.count == 1 ? " is" : "s are") not translated yet, and shown in English: \(shown)\(rest)",
                           at: start, code: "not-translated")
        }
        let covered = known.filter { texts[$0] != nil }.count
        return (schema.diagnostics, Coverage(translated: covered, total: known.count))
    }

    /// The language's words, with the reference's for every phrase it lacks.
    public func completed(from reference: LanguageFile) -> LanguageFile {
        var complete = self
        for (key, entry) in reference.texts where complete.texts[key] == nil { complete.texts[key] = entry }
        return complete
    }
}

private extension LanguageFile.Entry {
    /// Phrases are checked in the order they are written, so messages follow the file.
    func placeOrder(_ mark: SourceMark?) -> Int { (mark?.line ?? 0) * 10_000 + (mark?.column ?? 0) }
}
