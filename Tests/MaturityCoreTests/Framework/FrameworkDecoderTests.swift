import Foundation
import MaturityCore
import Testing

/// The schema on top of the reader: every mistake in a framework gets one located message.
@Suite struct FrameworkDecoderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> (bytes: [UInt8], text: String) {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
        return ([UInt8](data), String(decoding: data, as: UTF8.self))
    }

    static let minimal = """
        framework: tiny
        version: "1"
        language: en
        title: Tiny
        description: Two stages, one question.
        stages:
          - id: low
            name: Low
          - id: high
            name: High
        dimensions:
          - id: only
            name: Only
            questions:
              - id: q1
                text: Is it so?
                statements:
                  low: Not really.
                  high: Very much.

        """

    @Test func plantedMistakesGetOneLocatedMessageEach() throws {
        let (bytes, text) = try Self.fixture("planted-mistakes.yaml")
        let expected: [(mark: String, words: String)] = text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# expect: ") else { return nil }
            let rest = line.dropFirst("# expect: ".count)
            let space = rest.firstIndex(of: " ")!
            return (String(rest[..<space]), String(rest[rest.index(after: space)...]))
        }
        #expect(expected.count == 17)
        let diagnostics = FrameworkDecoder.decode(bytes: bytes, file: "planted-mistakes.yaml").diagnostics
        let found = diagnostics.map { "\($0.mark) \($0.message)" }
        for (mark, words) in expected {
            #expect(diagnostics.contains { $0.mark.description == mark && $0.message.contains(words) },
                    "missing \(mark) \(words) in \(found)")
        }
        #expect(diagnostics.count == expected.count, "extra messages: \(found)")
    }

    @Test func minimalFrameworkDecodes() throws {
        let (framework, diagnostics) = FrameworkDecoder.decode(bytes: Array(Self.minimal.utf8), file: "tiny.yaml")
        #expect(diagnostics.isEmpty)
        let decoded = try #require(framework)
        #expect(decoded.stages.map(\.id) == ["low", "high"])
        #expect(decoded.dimensions.first?.weight == 1)
        let question = try #require(decoded.questions.first)
        #expect(question.statements == ["Not really.", "Very much."])
        #expect(question.allowed == [.dontKnow])
        #expect(question.weight == 1)
    }

    @Test func weightsAndAllowListsAreRead() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "    name: Only\n", with: "    name: Only\n    weight: 2.5\n")
            .replacingOccurrences(of: "        text: Is it so?\n",
                                  with: "        text: Is it so?\n        weight: \"3\"\n        allow:\n          - not-applicable\n")
        let framework = try #require(FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").framework)
        #expect(framework.dimensions[0].weight == 2.5)
        #expect(framework.questions[0].weight == 3)
        #expect(framework.questions[0].allowed == [.notApplicable])
    }

    @Test func fewerThanTwoStagesIsAnError() throws {
        let bytes = try Self.fixture("two-stages-short.yaml").bytes
        let (framework, diagnostics) = FrameworkDecoder.decode(bytes: bytes, file: "two-stages-short.yaml")
        #expect(framework == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("at least two stages") == true)
        #expect(diagnostics.first?.mark == SourceMark(line: 6, column: 1))
    }

    @Test func answerIdsCannotBeStageIds() throws {
        let bytes = try Self.fixture("reserved-stage.yaml").bytes
        let diagnostics = FrameworkDecoder.decode(bytes: bytes, file: "reserved-stage.yaml").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.mark == SourceMark(line: 9, column: 9))
    }

    @Test func overallIsNotADimensionId() {
        let text = Self.minimal.replacingOccurrences(of: "  - id: only", with: "  - id: overall")
        let diagnostics = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("\"overall\" cannot be a dimension id") == true)
    }

    @Test func emptyFileIsOneError() {
        let (framework, diagnostics) = FrameworkDecoder.decode(bytes: [], file: "empty.yaml")
        #expect(framework == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("empty") == true)
    }

    @Test func wrongKindsAreNamedInPlainWords() {
        let text = Self.minimal.replacingOccurrences(of: "title: Tiny", with: "title:\n  - a list")
        let diagnostics = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "\"title\" of the framework should be text, but it is a list")
    }

    @Test func syntaxErrorsDoNotCascadeIntoSchemaErrors() {
        let text = Self.minimal.replacingOccurrences(of: "title: Tiny", with: "title: [Tiny]")
        let diagnostics = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("brackets") == true)
    }

    /// Slips a trainer makes, each of which must give exactly one message, which names it.
    @Test(arguments: [
        ("    name: Only\n", "    name:Only\n", "space after the colon"),
        ("    name: Only\n", "\tname: Only\n", "tab"),
        ("    name: Only\n", "  name: Only\n", "indented less than the keys above"),
        ("    name: Only\n", "     name: Only\n", "indented more than the key above"),
        ("        text: Is it so?\n", "        text: [Draft] Is it so?\n", "brackets"),
        ("        text: Is it so?\n", "        text: > 10 hours?\n", "cannot start with \">\""),
        ("        text: Is it so?\n", "        text: Is it so:\n", "ends with a colon"),
        ("        text: Is it so?\n", "        text: Is it so?\n        <<: *base\n", "merge keys"),
        ("          low: Not really.\n", "          low: {a: b}\n", "braces"),
    ])
    func oneSlipGivesOneMessage(original: String, replacement: String, words: String) throws {
        #expect(Self.minimal.contains(original))
        let text = Self.minimal.replacingOccurrences(of: original, with: replacement)
        let diagnostics = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.mark) \($0.message)" })")
        #expect(diagnostics.first?.message.contains(words) == true, "\(diagnostics.map(\.message))")
    }

    @Test func refusedTextOffersQuotesInItsHint() throws {
        let text = Self.minimal.replacingOccurrences(of: "text: Is it so?", with: "text: [Draft] Is it so?")
        let diagnostic = try #require(FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics.first)
        #expect(diagnostic.hint?.contains("double quotes: \"[Draft] Is it so?\"") == true)
    }

    @Test func aMisplacedKeyDoesNotHideLaterMistakes() {
        let text = Self.minimal
            .replacingOccurrences(of: "    name: Only\n", with: "  name: Only\n")
            .replacingOccurrences(of: "    questions:\n", with: "    weight: 1,5\n    questions:\n")
        let messages = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics.map(\.message)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.contains("uses a comma") })
    }

    /// When an item's id can be read, a message about a missing or unknown key names the item.
    @Test(arguments: [
        ("        text: Is it so?\n", "", "question \"q1\" has no \"text\""),
        ("        statements:\n          low: Not really.\n          high: Very much.\n", "", "question \"q1\" has no \"statements\""),
        ("    name: Only\n", "", "the dimension \"only\" has no \"name\""),
        ("    name: Low\n", "", "the stage \"low\" has no \"name\""),
        ("    name: Only\n", "    name: Only\n    colour: red\n", "\"colour\" is not a known key in the dimension \"only\""),
        // An id that is not valid cannot name the item: the message says "a question".
        ("      - id: q1\n        text: Is it so?\n", "      - id: Q 1\n", "a question has no \"text\""),
    ])
    func messagesNameTheItemByItsId(original: String, replacement: String, message: String) {
        #expect(Self.minimal.contains(original))
        let text = Self.minimal.replacingOccurrences(of: original, with: replacement)
        let messages = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "t.yaml").diagnostics.map(\.message)
        #expect(messages.contains(message), "\(messages)")
    }

    @Test func aRootThatIsNotAGroupOfKeys() {
        let diagnostics = FrameworkDecoder.decode(bytes: Array("- a\n- b\n".utf8), file: "t.yaml").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("should be a group of keys") == true)
    }
}
