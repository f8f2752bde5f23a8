import Foundation
import MaturityCore
import Testing

/// The program's own words by language file, as a user meets them: Spanish and Welsh built in,
/// a trainer's own language picked up from the frameworks' folder, and `validate` checking a
/// language file against the English.
@Suite struct LanguageFileCommandTests {
    @Test(arguments: [
        ("es", "Pregunta 1 de 28: ", "  d. No lo sé", "Sus respuestas están guardadas en"),
        ("cy", "Cwestiwn 1 o 28: ", "  d. Ddim yn gwybod", "Mae'ch atebion wedi'u cadw yn"),
    ])
    func thePlainModeSpeaksTheLanguage(language: String, question: String, dontKnow: String, saved: String) throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["--lang", language, "--plain", "--organisation", "Test", "--out", home.out.path],
                                           environment: home.environment, input: "3\nd\n")
        #expect(outcome.status == 1)
        #expect(outcome.output.contains(question))
        #expect(outcome.output.contains(dontKnow))
        #expect(outcome.output.contains(saved))
        #expect(!outcome.output.contains("Question 1 of 28"))
    }

    /// A folder holding a German framework and a German language file: the screens use the
    /// German texts given and the English for the rest; a broken language file is refused whole,
    /// with a word on standard error.
    @Test func aTrainersLanguageFileIsPickedUpBesideTheFrameworks() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = try AssessTests.Home()
        defer { home.remove() }
        #expect(try BinaryRunner.run(["new", "framework", "probe"], in: folder).status == 0)
        let starter = folder.appendingPathComponent("probe.yaml")
        let framework = try String(contentsOf: starter, encoding: .utf8)
        try framework.replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: de\n").write(to: starter, atomically: true, encoding: .utf8)
        let words = folder.appendingPathComponent("de.yaml")
        try "program: maturity\nlanguage: de\ntexts:\n  plain-question: \"Frage {number} von {total}: {text}\"\n"
            .write(to: words, atomically: true, encoding: .utf8)
        let arguments = ["--frameworks-dir", folder.path, "--framework", "probe", "--plain", "--organisation", "X", "--out", home.out.path]
        let german = try BinaryRunner.run(arguments, environment: home.environment, input: "1\n1\n")
        #expect(german.status == 0, "\(german.errors)")
        #expect(german.output.contains("Frage 1 von 2: "))
        #expect(german.output.contains("Your answers are saved in"), "texts the file lacks are in English")

        try "program: maturity\nlanguage: de\ntexts:\n  plain-question: \"Frage {nummer}: {text}\"\n".write(to: words, atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(arguments, environment: home.environment, input: "1\n1\n")
        #expect(refused.status == 0)
        #expect(refused.output.contains("Question 1 of 2: "))
        #expect(refused.errors.contains("de.yaml has 1 error"))
        #expect(refused.errors.contains("so its words are not used; run `maturity validate"))
    }

    /// A framework given by path finds the language file in its own folder, with no
    /// --frameworks-dir, as it finds its translations.
    @Test func aLanguageFileBesideAFrameworkGivenByPathIsUsed() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = try AssessTests.Home()
        defer { home.remove() }
        #expect(try BinaryRunner.run(["new", "framework", "probe"], in: folder).status == 0)
        let starter = folder.appendingPathComponent("probe.yaml")
        let framework = try String(contentsOf: starter, encoding: .utf8)
        try framework.replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: de\n").write(to: starter, atomically: true, encoding: .utf8)
        try "program: maturity\nlanguage: de\ntexts:\n  plain-question: \"Frage {number} von {total}: {text}\"\n"
            .write(to: folder.appendingPathComponent("de.yaml"), atomically: true, encoding: .utf8)
        let german = try BinaryRunner.run(["--framework", starter.path, "--plain", "--organisation", "X", "--out", home.out.path],
                                          environment: home.environment, input: "1\n1\n")
        #expect(german.status == 0, "\(german.errors)")
        #expect(german.output.contains("Frage 1 von 2: "))
    }

    @Test func validateChecksALanguageFileAgainstTheEnglish() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "program: maturity\nlanguage: de\ntexts:\n  question-of: Frage {number} von {totl}\n  dont-knw: Weiß nicht\n"
            .write(to: folder.appendingPathComponent("de.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["validate", "de.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("de.yaml:4:3: error: \"question-of\" uses {totl}, which the program does not fill in"))
        #expect(outcome.output.contains("hint: this text's blanks are {number}, {total}"))
        #expect(outcome.output.contains("de.yaml:5:3: error: \"dont-knw\" is not a text of maturity; did you mean \"dont-know\"?"))
        #expect(outcome.output.contains("texts are not translated yet, and shown in English"))
        #expect(outcome.output.contains("de.yaml: 1 of \(BuiltInLanguages.english.texts.count) texts translated"))

        let shipped = try BinaryRunner.run(["validate", BinaryRunner.repositoryRoot.appendingPathComponent("languages").path])
        #expect(shipped.status == 0)
        #expect(shipped.output.contains("cy.yaml: ok (\(BuiltInLanguages.english.texts.count) of \(BuiltInLanguages.english.texts.count) texts translated)"))
    }
}
