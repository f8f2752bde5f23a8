/// Turns a parsed document into a `Framework`, or explains every reason it cannot.
public struct FrameworkDecoder {
    public static let topLevelKeys = ["framework", "version", "language", "title", "description",
                                      "licence", "attribution", "dont-know", "not-applicable",
                                      "stages", "dimensions", "areas"]
    static let stageKeys = ["id", "name", "description", "value"]
    static let dimensionKeys = ["id", "name", "description", "weight", "questions", "next-steps"]
    static let questionKeys = ["id", "text", "guidance", "weight", "allow", "statements", "next-steps"]
    /// A statement written as a group, to give it guidance.
    static let statementKeys = ["text", "guidance"]

    /// Decodes a framework; the framework is nil when any error was found.
    public static func decode(_ document: ParsedDocument) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        var decoder = FrameworkDecoder(file: document.source.name)
        var framework: Framework?
        if let root = document.root, !document.diagnostics.hasErrors || root.entries != nil {
            framework = decoder.decodeFramework(root)
        }
        let diagnostics = document.diagnostics + decoder.schema.diagnostics
        return (diagnostics.hasErrors ? nil : framework, diagnostics)
    }

    /// Reads and decodes framework text in one step.
    public static func decode(bytes: [UInt8], file: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        decode(DocumentReader.read(bytes: bytes, file: file))
    }

    var schema: SchemaReader
    /// Every id in the file, with what it names and where, so a clash is reported wherever it is.
    var seenIDs: [String: (kind: String, mark: SourceMark)] = [:]
    var stages: [Stage] = []
    var stagesAreUsable = false
    /// The stage ids, for checking many statement keys against them in constant time each.
    var stageIDSet = Set<String>()
    /// The stage ids prepared for "did you mean", made at the first unknown key.
    var stageSuggester: EditDistance.Suggester?

    mutating func suggestStage(for key: String) -> String? {
        if stageSuggester == nil { stageSuggester = EditDistance.Suggester(candidates: stageIDs) }
        return stageSuggester?.suggestion(for: key)
    }

    init(file: String) {
        schema = SchemaReader(file: file)
        schema.checksWrittenText = true
    }

    mutating func decodeFramework(_ root: Node) -> Framework? {
        var misplaced = keysAfterList(root, list: "stages", items: "stage", itemKeys: Self.stageKeys, ownKeys: Self.topLevelKeys, owner: "the framework")
        misplaced.merge(keysAfterList(root, list: "dimensions", items: "dimension", itemKeys: Self.dimensionKeys,
                                      ownKeys: Self.topLevelKeys, owner: "the framework")) { first, _ in first }
        guard let fields = schema.fields(of: root, in: "the framework", known: Self.topLevelKeys,
                                         required: ["framework", "version", "language", "title", "description",
                                                    "stages", "dimensions"], misplaced: misplaced) else { return nil }
        let id = schema.identifier("framework", of: fields, in: "the framework")
        let version = schema.text("version", of: fields, in: "the framework")
        let language = schema.language("language", of: fields, in: "the framework")
        let title = schema.text("title", of: fields, in: "the framework")
        let description = schema.text("description", of: fields, in: "the framework")
        let licence = schema.text("licence", of: fields, in: "the framework")
        let attribution = schema.text("attribution", of: fields, in: "the framework")
        let dontKnowLabel = schema.answerLabel(SpecialAnswer.dontKnow.rawValue, of: fields, in: "the framework")
        let notApplicableLabel = schema.answerLabel(SpecialAnswer.notApplicable.rawValue, of: fields, in: "the framework")
        if let entry = fields["stages"] { decodeStages(entry) }
        var dimensions: [Dimension] = []
        if let entry = fields["dimensions"] {
            let hint = "list the dimensions below `dimensions:`, each starting with `- id: ...`"
            if let items = schema.items(of: entry.value, named: "\"dimensions\"", hint: hint) {
                if items.isEmpty {
                    schema.error("the framework has no dimensions", at: entry.keyMark, hint: hint, code: "no-dimensions")
                }
                dimensions = items.compactMap { decodeDimension($0) }
            }
        }
        let areas = fields["areas"].map { decodeAreas($0, dimensions: dimensions) } ?? []
        guard let id, let version, let language, let title, let description else { return nil }
        return Framework(id: id, version: version, language: language, title: title, description: description,
                         licence: licence, attribution: attribution, stages: stages, dimensions: dimensions, areas: areas,
                         dontKnowLabel: dontKnowLabel, notApplicableLabel: notApplicableLabel)
    }

    // MARK: - Ids

    /// `kind "id"` for messages about an item whose id can be read, so that a trainer sees
    /// which one is meant ("question "use-hours" has no "text""); nil when it cannot.
    static func name(of node: Node, kind: String) -> String? {
        guard let id = node["id"]?.scalar, SchemaReader.isIdentifier(id) else { return nil }
        return "\(kind) \"\(id)\""
    }

    /// Records an id; reports it when the file already uses it for anything.
    mutating func claim(_ id: String, kind: String, at mark: SourceMark) -> Bool {
        if let earlier = seenIDs[id] {
            schema.error("the id \"\(id.excerpt())\" is already used by the \(earlier.kind) on line \(earlier.mark.line)", at: mark,
                         hint: "every stage, dimension and question needs an id of its own", code: "duplicate-id",
                         related: [Diagnostic.Related(file: schema.file, mark: earlier.mark, message: "the \(earlier.kind) that uses it first")])
            return false
        }
        seenIDs[id] = (kind, mark)
        return true
    }

    // MARK: - Dimensions

    mutating func decodeDimension(_ node: Node) -> Dimension? {
        let owner = Self.name(of: node, kind: "the dimension") ?? "a dimension"
        // A dimension's next steps come after its questions as a rule, so a question's own
        // `next-steps` is not suspected there.
        let misplaced = keysAfterList(node, list: "questions", items: "question", itemKeys: Self.questionKeys.filter { $0 != "next-steps" },
                                      ownKeys: Self.dimensionKeys, owner: owner)
        guard let fields = schema.fields(of: node, in: owner, known: Self.dimensionKeys,
                                         required: ["id", "name", "questions"], misplaced: misplaced) else { return nil }
        let id = schema.identifier("id", of: fields, in: owner)
        if let id, let mark = fields["id"]?.value.mark {
            if id == "overall" {
                // Reports use "overall" for the score across dimensions.
                schema.error("\"overall\" cannot be a dimension id: reports use it for the overall score", at: mark,
                             hint: "choose another id for this dimension", code: "reserved-dimension-id")
            }
            _ = claim(id, kind: "dimension", at: mark)
        }
        let name = schema.text("name", of: fields, in: owner)
        let description = schema.text("description", of: fields, in: owner)
        let weight = fields["weight"] == nil ? 1 : schema.weight("weight", of: fields, in: owner)
        var questions: [Question] = []
        if let entry = fields["questions"] {
            let hint = "list the questions below `questions:`, each starting with `- id: ...`"
            if let items = schema.items(of: entry.value, named: "\"questions\" of \(owner)", hint: hint) {
                if items.isEmpty { schema.error("\(owner) has no questions", at: entry.keyMark, hint: hint, code: "no-questions") }
                questions = items.compactMap { decodeQuestion($0) }
            }
        }
        var nextSteps: [String: String] = [:]
        if let entry = fields["next-steps"] { nextSteps = decodeNextSteps(entry, owner: owner) }
        guard let id, let name, let weight else { return nil }
        return Dimension(id: id, name: name, description: description, weight: weight,
                         questions: questions, nextSteps: nextSteps)
    }

    /// Next steps by stage. A dimension should give one for every stage but the last; a
    /// question (`warnsMissing` false) gives them only where it has something to add.
    mutating func decodeNextSteps(_ entry: MappingEntry, owner: String, warnsMissing: Bool = true) -> [String: String] {
        // A misspelt stage is reported once, as a slip, not also as a stage with no next step.
        let (texts, slips) = stageKeyedTextsAndSlips(entry, named: "the next steps of \(owner)")
        guard stagesAreUsable, entry.value.entries != nil else { return texts }
        if let last = stages.last, texts[last.id] != nil {
            schema.warning("\(owner) has a next step for \"\(last.id)\", the last stage, which has no next stage",
                           at: entry.keyMark, hint: "people at the last stage are shown no next step; delete it or move it",
                           code: "next-step-for-last-stage")
        }
        guard warnsMissing else { return texts }
        let given = Set(entry.value.entries?.map(\.key) ?? [])
        let missing = stages.dropLast().map(\.id).filter { texts[$0] == nil && !given.contains($0) && !slips.contains($0) }
        if !missing.isEmpty {
            schema.warning("\(owner) has no next steps for \(missing.map { "\"\($0)\"" }.joined(separator: ", "))",
                           at: entry.keyMark, hint: "people at those stages will be shown no next step", code: "missing-next-step")
        }
        return texts
    }

    /// A mapping from stage ids to texts, reporting keys that are not stage ids. A stage that a
    /// misspelt key was taken for counts as present, so one slip gives one message.
    mutating func stageKeyedTexts(_ entry: MappingEntry, named name: String) -> [String: String] {
        stageKeyedTextsAndSlips(entry, named: name).texts
    }

    mutating func stageKeyedTextsAndSlips(_ entry: MappingEntry, named name: String) -> (texts: [String: String], slips: Set<String>) {
        var guidance: [String: String]?
        return stageKeyedTextsAndSlips(entry, named: name, of: "", guidance: &guidance)
    }

    /// The same, where each text may instead be a group of `text` and `guidance` (the statements
    /// of `owner`): `guidance` is nil for texts that cannot have guidance.
    mutating func stageKeyedTextsAndSlips(_ entry: MappingEntry, named name: String, of owner: String,
                                          guidance: inout [String: String]?) -> (texts: [String: String], slips: Set<String>) {
        if entry.value.isInvalid { return ([:], []) }
        guard let entries = entry.value.entries else {
            schema.error("\(name) should be a group of texts by stage, but it is \(entry.value.kindDescription)",
                         at: entry.value.mark, hint: "write one line per stage below it: `stage-id: text`", code: "expected-group")
            return ([:], [])
        }
        var texts: [String: String] = [:]
        var slips = Set<String>()
        for item in entries {
            if stagesAreUsable && !stageIDSet.contains(item.key) {
                let suggestion = suggestStage(for: item.key)
                if let suggestion { slips.insert(suggestion) }
                let stages = SchemaReader.listed(stageIDs)
                schema.error("\(name): \"\(item.key.excerpt())\" is not a stage"
                             + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                             at: item.keyMark, hint: "the stages are: \(stages)", code: "unknown-stage")
                continue
            }
            schema.noteIDKey(item)
            if guidance != nil, item.value.entries != nil {
                let owner = "the statement for \"\(item.key)\" of \(owner)"
                guard let fields = schema.fields(of: item.value, in: owner, known: Self.statementKeys, required: ["text"]) else { continue }
                if let text = schema.text("text", of: fields, in: owner) { texts[item.key] = text }
                if let help = schema.text("guidance", of: fields, in: owner) { guidance?[item.key] = help }
            } else if let text = schema.text(of: item.value, named: "the text for \"\(item.key)\" in \(name)") {
                texts[item.key] = text
            }
        }
        return (texts, slips)
    }

    var stageIDs: [String] { stages.map(\.id) }

    // MARK: - Questions

    mutating func decodeQuestion(_ node: Node) -> Question? {
        let owner = Self.name(of: node, kind: "question") ?? "a question"
        // A statement dedented to the question's keys: said as that, and not also as missing.
        var strayStatements = Set<String>()
        if stagesAreUsable {
            for entry in node.entries ?? [] where stageIDSet.contains(entry.key) { strayStatements.insert(entry.key) }
        }
        var misplaced = Dictionary(uniqueKeysWithValues: strayStatements.map {
            ($0, "\"\($0)\" is a stage: if this is its statement, indent it under \"statements:\" to line up with the others")
        })
        // A rename of an answer is for the whole framework, not one question.
        for answer in SpecialAnswer.allCases {
            misplaced[answer.rawValue] = "\"\(answer.rawValue)\" renames the answer in the whole framework: move it to the top level, at the left edge, beside \"title\"; to offer the answer on this question, list it under \"allow:\""
        }
        guard let fields = schema.fields(of: node, in: owner, known: Self.questionKeys,
                                         required: ["id", "text", "statements"], misplaced: misplaced) else { return nil }
        let id = schema.identifier("id", of: fields, in: owner)
        if let id, let mark = fields["id"]?.value.mark { _ = claim(id, kind: "question", at: mark) }
        let text = schema.text("text", of: fields, in: owner)
        let guidance = schema.text("guidance", of: fields, in: owner)
        let weight = fields["weight"] == nil ? 1 : schema.weight("weight", of: fields, in: owner)
        let allowed = fields["allow"].map { decodeAllow($0, owner: owner) } ?? [.dontKnow]
        var statements: [String] = []
        var statementGuidance: [String?] = []
        if let entry = fields["statements"] {
            var help: [String: String]? = [:]
            let (texts, slips) = stageKeyedTextsAndSlips(entry, named: "the statements of \(owner)", of: owner, guidance: &help)
            if let help, !help.isEmpty { statementGuidance = stages.map { help[$0.id] } }
            if stagesAreUsable, let given = entry.value.entries {
                let givenKeys = Set(given.map(\.key))
                let listed = SchemaReader.listed(stageIDs)
                for stage in stages where !slips.contains(stage.id) && !givenKeys.contains(stage.id) && !strayStatements.contains(stage.id) {
                    schema.error("\(owner) has no statement for stage \"\(stage.id)\"", at: entry.keyMark,
                                 hint: "every question needs one statement for each stage: \(listed)",
                                 code: "missing-statement")
                }
                statements = stages.map { texts[$0.id] ?? "" }
            }
        }
        let nextSteps = fields["next-steps"].map { decodeNextSteps($0, owner: owner, warnsMissing: false) } ?? [:]
        guard let id, let text, let weight else { return nil }
        return Question(id: id, text: text, guidance: guidance, weight: weight, allowed: allowed, statements: statements,
                        statementGuidance: statementGuidance, nextSteps: nextSteps)
    }

    mutating func decodeAllow(_ entry: MappingEntry, owner: String) -> [SpecialAnswer] {
        let choices = SpecialAnswer.allCases.map(\.rawValue)
        let hint = "list the extra answers below `allow:`, one per line: - dont-know, - not-applicable"
        guard let items = schema.items(of: entry.value, named: "\"allow\" of \(owner)", hint: hint) else { return [.dontKnow] }
        var allowed: [SpecialAnswer] = []
        for item in items {
            guard let value = schema.text(of: item, named: "an item of \"allow\"") else { continue }
            guard let answer = SpecialAnswer(rawValue: value) else {
                let suggestion = EditDistance.suggestion(for: value, among: choices)
                schema.error("\"\(value.excerpt())\" is not an answer that can be allowed"
                             + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                             at: item.mark, hint: "the answers that can be allowed are: \(choices.joined(separator: ", "))",
                             code: "unknown-allowed-answer")
                continue
            }
            if allowed.contains(answer) {
                schema.warning("\"\(value)\" is listed twice", at: item.mark, hint: "delete one of the two lines", code: "allowed-twice")
            } else {
                allowed.append(answer)
            }
        }
        return allowed
    }
}
