import Foundation
import Testing

/// `maturity frameworks`: what a trainer sees of the frameworks and translations it can find.
@Suite struct FrameworksCommandTests {
    static let fixtures = ValidateCommandTests.fixtures

    static func folder(with files: [String: String]) throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let french = "translation: reserved\nlanguage: fr\nversion: \"1\"\ntitle: Réservé\ndescription: Deux.\n"
        + "stages:\n  low:\n    name: Bas\n  high:\n    name: Haut\ndimensions:\n  d:\n    name: D\n"
        + "questions:\n  q:\n    text: Q ?\n    statements:\n      low: Bas.\n      high: Haut.\n"

    @Test func frameworksListsBuiltInsThenFolders() throws {
        let folder = try Self.folder(with: ["reserved.yaml": ValidateCommandTests.smallFramework, "broken.yaml": "framework: [broken]\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try BinaryRunner.run(["frameworks"], environment: ["MATURITY_FRAMEWORKS": folder.path])
        #expect(outcome.status == 0)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        let order = ["data-maturity ", "data-skills ", "data-sharing-readiness ", "data-protection ", "reserved "].map { id in
            lines.firstIndex { $0.hasPrefix(id) } ?? -1
        }
        #expect(order.allSatisfy { $0 >= 0 } && order == order.sorted(), "\(outcome.output)")
        #expect(outcome.output.contains("data-maturity  version 1.0  [en, fr, es, cy]  built in"))
        #expect(outcome.output.contains("broken.yaml: cannot be used"))
    }

    /// A broken translation is not offered as a language; each language is listed once; the
    /// file used for a language is the first good one, and the others are named.
    @Test func translationsAreCheckedBeforeTheyAreListed() throws {
        let broken = Self.french.replacingOccurrences(of: "  q:\n", with: "  qq:\n")
        let folder = try Self.folder(with: [
            "reserved.yaml": ValidateCommandTests.smallFramework,
            "reserved.de.yaml": broken.replacingOccurrences(of: "language: fr", with: "language: de"),
            "reserved.fr.yaml": broken,
            "reserved-copy.fr.yaml": Self.french,
            "reserved-again.fr.yaml": Self.french,
            "gone.fr.yaml": Self.french.replacingOccurrences(of: "translation: reserved", with: "translation: gone"),
            "response.yaml": ValidateCommandTests.smallResponse,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try BinaryRunner.run(["frameworks", "--frameworks-dir", "."], in: folder)
        #expect(outcome.status == 0)
        let expected = """
            reserved  version 1  [en, fr]  ./reserved.yaml
                Reserved
                1 dimension, 1 question, 2 stages
                note: ./reserved-copy.fr.yaml also translates it into fr; ./reserved-again.fr.yaml is used
                note: ./reserved.fr.yaml also translates it into fr but cannot be used (1 error); ./reserved-again.fr.yaml is used
                de: cannot be used: 1 error; run `maturity validate ./reserved.de.yaml`
            ./gone.fr.yaml: not used: it translates "gone", and no framework here is called that
            note: ./response.yaml is a response file, not a framework; it is skipped

            """
        #expect(outcome.output.hasSuffix(expected), "\(outcome.output)")
        // The assessment takes the same file for French, and refuses German with the reason.
        let german = try BinaryRunner.run(["--frameworks-dir", ".", "--framework", "reserved", "--lang", "de", "--plain"], in: folder)
        #expect(german.status == 1)
        #expect(german.errors.contains("./reserved.de.yaml has 1 error"))
    }

    @Test func aMissingFolderOnTheCommandLineIsAUsageErrorButNotInTheVariable() throws {
        let named = try BinaryRunner.run(["frameworks", "--frameworks-dir", "/no/such/folder"])
        #expect(named.status == 2)
        #expect(named.errors.contains("the folder /no/such/folder given with --frameworks-dir does not exist"))
        #expect(named.output.isEmpty)
        let file = try BinaryRunner.run(["frameworks", "--frameworks-dir", Self.fixtures.appendingPathComponent("reserved-stage.yaml").path])
        #expect(file.status == 2)
        #expect(file.errors.contains("is a file, not a folder"))
        let variable = try BinaryRunner.run(["frameworks"], environment: ["MATURITY_FRAMEWORKS": "/no/such/folder"])
        #expect(variable.status == 0)
        #expect(variable.errors == "maturity: cannot read /no/such/folder: no such folder (named in MATURITY_FRAMEWORKS); it is skipped\n")
        #expect(variable.output.contains("data-maturity  version 1.0  [en, fr, es, cy]  built in"))
    }
}
