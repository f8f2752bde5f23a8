import Foundation
import Testing

/// `maturity validate` and `maturity frameworks` driven as a trainer would use them.
@Suite struct ValidateCommandTests {
    static let fixtures = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/MaturityCoreTests/Fixtures")

    @Test func theShippedFrameworksAreValidFromAnyDirectory() throws {
        let outcome = try BinaryRunner.run(["validate"], in: URL(fileURLWithPath: "/"))
        #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
        #expect(outcome.output.contains("checked 4 files: no problems"))
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

    @Test func frameworksListsBuiltInsThenFolders() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = try String(contentsOf: Self.fixtures.appendingPathComponent("reserved-stage.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "dont-know", with: "high")
        try framework.write(to: folder.appendingPathComponent("reserved.yaml"), atomically: true, encoding: .utf8)
        try "framework: [broken]\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["frameworks"], environment: ["MATURITY_FRAMEWORKS": folder.path])
        #expect(outcome.status == 0)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        let order = ["data-maturity ", "data-skills ", "data-sharing-readiness ", "reserved "].map { id in
            lines.firstIndex { $0.hasPrefix(id) } ?? -1
        }
        #expect(order.allSatisfy { $0 >= 0 } && order == order.sorted(), "\(outcome.output)")
        #expect(outcome.output.contains("data-maturity  version 1.0  [en, fr]  built in"))
        #expect(outcome.output.contains("broken.yaml: cannot be used"))
    }

    @Test func versionAndHelpDescribeTheTool() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["assess", "validate", "frameworks"] { #expect(help.output.contains(command)) }
    }
}
