import Foundation
import MaturityCore
import PropertyBased
import Testing

/// The JSON report is written by our own `JSONOutput`, which replaced Foundation's JSONEncoder
/// for speed. The bytes must not change: every kind of report, hostile text included, gives
/// exactly what JSONEncoder gives for the same `Encodable` types (`dataThroughJSONEncoder`),
/// and parses.
@Suite struct JSONReportEquivalenceTests {
    typealias F = ReportFixtures

    /// Byte for byte as JSONEncoder writes it, and valid JSON.
    static func expectSameAsJSONEncoder(_ report: Report, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reference = [UInt8](JSONReportWriter.dataThroughJSONEncoder(report))
        #expect(!reference.isEmpty, "JSONEncoder failed", sourceLocation: sourceLocation)
        let ours = [UInt8](JSONReportWriter.data(report))
        #expect(ours == reference, "\(firstDifference(ours, reference))", sourceLocation: sourceLocation)
        // `write` is the same bytes and a final line break (compared as bytes: String's == would
        // let canonically equivalent text pass).
        #expect(Array(JSONReportWriter.write(report).utf8) == reference + [0x0A], sourceLocation: sourceLocation)
        let parsed = try JSONSerialization.jsonObject(with: Data(ours))
        #expect(parsed is [String: Any], sourceLocation: sourceLocation)
    }

