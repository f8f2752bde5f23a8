/// Turns a parsed response file into a `Response`, reporting every problem with its line.
///
/// Given the framework, answers are checked against it: an answer for a question or a stage the
/// framework lacks is reported and not counted, never silently dropped.
public struct ResponseDecoder {
    public static let keys = ["response", "framework", "framework-version", "framework-fingerprint", "language",
                              "organisation", "respondent", "team", "role", "started", "updated", "status",
                              "answers", "notes"]
    static let required = ["response", "framework", "framework-version", "organisation", "updated", "status", "answers"]

    public static func decode(_ document: ParsedDocument, framework: Framework? = nil) -> (response: Response?, diagnostics: [Diagnostic]) {
        var decoder = ResponseDecoder(schema: SchemaReader(file: document.source.name))
        var response: Response?
        if let root = document.root, !document.diagnostics.hasErrors || root.entries != nil {
            response = decoder.decodeResponse(root, framework: framework)
        }
        // Each coded problem ends where the text at its mark ends in the file, found as validate finds it.
        let coded = decoder.coded.map { diagnostic in
            var located = diagnostic
            located.end = document.source.tokenEnd(at: diagnostic.mark)
            return located
        }
        let diagnostics = document.diagnostics + (decoder.schema.diagnostics + coded).sortedByLocation()
        return (diagnostics.hasErrors ? nil : response, diagnostics)
    }

    public static func decode(bytes: [UInt8], file: String, framework: Framework? = nil) -> (response: Response?, diagnostics: [Diagnostic]) {
        decode(DocumentReader.read(bytes: bytes, file: file), framework: framework)
    }

    var schema: SchemaReader
    /// Problems found here, each with its code, its range and the values it quotes kept apart
    /// (`Diagnostic`), so that the projector and translations never read them out of a sentence.
    var coded: [Diagnostic] = []
    /// The framework's question ids, prepared for "did you mean" at the first unknown one.
    var questionSuggester: EditDistance.Suggester?

    /// The framework's questions and stages by id, made once: a response may hold many answers.
    var questionsByID: [String: Question]?
    var stageIDs: Set<String>?

