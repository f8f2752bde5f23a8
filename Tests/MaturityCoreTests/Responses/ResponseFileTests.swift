import MaturityCore
import MaturityFrameworks
import PropertyBased
import Testing

/// Reading and writing response files: every problem located, nothing dropped in silence,
/// and what is written reads back as the same response.
@Suite struct ResponseFileTests {
    static let framework = ShippedFrameworkTests.catalogue.frameworks.first { $0.id == "data-maturity" }!

    static func sample(answers: [String: Answer] = ["uses-decisions": .stage("developing"), "uses-services": .dontKnow],
                       notes: [String: String] = ["uses-decisions": "We review the dashboard monthly.\n"]) -> Response {
        Response(id: "3f9c2a7e-0000-4000-8000-000000000001", frameworkID: "data-maturity", frameworkVersion: "1.0",
                 frameworkFingerprint: framework.fingerprint, language: "en", organisation: "Example Trust",
                 respondent: "Sam Jones", team: "Fundraising", role: "Volunteer coordinator",
                 started: Timestamp(parsing: "2026-11-21T10:00:00Z")!, updated: Timestamp(parsing: "2026-11-21T10:20:00Z")!,
                 status: .complete, answers: answers, notes: notes)
    }

    func decode(_ text: String, framework: Framework? = Self.framework) -> (response: Response?, diagnostics: [Diagnostic]) {
        ResponseDecoder.decode(bytes: Array(text.utf8), file: "r.yaml", framework: framework)
    }

