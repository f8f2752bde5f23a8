import Foundation
import Testing

/// What editors and tools need from the program (issue 17, part 4): the JSON a plugin reads,
/// standard input, the yaml-language-server line, and a starter that validates.
@Suite struct EditorSupportTests {
    static func guideExample() throws -> String {
        let guide = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("docs/framework-format.md"), encoding: .utf8)
        let blocks = guide.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```\n")[0] }
        return try #require(blocks.first { $0.hasPrefix("# A small framework about volunteer data") })
    }

    static func diagnostics(_ output: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require(report["diagnostics"] as? [[String: Any]])
    }

    @Test func standardInputIsReadForAHyphenAndNamedSo() throws {
        let broken = try Self.guideExample().replacingOccurrences(of: "        statements:\n          starting: Contact",
                                                                   with: "        statments:\n          starting: Contact")
        let outcome = try BinaryRunner.run(["validate", "-"], input: broken)
        #expect(outcome.status == 1)
        #expect(outcome.output.hasPrefix("<stdin>:31:9: error: \"statments\" is not a known key here; did you mean \"statements\"?\n   31 |         statments:\n"))
        let good = try BinaryRunner.run(["validate", "-"], input: try Self.guideExample())
        #expect(good.output == "<stdin>: ok\nchecked 1 file: no problems\n")
        #expect(good.status == 0)
    }

    /// A code, where the problem starts and ends (columns in characters), the LSP range
    /// (0-based, UTF-16 code units), and the related places, as data.
    @Test func jsonGivesCodeRangeAndRelatedPlaces() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An emoji (two UTF-16 code units) before the mistake, and a key written twice.
        let text = try Self.guideExample()
            .replacingOccurrences(of: "title: Volunteer data check", with: "title: 😀 Volunteer data check\ntitle: Again")
        try text.write(to: folder.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "--format", "json", "v.yaml"], in: folder)
        let found = try Self.diagnostics(outcome.output)
        let duplicate = try #require(found.first { $0["code"] as? String == "duplicate-key" })
        #expect(duplicate["line"] as? Int == 6 && duplicate["column"] as? Int == 1)
        #expect(duplicate["endLine"] as? Int == 6 && duplicate["endColumn"] as? Int == 6)
        let range = try #require(duplicate["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 5, "character": 0] && range["end"] == ["line": 5, "character": 5])
        let related = try #require(duplicate["related"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["line"] as? Int == 5 && related.first?["column"] as? Int == 1)
        #expect(related.first?["message"] as? String == "first set here")

        // After an emoji, the LSP character (UTF-16, from 0) is one more than the column (characters, from 1) less one.
        try text.replacingOccurrences(of: "title: Again\n", with: "")
            .replacingOccurrences(of: "title: 😀 Volunteer data check", with: "title: 😀 Volunteer: data check")
            .write(to: folder.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
        let colon = try #require(try Self.diagnostics(try BinaryRunner.run(["validate", "--format", "json", "w.yaml"], in: folder).output).first)
        #expect(colon["code"] as? String == "colon-in-text")
        #expect(colon["line"] as? Int == 5 && colon["column"] as? Int == 19)
        #expect((colon["range"] as? [String: [String: Int]])?["start"] == ["line": 4, "character": 19])
    }

    @Test func theLineThatTurnsOnYamlLanguageServerIsAccepted() throws {
        let text = "# yaml-language-server: $schema=../docs/schema/framework.schema.json\n" + (try Self.guideExample())
        let outcome = try BinaryRunner.run(["validate", "-"], input: text)
        #expect(outcome.output == "<stdin>: ok\nchecked 1 file: no problems\n")
    }

    @Test func theStarterIsWrittenOnceAndValidates() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BinaryRunner.run(["new", "framework", "volunteer-data"], in: folder)
        #expect(made.status == 0)
        #expect(made.output == "wrote volunteer-data.yaml: a framework to start from; check it with `maturity validate volunteer-data.yaml` as you change it\n")
        let checked = try BinaryRunner.run(["validate", "volunteer-data.yaml"], in: folder)
        #expect(checked.output == "volunteer-data.yaml: ok\nchecked 1 file: no problems\n")
        let listed = try BinaryRunner.run(["frameworks", "--frameworks-dir", "."], in: folder)
        #expect(listed.output.contains("volunteer-data  version 0.1  [en]  ./volunteer-data.yaml\n    Volunteer data\n    2 dimensions, 2 questions, 3 stages\n"))

        let again = try BinaryRunner.run(["new", "framework", "volunteer-data"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors == "maturity: cannot write volunteer-data.yaml: it already exists, and is left as it is; choose another name, or another file with --output\n")

        let badID = try BinaryRunner.run(["new", "framework", "Volunteer Data"], in: folder)
        #expect(badID.status == 2)
        #expect(badID.errors.hasPrefix("Error: \"Volunteer Data\" is not a valid id: use lower-case letters a-z, digits and hyphens, starting with a letter or digit, such as volunteer-data\n"))

        let elsewhere = try BinaryRunner.run(["new", "framework", "no", "--output", "mine.yaml"], in: folder)
        #expect(elsewhere.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("mine.yaml"), encoding: .utf8)
        #expect(written.contains("\nframework: \"no\"\n"))
        #expect(try BinaryRunner.run(["validate", "mine.yaml"], in: folder).status == 0)
    }
}
