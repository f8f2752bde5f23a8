extension LanguageFile {
    /// Reads a language file, with every problem located; nil when it cannot be used at all.
    public static func decode(_ document: ParsedDocument) -> (file: LanguageFile?, diagnostics: [Diagnostic]) {
        var schema = SchemaReader(file: document.source.name)
        guard let root = document.root,
              let fields = schema.fields(of: root, in: "the language file", known: topLevelKeys, required: ["program", "language", "texts"]) else {
            return (nil, document.diagnostics + schema.diagnostics)
        }
        if let entry = fields["program"], let program = schema.text(of: entry.value, named: "\"program\""), program != "maturity" {
            schema.error("this language file is for \"\(program)\", not for maturity", at: entry.value.mark, hint: "write `program: maturity`", code: "language-file-of-another")
        }
        let language = schema.language("language", of: fields, in: "the language file")
        var separator = "."
        if let entry = fields["decimal-separator"], let value = schema.text(of: entry.value, named: "\"decimal-separator\"") {
            if value.count == 1 {
                separator = value
            } else {
                schema.error("the decimal separator should be one character, such as \".\" or \",\"", at: entry.value.mark, code: "invalid-decimal-separator")
            }
        }
        var thousands = ","
        if let entry = fields["thousands-separator"], let value = schema.text(of: entry.value, named: "\"thousands-separator\"", allowEmpty: true) {
            if value.count <= 1 {
                thousands = value
            } else {
                schema.error("the thousands separator should be one character, such as \",\" or a no-break space (\"\\u00A0\"), or nothing (\"\")",
                             at: entry.value.mark, code: "invalid-thousands-separator")
            }
        }
        var date = try! MessageTemplate("{year}-{month}-{day}")
        if let entry = fields["date"], let value = schema.text(of: entry.value, named: "\"date\"") {
            if let template = template(value, at: entry.value.mark, schema: &schema) {
                let unknown = Set(template.blanks).subtracting(dateBlanks)
                if !unknown.isEmpty {
                    schema.error("a date has only {day}, {month} and {year}, not {\(unknown.sorted().joined(separator: "}, {"))}", at: entry.value.mark, code: "unknown-blank")
                } else if Set(template.blanks) != dateBlanks {
                    schema.warning("the date leaves out {\(dateBlanks.subtracting(template.blanks).sorted().joined(separator: "}, {"))}",
                                   at: entry.value.mark, hint: "a date such as {day}/{month}/{year} shows all three", code: "blank-left-out")
                    date = template
                } else {
                    date = template
                }
            }
        }
        var texts: [String: Entry] = [:]
        var places: [String: SourceMark] = [:]
        if let node = fields["texts"]?.value, !node.isInvalid {
            if let entries = node.entries {
                for entry in entries where !entry.value.isInvalid {
                    places[entry.key] = entry.keyMark
                    if let phrase = self.entry(entry.value, named: entry.key, at: entry.keyMark, schema: &schema) { texts[entry.key] = phrase }
                }
            } else {
                schema.error("\"texts\" should be a group of phrases, one per line (`question-of: Question {number} of {total}`), but it is \(node.kindDescription)",
                             at: node.mark, code: "expected-group")
            }
        }
        let diagnostics = document.diagnostics + schema.diagnostics
        guard let language, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (LanguageFile(language: language, decimalSeparator: separator, thousandsSeparator: thousands, date: date, texts: texts, places: places), diagnostics)
    }

    /// A phrase: a sentence, or a group of plural forms (`one:`, `other:` and the others).
    static func entry(_ node: Node, named key: String, at keyMark: SourceMark, schema: inout SchemaReader) -> Entry? {
        if let text = node.scalar {
            return template(text, at: node.mark, schema: &schema).map(Entry.text)
        }
        guard let entries = node.entries else {
            schema.error("\"\(key)\" should be a sentence, or its plural forms (one:, other:, ...), but it is \(node.kindDescription)", at: node.mark, code: "expected-text")
            return nil
        }
        var forms: [PluralCategory: MessageTemplate] = [:]
        for entry in entries where !entry.value.isInvalid {
            guard let category = PluralCategory(rawValue: entry.key) else {
                let names = PluralCategory.allCases.map(\.rawValue)
                let suggestion = EditDistance.suggestion(for: entry.key, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
                schema.error("\"\(entry.key)\" is not a plural form\(suggestion)", at: entry.keyMark,
                             hint: "the forms are \(names.joined(separator: ", ")); every language has other", code: "unknown-plural-form")
                continue
            }
            guard let text = schema.text(of: entry.value, named: "the \"\(entry.key)\" form of \"\(key)\"", allowEmpty: false),
                  let template = template(text, at: entry.value.mark, schema: &schema) else { continue }
            forms[category] = template
        }
        if forms[.other] == nil && !forms.isEmpty {
            schema.error("\"\(key)\" has no \"other\" form", at: keyMark, hint: "every plural phrase needs `other:`, used for every number no other form covers", code: "missing-other-form")
        }
        return forms.isEmpty ? nil : .plural(forms)
    }

    static func template(_ text: String, at mark: SourceMark, schema: inout SchemaReader) -> MessageTemplate? {
        do {
            return try MessageTemplate(text)
        } catch {
            schema.error(error.message, at: mark, hint: "in \"\(text.count > 60 ? String(text.prefix(60)) + "…" : text)\", character \(error.offset + 1)", code: "broken-blank")
            return nil
        }
    }
}
