/// The stages of a framework: their ids, names, and the values they score.
extension FrameworkDecoder {
    mutating func decodeStages(_ entry: MappingEntry) {
        let hint = "list the stages in order below `stages:`, each as `- id: ...` with a `name:`"
        guard let items = schema.items(of: entry.value, named: "\"stages\"", hint: hint) else { return }
        var complete = true
        var values: [(value: Double?, owner: String, item: Node, mark: SourceMark?)] = []
        for item in items {
            let owner = Self.name(of: item, kind: "the stage") ?? "a stage"
            guard let fields = schema.fields(of: item, in: owner, known: Self.stageKeys, required: ["id", "name"]) else {
                complete = false
                continue
            }
            let id = schema.identifier("id", of: fields, in: "a stage")
            let name = schema.text("name", of: fields, in: owner)
            let description = schema.text("description", of: fields, in: owner)
            let value = fields["value"].flatMap { stageValue($0, owner: owner) }
            if fields["value"] != nil && value == nil { complete = false }
            if let id, SpecialAnswer(rawValue: id) != nil {
                // Reported, but kept, so that statements keyed by it are not reported again.
                schema.error("\"\(id)\" cannot be a stage id: it is an answer for questions people cannot place",
                             at: fields["id"]!.value.mark, hint: "choose another id for this stage", code: "reserved-stage-id")
            }
            values.append((value, owner, item, fields["value"]?.value.mark))
            guard let id, let name, claim(id, kind: "stage", at: fields["id"]!.value.mark) else {
                complete = false
                continue
            }
            stages.append(Stage(id: id, name: name, description: description, value: value))
        }
        if items.count < 2 {
            schema.error("a framework needs at least two stages, but this one has \(items.count)", at: entry.keyMark,
                         hint: "list the stages from least to most mature; their position is the score", code: "too-few-stages")
        }
        if complete { checkStageValues(values) }
        stagesAreUsable = complete && stages.count >= 2
        stageIDSet = Set(stages.map(\.id))
    }

    /// A stage's `value:`: any number written with a dot.
    mutating func stageValue(_ entry: MappingEntry, owner: String) -> Double? {
        guard let text = schema.rawText(of: entry.value, named: "the value of \(owner)") else { return nil }
        let trimmed = text.trimmingWhitespace()
        switch SchemaReader.decimal(trimmed) {
        case .number(let number):
            return number
        case .comma(let dotted):
            schema.error("the value \"\(trimmed)\" of \(owner) uses a comma", at: entry.value.mark,
                         hint: "write decimals with a dot: \(dotted)", code: "stage-value-comma")
        case .notNumber:
            schema.error("the value \"\(trimmed.excerpt())\" of \(owner) is not a number", at: entry.value.mark,
                         hint: "write the score of this stage as a number, such as 0, 1 or 2.5", code: "stage-value-not-number")
        }
        return nil
    }

    /// Every stage has a value, or none does; and each value is more than the one before.
    mutating func checkStageValues(_ values: [(value: Double?, owner: String, item: Node, mark: SourceMark?)]) {
        let given = values.filter { $0.value != nil }
        guard !given.isEmpty else { return }
        for stage in values where stage.value == nil {
            schema.error("\(stage.owner) has no \"value\", but other stages have one", at: stage.item.mark,
                         hint: "give every stage a value, or none: without values the stages score 1, 2, 3 and so on",
                         code: "stage-value-missing")
        }
        for (before, after) in zip(given, given.dropFirst()) {
            guard let low = before.value, let high = after.value, let mark = after.mark, high <= low else { continue }
            schema.error("the value \(StageScale.text(high)) of \(after.owner) is not more than the value \(StageScale.text(low)) of \(before.owner) before it",
                         at: mark, hint: "list the stages from least to most mature, each with a higher value than the one before",
                         code: "stage-values-not-increasing",
                         related: before.mark.map { [Diagnostic.Related(file: schema.file, mark: $0, message: "the value of \(before.owner)")] } ?? [])
        }
    }
}