    mutating func question(withID id: String, in framework: Framework) -> Question? {
        if questionsByID == nil {
            questionsByID = Dictionary(framework.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return questionsByID?[id]
    }

    mutating func isStage(_ id: String, of framework: Framework) -> Bool {
        if stageIDs == nil { stageIDs = Set(framework.stages.map(\.id)) }
        return stageIDs?.contains(id) ?? false
    }

    mutating func suggestQuestion(for id: String, in framework: Framework) -> String? {
        if questionSuggester == nil { questionSuggester = EditDistance.Suggester(candidates: framework.questions.map(\.id)) }
        return questionSuggester?.suggestion(for: id)
    }

    mutating func decodeResponse(_ root: Node, framework: Framework?) -> Response? {
        guard let fields = schema.fields(of: root, in: "the response", known: Self.keys, required: Self.required) else { return nil }
        let id = schema.text("response", of: fields, in: "the response")
        let frameworkID = schema.identifier("framework", of: fields, in: "the response")
        let version = schema.text("framework-version", of: fields, in: "the response")
        let fingerprint = schema.text("framework-fingerprint", of: fields, in: "the response")
        let language = fields["language"] == nil ? (framework?.language ?? "en")
            : schema.language("language", of: fields, in: "the response")
        let organisation = schema.text("organisation", of: fields, in: "the response")
        let respondent = schema.text("respondent", of: fields, in: "the response", allowEmpty: true).flatMap(Self.nonBlank)
        let team = schema.text("team", of: fields, in: "the response", allowEmpty: true).flatMap(Self.nonBlank)
        let role = schema.text("role", of: fields, in: "the response", allowEmpty: true).flatMap(Self.nonBlank)
        let updated = timestamp("updated", of: fields)
        let started = fields["started"] == nil ? updated : timestamp("started", of: fields)
        let status = self.status(fields)

        if let framework, let frameworkID, frameworkID != framework.id, let entry = fields["framework"] {
            report(.error, "response-of-another", at: entry.value.mark,
                   "this response is to the framework {}, not \"\(framework.id)\"", quoting: [frameworkID],
                   hint: "responses to different frameworks are never mixed; use --framework \(frameworkID.excerpt(limit: 64))")
            return nil
        }
        if let framework, let fingerprint, fingerprint != framework.fingerprint, let entry = fields["framework-fingerprint"] {
            report(.warning, "response-framework-changed", at: entry.value.mark,
                   "these answers were given to a different shape of \"\(framework.id)\" (version {}); questions are matched by id",
                   quoting: [version ?? "?"], hint: "the report lists the questions either side lacks")
        }
        let answers = fields["answers"].map { decodeAnswers($0, framework: framework) } ?? [:]
        let notes = fields["notes"].map { decodeNotes($0, framework: framework) } ?? [:]
        guard let id, let frameworkID, let version, let language, let organisation,
              let updated, let started, let status else { return nil }
        return Response(id: id, frameworkID: frameworkID, frameworkVersion: version, frameworkFingerprint: fingerprint,
                        language: language, organisation: organisation, respondent: respondent, team: team, role: role,
                        started: started, updated: updated, status: status, answers: answers, notes: notes)
    }

    /// Records a problem with the value or key at `mark`, with `quoting` (values from the file)
    /// kept apart from the sentence; `decode` finds where it ends.
    mutating func report(_ severity: Diagnostic.Severity, _ code: String, at mark: SourceMark, _ template: String,
                         quoting: [String], hint: String? = nil) {
        coded.append(Diagnostic(severity, code: code, file: schema.file, from: mark, template: template, quoting: quoting, hint: hint))
    }

    static func nonBlank(_ text: String) -> String? {
        SchemaReader.isBlank(text) ? nil : text
    }

    mutating func timestamp(_ key: String, of fields: SchemaReader.Fields) -> Timestamp? {
        guard let entry = fields[key], let text = schema.text(of: entry.value, named: "\"\(key)\"") else { return nil }
        guard let time = Timestamp(parsing: text) else {
            let why = Timestamp.calendarProblem(in: text).map { ": \($0)" } ?? ""
            report(.error, "invalid-date", at: entry.value.mark, "{} is not a date and time\(why)", quoting: [text],
                   hint: "write it as 2026-11-21T10:20:00Z (UTC) or with an offset, 2026-11-21T11:20:00+01:00")
            return nil
        }
        return time
    }

    mutating func status(_ fields: SchemaReader.Fields) -> Response.Status? {
        guard let entry = fields["status"], let text = schema.text(of: entry.value, named: "\"status\"") else { return nil }
        guard let status = Response.Status(rawValue: text) else {
            let choices = Response.Status.allCases.map(\.rawValue)
            report(.error, "invalid-status", at: entry.value.mark,
                   "{} is not a status" + (EditDistance.suggestion(for: text, among: choices).map { "; did you mean \"\($0)\"?" } ?? ""),
                   quoting: [text], hint: "write complete or in-progress")
            return nil
        }
        return status
    }

    mutating func decodeAnswers(_ entry: MappingEntry, framework: Framework?) -> [String: Answer] {
        if entry.value.isInvalid || entry.value.scalar == "" { return [:] }
        guard let entries = entry.value.entries else {
            report(.error, "expected-group", at: entry.value.mark,
                   "\"answers\" should be a group of answers by question id, but it is \(entry.value.kindDescription)", quoting: [],
                   hint: "write one line per question: question-id: stage-id")
            return [:]
        }
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(entries.count)
        for item in entries {
            guard let text = schema.text(of: item.value, named: "the answer to \"\(item.key)\"") else { continue }
            let answer = Answer(text)
            if let framework {
                guard let question = question(withID: item.key, in: framework) else {
                    let suggestion = suggestQuestion(for: item.key, in: framework)
                    report(.warning, "unknown-question", at: item.keyMark,
                           "{} is not a question of \"\(framework.id)\" \(framework.version), so this answer is not counted"
                               + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                           quoting: [item.key], hint: "it may come from another version of the framework")
                    answers[item.key] = answer
                    continue
                }
                switch answer {
                case .stage(let stage) where !isStage(stage, of: framework):
                    let choices = framework.stages.map(\.id) + question.allowed.map(\.rawValue)
                    let suggestion = EditDistance.suggestion(for: stage, among: choices)
                    report(.warning, "unknown-stage", at: item.value.mark,
                           "{} is not a stage of \"\(framework.id)\", so this answer is not counted"
                               + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                           quoting: [stage], hint: "the answers are: \(SchemaReader.listed(choices))")
                case .dontKnow where !question.allows(.dontKnow), .notApplicable where !question.allows(.notApplicable):
                    report(.warning, "answer-not-offered", at: item.value.mark,
                           "question {} does not offer {}; it is kept but not scored", quoting: [item.key, answer.text])
                default:
                    break
                }
            }
            answers[item.key] = answer
        }
        return answers
    }

    mutating func decodeNotes(_ entry: MappingEntry, framework: Framework?) -> [String: String] {
        if entry.value.isInvalid || entry.value.scalar == "" { return [:] }
        guard let entries = entry.value.entries else {
            report(.error, "expected-group", at: entry.value.mark,
                   "\"notes\" should be a group of notes by question id, but it is \(entry.value.kindDescription)", quoting: [],
                   hint: "write one note per question: question-id: text")
            return [:]
        }
        var notes: [String: String] = [:]
        for item in entries {
            guard let text = schema.text(of: item.value, named: "the note on \"\(item.key)\"", allowEmpty: true) else { continue }
            if let framework, question(withID: item.key, in: framework) == nil {
                let suggestion = suggestQuestion(for: item.key, in: framework)
                report(.warning, "unknown-question", at: item.keyMark,
                       "the note is on {}, which is not a question of \"\(framework.id)\" \(framework.version)"
                           + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                       quoting: [item.key], hint: "it may come from another version of the framework")
            }
            notes[item.key] = text
        }
        return notes
    }
}