    /// Where two outputs part, with the lines around it, for a readable failure.
    static func firstDifference(_ ours: [UInt8], _ reference: [UInt8]) -> String {
        let common = min(ours.count, reference.count)
        guard let offset = (0..<common).first(where: { ours[$0] != reference[$0] }) ?? (ours.count == reference.count ? nil : common)
        else { return "same" }
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, offset - 120)..<min(bytes.count, offset + 120)], as: UTF8.self)
        }
        return "first difference at byte \(offset) of \(ours.count) (JSONEncoder: \(reference.count))\nours:\n\(around(ours))\nJSONEncoder:\n\(around(reference))"
    }

    // MARK: - Every kind of report

    @Test func oneRespondent() throws {
        try Self.expectSameAsJSONEncoder(F.single)
    }

    @Test func aGroupWithABreakdownAndProblems() throws {
        try Self.expectSameAsJSONEncoder(F.group)
        try Self.expectSameAsJSONEncoder(F.report([F.a, F.b, F.c], by: .role, minimumGroupSize: 1))
    }

    @Test func noRespondentsAtAll() throws {
        // Empty arrays and objects, and every figure null.
        try Self.expectSameAsJSONEncoder(F.report([], problems: [Report.Problem(source: "a.yaml", reason: "not YAML")]))
    }

    @Test func overTimeInRounds() throws {
        // Two rounds: the change over time, and the note that the figures are the latest round's.
        #expect(F.overTime.overTime?.points.count == 2)
        #expect(F.overTime.content.roundSentence != nil)
        try Self.expectSameAsJSONEncoder(F.overTime)
    }

    @Test func aBenchmarkWithAndWithoutSectorFigures() throws {
        try Self.expectSameAsJSONEncoder(F.benchmarked)
        var report = F.benchmarked
        var comparison = try #require(report.benchmarkComparison)
        comparison.dimensions[0].organisation = nil
        comparison.dimensions[2].sector = nil
        comparison.fingerprintDiffers = true
        comparison.dimensionsNotInBenchmark = ["people", "Ünïcode \"quoted\""]
        report.benchmarkComparison = comparison
        try Self.expectSameAsJSONEncoder(report)
    }

    @Test func versionsThatDoNotMatchTheFramework() throws {
        var old = F.response("o", ["d1": "emerging", "zz": "developing", "t1": "expert"])
        old.frameworkVersion = "0.9"
        old.frameworkFingerprint = "0000000000000000"
        var older = F.response("p", ["d1": "mastering"])
        older.frameworkVersion = "0.8 \"beta\""
        older.frameworkFingerprint = nil
        try Self.expectSameAsJSONEncoder(F.report([old, older, F.a]))
    }

    @Test func manyRespondentsWithAllSortsOfScores() throws {
        // A fixed pseudo-random spread of answers: every stage, don't know, not applicable, blanks.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let choices = F.stageIDs + ["dont-know", "not-applicable"]
        let teams = ["Fundraising", "Finance", "Ops", "IT"]
        let roles = ["Staff", "Trustee", "Volunteer"]
        let responses = (0..<240).map { index in
            var answers: [String: String] = [:]
            for question in F.framework.questions where next(5) > 0 {
                answers[question.id] = choices[next(choices.count)]
            }
            return F.response("r\(index)", respondent: next(4) == 0 ? nil : "Person \(index)",
                              team: next(6) == 0 ? nil : teams[next(teams.count)], role: roles[next(roles.count)],
                              updated: "2026-11-\(10 + next(18))T\(10 + next(10)):00:00Z", answers)
        }
        try Self.expectSameAsJSONEncoder(F.report(responses, by: .team, minimumGroupSize: 3))
        try Self.expectSameAsJSONEncoder(F.report(responses, by: .role, minimumGroupSize: 100))
    }

    // MARK: - Hostile text

    @Test func theHostileFixtures() throws {
        try Self.expectSameAsJSONEncoder(F.hostileReport)
    }

    /// Quotes, backslashes, control characters (made visible, bar line breaks), CRLF, emoji,
    /// right-to-left text, combining marks and `</script>` in every place text can be: framework
    /// wording, stage and dimension ids (keys of `histogram` and of each respondent's
    /// `dimensions`, so their sorting too), names, teams, organisations, problems.
    static let nasty = [
        "say \"hi\"", "back\\slash\\", "tab\there", "line\nbreak", "cr\r\nlf", "bell\u{07}esc\u{1B}[0m", "nul\u{0}",
        "del\u{7F}", "c1\u{85}\u{9B}", "</script><script>alert(1)</script>", "😀👩🏽‍💻🇬🇧", "עברית ومرحبا",
        "\u{202E}evil\u{202C}", "ls\u{2028}ps\u{2029}", "e\u{301}cole", "école", "Zebra", "apple", "_under", "~tilde",
        "10", "9", "", " ", "/slash/", "\u{FEFF}bom", "\u{10FFFF}",
    ]

    static var nastyFramework: Framework {
        let stageIDs = ["z-\"last\"", "é", "Émergent", "a\\b", "😀", "ב"]
        let stages = stageIDs.enumerated().map { Stage(id: $1, name: nasty[$0 % nasty.count]) }
        func question(_ id: String, _ text: String) -> Question {
            Question(id: id, text: text, allowed: [.dontKnow, .notApplicable], statements: stages.map(\.name))
        }
        let dimensionIDs = ["zeta", "Alpha", "</script>", "q\"uote", "émoji😀", "10", "9", "tab\tid"]
        let dimensions = dimensionIDs.enumerated().map { index, id in
            Dimension(id: id, name: nasty[(index * 3) % nasty.count],
                      questions: (0..<3).map { question("\(id)-q\($0)\(nasty[(index + $0) % nasty.count])", nasty[(index * 2 + $0) % nasty.count]) })
        }
        return Framework(id: "nasty \"framework\"", version: "1\\2", language: "he", title: "</script>😀 עברית\r\n",
                         description: "desc", licence: "\u{1B}]0;x\u{07}", attribution: nil, stages: stages, dimensions: dimensions)
    }

    static func nastyReport(by field: GroupBreakdown.Field?) -> Report {
        let framework = nastyFramework
        let choices = framework.stages.map(\.id) + ["dont-know", "not-applicable"]
        let responses = nasty.enumerated().map { index, text in
            var answers: [String: String] = [:]
            for (number, question) in framework.questions.enumerated() where (number + index) % 4 != 0 {
                answers[question.id] = choices[(number * 7 + index) % choices.count]
            }
            return F.response("id \(index) \(text)", organisation: index % 3 == 0 ? text : "Org \"\(index % 3)\"",
                              respondent: text, team: nasty[(index + 1) % nasty.count], role: index % 2 == 0 ? text : nil,
                              updated: "2026-11-\(10 + index % 18)T10:00:00Z", framework: framework, answers)
        }
        let problems = nasty.map { Report.Problem(source: $0 + ".yaml", reason: "bad: " + $0) }
        return Report(Report.Input(framework: framework, responses: responses, problems: problems, groupBy: field,
                                   minimumGroupSize: 1, generated: F.generated))
    }

    @Test func nastyTextEverywhere() throws {
        try Self.expectSameAsJSONEncoder(Self.nastyReport(by: .team))
        try Self.expectSameAsJSONEncoder(Self.nastyReport(by: .role))
        try Self.expectSameAsJSONEncoder(Self.nastyReport(by: nil))
    }

    @Test func nastyTextOverTime() throws {
        // One organisation, so the report has a series over time with nasty dimension ids.
        var report = Self.nastyReport(by: nil)
        let framework = report.framework
        let responses = report.respondents.map(\.response).enumerated().map { index, response in
            var response = response
            response.organisation = "One \"org\" 😀"
            response.updated = Timestamp(parsing: "2026-\(10 + index % 3)-01T10:00:00Z")!
            return response
        }
        report.overTime = ChangeOverTime(responses: responses, framework: framework, organisation: "One \"org\" 😀")
        #expect((report.overTime?.steps.count ?? 0) >= 2)
        try Self.expectSameAsJSONEncoder(report)
    }

    @Test func idsThatSwiftCountsAsEqualAppearOnce() throws {
        // "é" precomposed and decomposed: one key in JSONEncoder's dictionary, and in ours.
        var framework = F.framework
        framework.dimensions[0].id = "\u{E9}"
        framework.dimensions[1].id = "e\u{301}"
        framework.stages[1].id = "e\u{301}"
        framework.stages[2].id = "\u{E9}"
        let responses = [F.a, F.b, F.c].map { response in
            var response = response
            response.frameworkFingerprint = framework.fingerprint
            return response
        }
        let report = Report(Report.Input(framework: framework, responses: responses, generated: F.generated))
        try Self.expectSameAsJSONEncoder(report)
    }

    // MARK: - Strings and numbers on their own

    /// `{ "s" : text }` as JSONEncoder writes it.
    static func reference(_ text: String) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try [UInt8](encoder.encode(["s": text]))
    }

    static func ours(_ text: String) -> [UInt8] {
        var out = JSONOutput()
        out.beginObject()
        out.field("s", text)
        out.endObject()
        return out.bytes
    }

    @Test func everyASCIICharacterIsEscapedAsJSONEncoderEscapesIt() throws {
        for value in 0...0x7F {
            let text = "a" + String(UnicodeScalar(UInt8(value))) + "b"
            #expect(Self.ours(text) == (try Self.reference(text)), "U+\(String(value, radix: 16))")
        }
        // The short escapes, \u00XX in lower case, and nothing else escaped.
        #expect(String(decoding: Self.ours("\"\\/\u{08}\u{0C}\n\r\t\u{0}\u{1F}\u{1B}\u{7F}é"), as: UTF8.self)
            == "{\n  \"s\" : \"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\\u001b\u{7F}é\"\n}")
    }

    @Test func anyTextIsEscapedAsJSONEncoderEscapesIt() async {
        let scalar = Gen.oneOf(
            Gen.int(in: 0...0x7F).map { Unicode.Scalar(UInt8($0)) },
            Gen.int(in: 0x80...0xD7FF).map { Unicode.Scalar(UInt32($0))! },
            Gen.int(in: 0xE000...0x10FFFF).map { Unicode.Scalar(UInt32($0))! }
        )
        await propertyCheck(count: 300, input: scalar.array(of: 0...40)) { scalars in
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            #expect(Self.ours(text) == (try Self.reference(text)))
            let parsed = try JSONSerialization.jsonObject(with: Data(Self.ours(text))) as? [String: String]
            #expect(parsed?["s"].map { Array($0.unicodeScalars) } == scalars)
        }
    }

    static func reference(_ number: Double) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(["n": number]), as: UTF8.self)
    }

    static func ours(_ number: Double) -> String {
        var out = JSONOutput()
        out.beginObject()
        out.field("n", number)
        out.endObject()
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        let edges: [Double] = [
            0, -0.0, 1, -1, 4, 2.75, 0.1, 1.0 / 3, 8.35 / 3, 0.9800793618659437, 2.175, 100, 1e-5, 1e-7, 0.0001, 123.456,
            9_007_199_254_740_991, 9_007_199_254_740_992, 9_007_199_254_740_993, -9_007_199_254_740_992, 1e15, 1e16, 1e22,
            5e-324, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1.7976931348623157e308,
            Double(Int.max), Double(Int.min), 4_503_599_627_370_495.5, 0.5, -2.5,
        ]
        for number in edges {
            #expect(Self.ours(number) == (try Self.reference(number)), "\(number)")
        }
        // JSON has no NaN or infinity (JSONEncoder would refuse): null.
        for number in [Double.nan, .infinity, -.infinity] {
            #expect(Self.ours(number) == "{\n  \"n\" : null\n}")
        }
    }

    @Test func anyFiniteDoubleIsWrittenAsJSONEncoderWritesItAndReadsBackTheSame() async {
        let bits = Gen.int(in: Int.min...Int.max).map { Double(bitPattern: UInt64(bitPattern: Int64($0))) }
        let near = Gen.double(in: -1e6...1e6)
        let whole = Gen.int(in: -(1 << 60)...(1 << 60)).map { Double($0) }
        await propertyCheck(count: 500, input: Gen.oneOf(bits, near, whole)) { number in
            guard number.isFinite else { return }
            let text = Self.ours(number)
            #expect(text == (try Self.reference(number)))
            // Swift's own reading, which rounds correctly (Foundation's JSONSerialization on Linux
            // can be a unit in the last place out for numbers above 2^53).
            let written = text.dropFirst("{\n  \"n\" : ".count).dropLast("\n}".count)
            #expect(Double(String(written)) == number, "\(written)")
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
            #expect(parsed is [String: Any])
        }
    }

    @Test func integersAreWrittenInFull() {
        for value in [0, 7, 10, -1, -10, 1234567890, Int.max, Int.min] {
            var out = JSONOutput()
            out.number(value)
            #expect(String(decoding: out.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func emptyAndNestedContainersAreLaidOutAsJSONEncoderLaysThemOut() throws {
        struct Shape: Encodable {
            var a: [String] = []
            var b: [String: Int] = [:]
            var c = ["x"]
            var d: [String: [String: Int]] = ["k": [:], "j": ["z": 1, "y": 2]]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let reference = String(decoding: try encoder.encode(Shape()), as: UTF8.self)
        var out = JSONOutput()
        out.beginObject()
        out.field("a", [String]())
        out.field("b", [String: Int]())
        out.field("c", ["x"])
        out.key("d")
        out.beginObject()
        out.field("j", ["z": 1, "y": 2])
        out.field("k", [String: Int]())
        out.endObject()
        out.endObject()
        #expect(String(decoding: out.bytes, as: UTF8.self) == reference)
    }
}
