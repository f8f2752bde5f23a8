import Foundation
import MaturityCore
import Testing

/// `maturity validate` and `maturity frameworks` driven as a trainer would use them.
@Suite struct ValidateCommandTests {
    static let fixtures = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/MaturityCoreTests/Fixtures")

    @Test func theShippedFrameworksAreValidFromAnyDirectory() throws {
        let outcome = try BinaryRunner.run(["validate"], in: URL(fileURLWithPath: "/"))
        #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
        #expect(outcome.output.contains("checked 14 files: no problems"))
        #expect(outcome.output.contains("languages/es.yaml: ok (\(BuiltInLanguages.english.texts.count) of \(BuiltInLanguages.english.texts.count) texts translated)"))
    }

    @Test func plantedMistakesAreReportedLikeACompiler() throws {
        let file = Self.fixtures.appendingPathComponent("planted-mistakes.yaml").path
        let outcome = try BinaryRunner.run(["validate", file])
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("\(file):24:9: error: \"statments\" is not a known key here; did you mean \"statements\"?"))
        #expect(outcome.output.contains("   24 |         statments:\n      |         ^\n"))
        #expect(outcome.output.contains("checked 1 file: 16 errors and 1 warning"))
    }

    @Test func jsonOutputIsParseableAndComplete() throws {
        let file = Self.fixtures.appendingPathComponent("planted-mistakes.yaml").path
        let outcome = try BinaryRunner.run(["validate", "--format", "json", file])
        #expect(outcome.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "maturity-diagnostics/1")
        #expect(object["errors"] as? Int == 16)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 17)
        #expect(diagnostics.first?["line"] as? Int == 2)
        #expect(diagnostics.first?["column"] as? Int == 12)
    }

    @Test func aMissingFileIsAnErrorAndAUsageMistakeExitsWithTwo() throws {
        let missing = try BinaryRunner.run(["validate", "/no/such/file.yaml"])
        #expect(missing.status == 1)
        #expect(missing.output.contains("no such file"))
        let usage = try BinaryRunner.run(["validate", "--format", "xml"])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("xml"))
    }

    @Test func aTranslationIsCheckedAgainstTheFrameworkBesideIt() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = try String(contentsOf: Self.fixtures.appendingPathComponent("reserved-stage.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "dont-know", with: "high")
        try framework.write(to: folder.appendingPathComponent("reserved.yaml"), atomically: true, encoding: .utf8)
        let translation = "translation: reserved\nlanguage: fr\nversion: \"1\"\nquestions:\n  q:\n    text: Q ?\n    statements:\n      low: Bas.\n      hihg: Haut.\n"
        try translation.write(to: folder.appendingPathComponent("reserved.fr.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "reserved.fr.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("reserved.fr.yaml:9:7: error: the framework has no stage \"hihg\"; did you mean \"high\"?"))
    }

    @Test func hostileFileContentNeverReachesTheTerminalRaw() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "framework: \"\\e[2J\\e]0;pwned\\a\"\nver\u{1B}[31msion: 1\u{202E}\n"
        try hostile.write(to: folder.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "hostile.yaml"], in: folder)
        #expect(outcome.status == 1)
        let raw = (outcome.output + outcome.errors).unicodeScalars
        #expect(!raw.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(outcome.output.contains("\u{241B}"))
    }

    @Test func versionAndHelpDescribeTheTool() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["assess", "validate", "frameworks"] { #expect(help.output.contains(command)) }
    }

    /// The top-level help shows the assessment's own options, so that `--plain` (for screen
    /// readers) is found without knowing that `assess` has a help of its own.
    @Test func theTopLevelHelpShowsEveryOptionOfTheAssessment() throws {
        let help = try BinaryRunner.run(["--help"]).output
        let assess = try BinaryRunner.run(["assess", "--help"]).output
        let options = Set(assess.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "[" || $0 == "]" })
            .filter { $0.hasPrefix("--") && $0.count > 2 }.map(String.init))
        #expect(options.count >= 10)
        for option in options where !["--help", "--version"].contains(option) {
            #expect(help.contains(option), "maturity --help does not show \(option)")
        }
        #expect(help.contains("Line by line: for screen readers and scripts."))
    }

    // MARK: - Response files

    static let smallFramework = """
        framework: reserved
        version: "1"
        language: en
        title: Reserved
        description: Two stages, one question.
        stages:
          - id: low
            name: Low
          - id: high
            name: High
        dimensions:
          - id: d
            name: D
            questions:
              - id: q
                text: Q?
                statements:
                  low: Low.
                  high: High.

        """

    static let smallResponse = """
        response: "r-1"
        framework: reserved
        framework-version: "1"
        organisation: "Trust"
        updated: 2026-11-21T10:20:00Z
        status: complete
        answers:
          q: "hihg"
          qq: "low"

        """

    @Test func aResponseIsCheckedAsAResponseNotAsAFramework() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let response = "response: \"r-1\"\nframework: data-maturity\nframework-version: \"1.0\"\nframework-fingerprint: \"0000\"\n"
            + "organisation: \"Trust\"\nupdated: 2026-11-21T10:20:00Z\nstatus: complete\nanswers:\n  uses-decision: \"developing\"\n"
        try response.write(to: folder.appendingPathComponent("response.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "response.yaml"], in: folder)
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(!outcome.output.contains("not a known key"))
        #expect(outcome.output.contains("response.yaml:4:24: warning: these answers were given to a different shape of \"data-maturity\""))
        #expect(outcome.output.contains("response.yaml:9:3: warning: \"uses-decision\" is not a question of \"data-maturity\" 1.0, so this answer is not counted; did you mean \"uses-decisions\"?\n    9 |   uses-decision: \"developing\"\n      |   ^\n"))
        #expect(outcome.output.hasSuffix("checked 1 file: 2 warnings\n"))
    }

    /// A day the calendar lacks is an error where it is written, not a date silently moved
    /// (2026-02-31 once became 3 March).
    @Test func anImpossibleDateIsALocatedError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let response = "response: \"r-1\"\nframework: data-maturity\nframework-version: \"1.0\"\n"
            + "organisation: \"Trust\"\nupdated: 2026-02-31T10:00:00Z\nstatus: complete\nanswers:\n  uses-decisions: \"developing\"\n"
        try response.write(to: folder.appendingPathComponent("response.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "response.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("response.yaml:5:10: error: \"2026-02-31T10:00:00Z\" is not a date and time: February 2026 has 28 days"),
                "\(outcome.output)")
    }

    @Test func aResponseFindsItsFrameworkWhereverFrameworksAreFound() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let frameworks = folder.appendingPathComponent("frameworks"), answers = folder.appendingPathComponent("answers")
        for sub in [frameworks, answers] { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
        try Self.smallFramework.write(to: frameworks.appendingPathComponent("reserved.yaml"), atomically: true, encoding: .utf8)
        try Self.smallResponse.write(to: answers.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let located = [
            "answers/r.yaml:8:6: warning: \"hihg\" is not a stage of \"reserved\", so this answer is not counted; did you mean \"high\"?",
            "answers/r.yaml:9:3: warning: \"qq\" is not a question of \"reserved\" 1, so this answer is not counted; did you mean \"q\"?",
        ]

        // Not found: said so, at the framework's name, and the rest of the file checked anyway.
        let alone = try BinaryRunner.run(["validate", "answers/r.yaml"], in: folder)
        #expect(alone.status == 1)
        #expect(alone.output.hasPrefix("answers/r.yaml:2:12: error: cannot check the answers: no framework called \"reserved\"; the frameworks here are: data-maturity, data-skills, data-sharing-readiness, data-protection\n"))
        #expect(alone.output.hasSuffix("checked 1 file: 1 error\n"))

        for (arguments, environment) in [(["--frameworks-dir", "frameworks"], [:]), ([], ["MATURITY_FRAMEWORKS": frameworks.path]),
                                         (["frameworks/reserved.yaml"], [:])] {
            let outcome = try BinaryRunner.run(["validate"] + arguments + ["answers/r.yaml"], in: folder, environment: environment)
            #expect(outcome.status == 0, "\(arguments): \(outcome.output)")
            for line in located { #expect(outcome.output.contains(line), "\(arguments): \(outcome.output)") }
        }
    }

    @Test func aFolderIsCheckedFileByFileByWhatEachHolds() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.smallFramework.write(to: folder.appendingPathComponent("reserved.yaml"), atomically: true, encoding: .utf8)
        try "translation: reserved\nlanguage: fr\nversion: \"1\"\nquestions:\n  q:\n    text: Q ?\n    statements:\n      low: Bas.\n      high: Haut.\n"
            .write(to: folder.appendingPathComponent("reserved.fr.yaml"), atomically: true, encoding: .utf8)
        try Self.smallResponse.replacingOccurrences(of: "  q: \"hihg\"\n  qq: \"low\"\n", with: "  q: \"high\"\n")
            .write(to: folder.appendingPathComponent("response.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "--format", "json", "."], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["kind"] as? String } == ["translation", "framework", "response"])
        #expect(files.map { $0["status"] as? String } == ["warnings", "ok", "ok"], "\(outcome.output)")
        #expect(outcome.status == 0)
    }

    /// Every file asked for is in `files`, read or not, in the order given.
    @Test func jsonListsEveryFileGivenWithItsStatus() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.smallFramework.write(to: folder.appendingPathComponent("reserved.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let outcome = try BinaryRunner.run(["validate", "--format", "json", "missing.yaml", "reserved.yaml", "empty"], in: folder)
        #expect(outcome.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["missing.yaml", "reserved.yaml", "empty"])
        #expect(files.map { $0["status"] as? String } == ["unreadable", "ok", "errors"])
        #expect(files.map { $0["kind"] as? String } == [nil, "framework", "folder"])
        #expect(files.map { $0["errors"] as? Int } == [1, 0, 1])
        #expect(object["errors"] as? Int == 2)
    }

    /// A folder's file that cannot be read is an error in its place, never skipped in silence.
    @Test func aFileInAFolderThatCannotBeReadIsReportedInItsPlace() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = folder.appendingPathComponent("checked")
        try FileManager.default.createDirectory(at: checked.appendingPathComponent("sub.yaml"), withIntermediateDirectories: true)
        try Self.smallFramework.write(to: checked.appendingPathComponent("reserved.yaml"), atomically: true, encoding: .utf8)
        #expect(mkfifo(checked.appendingPathComponent("a-pipe.yaml").path, 0o644) == 0)
        let outcome = try BinaryRunner.run(["validate", "checked"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.output == """
            checked/a-pipe.yaml:1:1: error: cannot read checked/a-pipe.yaml: it is not a regular file (a device or a named pipe)
               hint: check the path; `maturity frameworks` lists the frameworks it can find
            checked/reserved.yaml: ok
            checked 2 files: 1 error

            """)
    }

    @Test func helpSaysThatResponsesAreCheckedToo() throws {
        let help = try BinaryRunner.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("response"))
        #expect(help.output.contains("docs/response-format.md"))
    }
}
