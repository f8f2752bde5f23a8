/// Applies a translation file (`NAME.LANG.yaml`, keyed by id) to its framework.
///
/// A missing text is a warning and the original stays; an id the framework lacks is an error,
/// since it means the translation was written for another framework or version.
public struct FrameworkTranslator {
    static let topLevelKeys = ["translation", "language", "version", "title", "description",
                               "dont-know", "not-applicable", "stages", "dimensions", "questions", "areas"]

    public static func apply(_ document: ParsedDocument, to base: Framework) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        var translator = FrameworkTranslator(file: document.source.name, base: base)
        var result: Framework?
        if let root = document.root, !document.diagnostics.hasErrors || root.entries != nil {
            result = translator.translate(root)
        }
        let diagnostics = document.diagnostics + translator.schema.diagnostics
        return (diagnostics.hasErrors ? nil : result, diagnostics)
    }

    /// True when a document's top level says it is a translation rather than a framework.
    public static func isTranslation(_ document: ParsedDocument) -> Bool {
        document.root?["translation"] != nil
    }

    /// The framework id a translation names, if it names one.
    public static func targetID(of document: ParsedDocument) -> String? {
        document.root?["translation"]?.scalar
    }

    var schema: SchemaReader
    var framework: Framework

    init(file: String, base: Framework) {
        schema = SchemaReader(file: file)
        schema.checksWrittenText = true
        framework = base
    }

    mutating func translate(_ root: Node) -> Framework? {
        guard let fields = schema.fields(of: root, in: "the translation", known: Self.topLevelKeys,
                                         required: ["translation", "language", "version"]) else { return nil }
        if let entry = fields["translation"], let target = schema.text(of: entry.value, named: "\"translation\""),
           target != framework.id {
            schema.error("this translation is for \"\(target.excerpt(limit: 64))\", but it is being applied to \"\(framework.id)\"",
                         at: entry.value.mark, hint: "name the framework's id after `translation:`, or rename the file", code: "translation-of-another")
        }
        if let language = schema.language("language", of: fields, in: "the translation") {
            framework.language = language
        }
        if let entry = fields["version"], let version = schema.text(of: entry.value, named: "\"version\""),
           version != framework.version {
            schema.warning("this translation is of version \(version), but the framework is version \(framework.version)",
                           at: entry.value.mark, hint: "check the texts against the framework, then set `version: \"\(framework.version)\"`",
                           code: "translation-version")
        }
        framework.title = merged(framework.title, schema.text("title", of: fields, in: "the translation"), named: "the title", at: root.mark)
        framework.description = merged(framework.description, schema.text("description", of: fields, in: "the translation"),
                named: "the description", at: root.mark)
        translateAnswerLabels(fields, at: root.mark)
        translateStages(fields["stages"], at: root.mark)
        translateDimensions(fields["dimensions"], at: root.mark)
        translateQuestions(fields["questions"], at: root.mark)
        translateAreas(fields["areas"], at: root.mark)
        return framework
    }

    /// The translated text, or the original with a warning that it is missing.
    mutating func merged(_ original: String, _ translated: String?, named name: String, at mark: SourceMark) -> String {
        if let translated { return translated }
        schema.warning("\(name) is not translated; the original text is shown", at: mark, code: "not-translated")
        return original
    }

    /// The same for an optional text, read from `key` of `fields`. When the framework has no
    /// such text there is nothing to show a translation in: say so rather than drop it in silence.
    mutating func merged(_ original: String?, _ key: String, of fields: SchemaReader.Fields, owner: String,
                         named name: String, at mark: SourceMark) -> String? {
        let translated = schema.text(key, of: fields, in: owner)
        guard let original else {
            if translated != nil, let entry = fields[key] {
                schema.warning("\(owner) has no \(key) in the framework, so this translation of it is never shown",
                               at: entry.keyMark, hint: "delete it here, or give \(owner) a \(key) in the framework first", code: "translation-never-shown")
            }
            return nil
        }
        return merged(original, translated, named: name, at: mark)
    }

    /// The entries of a section keyed by id, reporting ids the framework lacks.
    mutating func section(_ entry: MappingEntry?, named name: String, ids: [String], kind: String,
                          at mark: SourceMark) -> [String: (fields: SchemaReader.Fields, mark: SourceMark)] {
        guard let entry else {
            if !ids.isEmpty { schema.warning("\"\(name)\" is missing, so no \(kind) is translated", at: mark, code: "not-translated") }
            return [:]
        }
        if entry.value.isInvalid { return [:] }
        guard let entries = entry.value.entries else {
            schema.error("\"\(name)\" should be a group of \(kind)s by id, but it is \(entry.value.kindDescription)",
                         at: entry.value.mark, hint: "write one \(kind) id per line below it, ending with a colon", code: "expected-group")
            return [:]
        }
        var result: [String: (SchemaReader.Fields, SourceMark)] = [:]
        var slips = Set<String>()
        let known = Set(ids)
        var suggester: EditDistance.Suggester?
        for item in entries {
            guard known.contains(item.key) else {
                if suggester == nil { suggester = EditDistance.Suggester(candidates: ids) }
                let suggestion = suggester?.suggestion(for: item.key)
                if let suggestion { slips.insert(suggestion) }
                schema.error("the framework has no \(kind) \"\(item.key.excerpt())\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                             at: item.keyMark, hint: "a translation may only use the ids of the framework it translates", code: "unknown-id")
                continue
            }
            schema.noteIDKey(item)
            let keys = kind == "stage" || kind == "area" ? ["name", "description"]
                : kind == "dimension" ? ["name", "description", "next-steps"] : ["text", "guidance", "statements", "next-steps"]
            if let fields = schema.fields(of: item.value, in: "the \(kind) \"\(item.key)\"", known: keys, required: []) {
                result[item.key] = (fields, item.keyMark)
            }
        }
        for id in ids where result[id] == nil && !slips.contains(id) && !entries.contains(where: { $0.key == id }) {
            schema.warning("the \(kind) \"\(id)\" is not translated; the original text is shown", at: entry.keyMark, code: "not-translated")
        }
        return result
    }

    mutating func translateStages(_ entry: MappingEntry?, at mark: SourceMark) {
        _ = translateNames(\.stages, entry, named: "stages", kind: "stage", at: mark)
    }

    mutating func translateAreas(_ entry: MappingEntry?, at mark: SourceMark) {
        // A framework without areas: a translation's `areas` is checked as a section of no ids.
        guard !framework.areas.isEmpty || entry != nil else { return }
        _ = translateNames(\.areas, entry, named: "areas", kind: "area", at: mark)
    }

    mutating func translateDimensions(_ entry: MappingEntry?, at mark: SourceMark) {
        let translated = translateNames(\.dimensions, entry, named: "dimensions", kind: "dimension", at: mark)
        for index in framework.dimensions.indices {
            guard let (fields, itemMark) = translated[framework.dimensions[index].id] else { continue }
            framework.dimensions[index].nextSteps = translatedNextSteps(fields["next-steps"], of: framework.dimensions[index].nextSteps,
                                                                        owner: "the dimension \"\(framework.dimensions[index].id)\"", at: itemMark)
        }
    }

    /// The names and descriptions of the stages, dimensions or areas, translated; returns each
    /// translated item's keys, for what else it may translate.
    mutating func translateNames<Item: NamedItem>(_ items: WritableKeyPath<Framework, [Item]>, _ entry: MappingEntry?, named name: String,
                                                  kind: String, at mark: SourceMark) -> [String: (fields: SchemaReader.Fields, mark: SourceMark)] {
        let translated = section(entry, named: name, ids: framework[keyPath: items].map(\.id), kind: kind, at: mark)
        for index in framework[keyPath: items].indices {
            let item = framework[keyPath: items][index]
            guard let (fields, itemMark) = translated[item.id] else { continue }
            let owner = "the \(kind) \"\(item.id)\""
            framework[keyPath: items][index].name = merged(item.name, schema.text("name", of: fields, in: owner),
                                                           named: "the name of \(owner)", at: itemMark)
            framework[keyPath: items][index].description = merged(item.description, "description", of: fields, owner: owner,
                                                                  named: "the description of \(owner)", at: itemMark)
        }
        return translated
    }

    /// The next steps of a dimension or a question, translated. They are checked even when the
    /// framework has none, so that a wrong stage id is an error and a text that would never be
    /// shown is a warning.
    mutating func translatedNextSteps(_ entry: MappingEntry?, of originals: [String: String], owner: String,
                                      at itemMark: SourceMark) -> [String: String] {
        var result = originals
        let (texts, slips) = stageTexts(entry, named: "the next steps of \(owner)", at: itemMark)
        for stage in framework.stages where !slips.contains(stage.id) {
            if let original = originals[stage.id] {
                result[stage.id] = merged(original, texts[stage.id]?.text ?? nil,
                        named: "the next step for \"\(stage.id)\" of \(owner)", at: itemMark)
            } else if let given = texts[stage.id] {
                if stage.id == framework.stages.last?.id {
                    schema.warning("\"\(stage.id)\" is the last stage, which has no next stage, so this next step is never shown",
                                   at: given.mark, hint: "delete it: people at the last stage are shown no next step", code: "translation-never-shown")
                } else {
                    schema.warning("\(owner) has no next step for \"\(stage.id)\" in the framework, so this translation of it is never shown",
                                   at: given.mark, hint: "delete it here, or add a next step for \"\(stage.id)\" to the framework first",
                                   code: "translation-never-shown")
                }
            }
        }
        return result
    }

    mutating func translateQuestions(_ entry: MappingEntry?, at mark: SourceMark) {
        let ids = framework.questions.map(\.id)
        let translated = section(entry, named: "questions", ids: ids, kind: "question", at: mark)
        for d in framework.dimensions.indices {
            for q in framework.dimensions[d].questions.indices {
                var question = framework.dimensions[d].questions[q]
                guard let (fields, itemMark) = translated[question.id] else { continue }
                let owner = "question \"\(question.id)\""
                question.text = merged(question.text, schema.text("text", of: fields, in: owner), named: "the text of \(owner)", at: itemMark)
                question.guidance = merged(question.guidance, "guidance", of: fields, owner: owner,
                        named: "the guidance of \(owner)", at: itemMark)
                let (texts, slips) = stageTexts(fields["statements"], named: "the statements of \(owner)", of: owner, at: itemMark)
                for (s, stage) in framework.stages.enumerated() where s < question.statements.count && !slips.contains(stage.id) {
                    question.statements[s] = merged(question.statements[s], texts[stage.id]?.text ?? nil,
                            named: "the statement for \"\(stage.id)\" of \(owner)", at: itemMark)
                    if let given = texts[stage.id] { translateGuidance(given, ofStatementAt: s, stage: stage.id, in: &question, owner: owner) }
                }
                question.nextSteps = translatedNextSteps(fields["next-steps"], of: question.nextSteps, owner: owner, at: itemMark)
                framework.dimensions[d].questions[q] = question
            }
        }
    }

    /// A statement's guidance: translated, or the original with a warning; or, where the
    /// framework gives the statement none, a warning that the translation is never shown.
    mutating func translateGuidance(_ given: StageText, ofStatementAt index: Int, stage: String, in question: inout Question, owner: String) {
        let statement = "the statement for \"\(stage)\" of \(owner)"
        if let original = question.guidance(forStatementAt: index) {
            question.statementGuidance[index] = merged(original, given.guidance, named: "the guidance of \(statement)", at: given.mark)
        } else if given.guidance != nil {
            schema.warning("\(statement) has no guidance in the framework, so this translation of it is never shown",
                           at: given.mark, hint: "delete it here, or give the statement guidance in the framework first",
                           code: "translation-never-shown")
        }
    }

    /// A translated text keyed by stage, with where its key is; a statement may carry guidance.
    struct StageText {
        /// Nil for a statement whose group gives only its guidance.
        var text: String?
        var guidance: String?
        var mark: SourceMark
    }

    /// Texts keyed by stage id; keys that are not stages are errors. Stages that a misspelt key
    /// was taken for come back as slips, so they are not also reported as untranslated. With an
    /// `owner`, they are statements: each may be a group of `text` and `guidance`.
    mutating func stageTexts(_ entry: MappingEntry?, named name: String, of owner: String? = nil,
                             at mark: SourceMark) -> (texts: [String: StageText], slips: Set<String>) {
        guard let entry, !entry.value.isInvalid else { return ([:], []) }
        guard let entries = entry.value.entries else {
            schema.error("\(name) should be a group of texts by stage, but it is \(entry.value.kindDescription)",
                         at: entry.value.mark, hint: "write one line per stage below it: `stage-id: text`", code: "expected-group")
            return ([:], [])
        }
        let stageIDs = framework.stages.map(\.id)
        let knownStages = Set(stageIDs)
        let suggester = EditDistance.Suggester(candidates: stageIDs)
        var texts: [String: StageText] = [:]
        var slips = Set<String>()
        for item in entries {
            guard knownStages.contains(item.key) else {
                let suggestion = suggester.suggestion(for: item.key)
                if let suggestion { slips.insert(suggestion) }
                schema.error("the framework has no stage \"\(item.key.excerpt())\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                             at: item.keyMark, hint: "the stages are: \(SchemaReader.listed(stageIDs))", code: "unknown-stage")
                continue
            }
            schema.noteIDKey(item)
            if let owner, item.value.entries != nil {
                let statement = "the statement for \"\(item.key)\" of \(owner)"
                guard let fields = schema.fields(of: item.value, in: statement, known: FrameworkDecoder.statementKeys, required: []) else { continue }
                // A group without its text: the statement is not translated, but its guidance may be.
                let text = schema.text("text", of: fields, in: statement)
                let guidance = schema.text("guidance", of: fields, in: statement)
                if text != nil || guidance != nil { texts[item.key] = StageText(text: text, guidance: guidance, mark: item.keyMark) }
            } else if let text = schema.text(of: item.value, named: "the text for \"\(item.key)\" in \(name)") {
                texts[item.key] = StageText(text: text, mark: item.keyMark)
            }
        }
        return (texts, slips)
    }
}

/// A stage, dimension or area: what a translation gives a name and a description.
protocol NamedItem {
    var id: String { get }
    var name: String { get set }
    var description: String? { get set }
}

extension Stage: NamedItem {}
extension Dimension: NamedItem {}
extension Area: NamedItem {}
