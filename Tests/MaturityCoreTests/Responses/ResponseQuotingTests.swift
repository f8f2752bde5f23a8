import Foundation
import MaturityCore
import PropertyBased
import Testing
import Yams

/// Valid ids such as `no`, `on` or `1`, and the language code `no` (Norwegian), must come back
/// from a response file as the same text: from our reader, and from any YAML library, which
/// would otherwise read them as booleans, numbers or dates.
@Suite struct ResponseQuotingTests {
    /// Valid ids (`[a-z0-9][a-z0-9-]*`) that YAML 1.1 or 1.2 reads as something other than text.
    static let trickyIDs = ["no", "yes", "on", "off", "true", "false", "null", "y", "n", "1", "0", "007", "10",
                            "1e3", "0x1f", "0o17", "0b101", "2026-11-21", "123456789012345678901234567890"]
    /// Language codes that YAML 1.1 reads as booleans.
    static let trickyLanguages = ["no", "on", "yes", "off"]

    /// The default resolver (YAML 1.1 types as most libraries have them), with the single
    /// letters y and n that the YAML 1.1 boolean type also lists.
    static let strictestResolver = Resolver.default.appending(try! Resolver.Rule(.bool, "^(?:y|Y|n|N)$"))

    static func response(frameworkID: String, language: String, answers: [String: Answer], notes: [String: String]) -> Response {
        Response(id: "r-1", frameworkID: frameworkID, frameworkVersion: "1", frameworkFingerprint: "00ff", language: language,
                 organisation: "Trust", started: Timestamp(parsing: "2026-11-21T10:00:00Z")!,
                 updated: Timestamp(parsing: "2026-11-21T10:20:00Z")!, status: .complete, answers: answers, notes: notes)
    }

    /// Every scalar that Yams reads from the written file, with its key path; the timestamps
    /// are dates on purpose, and checked as such.
    static func yamsDisagreements(_ text: String, with response: Response, resolver: Resolver) throws -> [String] {
        guard let root = try Yams.load(yaml: text, resolver) as? [AnyHashable: Any] else { return ["not a mapping"] }
        var problems: [String] = []
        func expectText(_ value: Any?, _ expected: String, _ path: String) {
            if (value as? String) != expected { problems.append("\(path): \(String(describing: value)) is not \"\(expected)\"") }
        }
        expectText(root["response"], response.id, "response")
        expectText(root["framework"], response.frameworkID, "framework")
        expectText(root["framework-version"], response.frameworkVersion, "framework-version")
        expectText(root["framework-fingerprint"], response.frameworkFingerprint ?? "", "framework-fingerprint")
        expectText(root["language"], response.language, "language")
        expectText(root["organisation"], response.organisation, "organisation")
        expectText(root["status"], response.status.rawValue, "status")
        for key in ["started", "updated"] {
            let expected = key == "started" ? response.started : response.updated
            if (root[key] as? Date).map(Timestamp.init) != expected { problems.append("\(key): \(String(describing: root[key]))") }
        }
        for (section, expected) in [("answers", response.answers.mapValues(\.text)), ("notes", response.notes)] {
            let read = root[section] as? [AnyHashable: Any] ?? [:]
            if expected.isEmpty && section == "notes" { continue }
            for key in read.keys where !(key.base is String) { problems.append("\(section): the key \(key) is not text") }
            for (id, text) in expected { expectText(read[AnyHashable(id)], text, "\(section).\(id)") }
        }
        return problems
    }

    @Test(arguments: trickyIDs)
    func aTrickyIdSurvivesEveryReader(id: String) throws {
        #expect(SchemaReader.isIdentifier(id), "\(id) should be a valid id")
        let response = Self.response(frameworkID: id, language: "no", answers: [id: .stage(id)], notes: [id: id])
        let text = ResponseEncoder.encode(response)
        let (read, diagnostics) = ResponseDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(read == response)
        #expect(try Self.yamsDisagreements(text, with: response, resolver: .default) == [], "\(text)")
        #expect(try Self.yamsDisagreements(text, with: response, resolver: Self.strictestResolver) == [], "\(text)")
        #expect(DifferentialTests.compare(text) == nil)
    }

    @Test func plainIdsStayPlainSoFilesStayReadable() {
        let response = Self.response(frameworkID: "data-maturity", language: "pt-BR",
                                     answers: ["uses-decisions": .stage("developing")], notes: [:])
        let text = ResponseEncoder.encode(response)
        #expect(text.contains("\nframework: data-maturity\n"))
        #expect(text.contains("\nlanguage: pt-BR\n"))
        #expect(text.contains("\n  uses-decisions: \"developing\"\n"))
        #expect(text.contains("\nstatus: complete\n"))
        let norwegian = ResponseEncoder.encode(Self.response(frameworkID: "no", language: "no", answers: ["1": .dontKnow], notes: [:]))
        #expect(norwegian.contains("\nframework: \"no\"\n"))
        #expect(norwegian.contains("\nlanguage: \"no\"\n"))
        #expect(norwegian.contains("\n  \"1\": \"dont-know\"\n"))
    }

    /// Any valid id, tricky or not, as framework, question and stage: our reader and Yams (both
    /// resolvers) read back exactly what was written.
    @Test func anyIdRoundTripsAndYamsReadsItAsText() async {
        let characters = Array("abcdefghijklmnopqrstuvwxyz0123456789-")
        let randomID = Gen.element(of: characters).map { $0! }.array(of: 1...6)
            .map { chars -> String in chars.first == "-" ? "a" + String(chars) : String(chars) }
        let idGen = Gen.oneOf(randomID, Gen.element(of: Self.trickyIDs).map { $0! })
        let languageGen = Gen.element(of: Self.trickyLanguages + ["en", "fr", "nb", "pt-BR", "zh-Hant"]).map { $0! }
        await propertyCheck(count: 200, input: idGen, idGen.array(of: 0...6), idGen.array(of: 6), languageGen) { framework, questions, stages, language in
            var answers: [String: Answer] = [:]
            for (question, stage) in zip(questions, stages) { answers[question] = .stage(stage) }
            let notes = questions.first.map { [$0: $0] } ?? [:]
            let response = Self.response(frameworkID: framework, language: language, answers: answers, notes: notes)
            let text = ResponseEncoder.encode(response)
            let (read, diagnostics) = ResponseDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
            #expect(read == response, "\(text)")
            #expect((try? Self.yamsDisagreements(text, with: response, resolver: .default)) == [], "\(text)")
            #expect((try? Self.yamsDisagreements(text, with: response, resolver: Self.strictestResolver)) == [], "\(text)")
        }
    }
}