    @Test func theIssueExampleReads() throws {
        let text = """
            response: 3f9c2a7e-1
            framework: data-maturity
            framework-version: "1.0"
            language: en
            organisation: Example Trust
            respondent: Sam Jones
            started: 2026-11-21T10:00:00Z
            updated: 2026-11-21T10:20:00Z
            status: complete
            answers:
              uses-decisions: developing
              uses-evidence: dont-know
            notes:
              uses-decisions: |
                We review the dashboard monthly.

            """
        let (response, diagnostics) = decode(text)
        let read = try #require(response)
        #expect(read.answers["uses-decisions"] == .stage("developing"))
        #expect(read.notes["uses-decisions"] == "We review the dashboard monthly.\n")
        #expect(read.frameworkFingerprint == nil)
        #expect(read.updated.description == "2026-11-21T10:20:00Z")
        // "uses-evidence" is not a question of the shipped framework: reported, kept, not counted.
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.mark == SourceMark(line: 12, column: 3))
        #expect(Scoring.score(read, in: Self.framework).answered == 1)
    }

    @Test func writtenFilesReadBackTheSameAndYamlAgrees() throws {
        let response = Self.sample()
        let text = ResponseEncoder.encode(response, framework: Self.framework)
        let (read, diagnostics) = decode(text)
        #expect(diagnostics.isEmpty)
        #expect(read == response)
        #expect(DifferentialTests.compare(text) == nil)
    }

    @Test func unknownStagesAndFingerprintsAreReportedNotCounted() throws {
        var text = ResponseEncoder.encode(Self.sample(), framework: Self.framework)
        text = text.replacingOccurrences(of: "\"developing\"", with: "\"develping\"")
            .replacingOccurrences(of: Self.framework.fingerprint, with: "0000000000000000")
        let (response, diagnostics) = decode(text)
        let read = try #require(response)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.contains { $0.message.contains("different shape") })
        #expect(diagnostics.contains { $0.message.contains("did you mean \"developing\"") })
        let scores = Scoring.score(read, in: Self.framework)
        #expect(scores.dimension("uses")?.scored == 0)
        #expect(scores.dimension("uses")?.score == nil)
    }

    @Test func aResponseToAnotherFrameworkIsRefused() {
        let text = ResponseEncoder.encode(Self.sample()).replacingOccurrences(of: "framework: data-maturity", with: "framework: data-skills")
        let (response, diagnostics) = decode(text)
        #expect(response == nil)
        #expect(diagnostics.contains { $0.isError && $0.message.contains("\"data-skills\"") })
    }

    @Test func missingAndMalformedFieldsAreAllReported() {
        let text = "response: x\nframework: data-maturity\nupdated: yesterday\nstatus: done\nanswers:\n"
        let (response, diagnostics) = decode(text)
        #expect(response == nil)
        let messages = diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("no \"framework-version\"") })
        #expect(messages.contains { $0.contains("no \"organisation\"") })
        #expect(messages.contains { $0.contains("\"yesterday\" is not a date") })
        #expect(messages.contains { $0.contains("\"done\" is not a status") })
        #expect(diagnostics.count == 4)
    }

    /// A problem is a value: a stable code, where it starts and ends, and the values it quotes
    /// apart from the sentence (the projector leaves them out without reading the words).
    @Test func diagnosticsCarryACodeARangeAndTheValuesTheyQuote() throws {
        let text = "response: x\nframework: data-maturity\nupdated: \"Jane Smith\"\nstatus: done\nanswers:\n"
        let diagnostics = decode(text).diagnostics
        // Every code is one of the documented list, as validate's are (one scheme for every file).
        let known = Set(DiagnosticCode.meanings.map(\.code))
        #expect(diagnostics.allSatisfy { $0.code.map(known.contains) ?? true })
        // The range runs to just past the closing quote, as validate's ranges do.
        let date = try #require(diagnostics.first { $0.code == "invalid-date" })
        #expect(date.range == SourceMark(line: 3, column: 10)..<SourceMark(line: 3, column: 22))
        #expect(date.quoted == ["Jane Smith"])
        #expect(date.message(replacingQuotedBy: "…") == "… is not a date and time")
        let status = try #require(diagnostics.first { $0.code == "invalid-status" })
        #expect(status.range == SourceMark(line: 4, column: 9)..<SourceMark(line: 4, column: 13))
        #expect(status.quoted == ["done"])
        #expect(status.message.hasPrefix("\"done\" is not a status"))
        // A message made without saying what it quotes says so, so that nothing guesses.
        let missing = try #require(diagnostics.first { $0.message.contains("no \"organisation\"") })
        #expect(missing.quoted == nil && missing.message(replacingQuotedBy: "…") == nil)
    }

    @Test func hostileTextIsQuotedOnWriteAndMadeSafeOnRead() throws {
        let hostile = ["=HYPERLINK(\"http://x\")", "<script>alert(1)</script>", "| a | b |", "- not a list", "# not a comment",
                       "key: value", "'quoted'", "\u{1B}[2Jgone", "multi\nline\n\n  indented\n", "  leading space\n"]
        for text in hostile {
            var response = Self.sample()
            response.organisation = text.contains("\n") ? "x" : text
            response.notes = ["uses-decisions": text]
            let written = ResponseEncoder.encode(response, framework: Self.framework)
            let read = try #require(decode(written).response, "\(written)")
            #expect(read.notes["uses-decisions"] == SafeText.sanitize(text))
            #expect(read.organisation == SafeText.sanitize(response.organisation))
            #expect(DifferentialTests.compare(written) == nil || text.contains("\u{1B}"))
        }
    }

    @Test func writeThenReadReturnsTheSameResponse() async {
        let stageIDs = Self.framework.stages.map(\.id)
        let questionIDs = Self.framework.questions.map(\.id)
        let answerGen = Gen.oneOf(Gen.element(of: stageIDs).map { Answer.stage($0!) }, Gen.always(Answer.dontKnow),
                                  Gen.always(Answer.notApplicable))
        let textGen = Gen.element(of: ["Sam", "Zoë O'Brien", "日本語 チーム", "a: b # c", "\"q\"", "line\nbreak", "x\n\n", "😀"])
            .map { $0! }
        await propertyCheck(count: 150, input: Gen.element(of: questionIDs).map { $0! }.array(of: 0...12), answerGen.array(of: 12),
                            textGen, textGen) { questions, answers, name, note in
            var response = Self.sample(answers: [:], notes: [:])
            response.respondent = name
            for (question, answer) in zip(questions, answers) { response.answers[question] = answer }
            if let first = questions.first { response.notes[first] = note }
            let (read, _) = decode(ResponseEncoder.encode(response, framework: Self.framework))
            #expect(read == response)
        }
    }
}
