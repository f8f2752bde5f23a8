import Foundation
import MaturityCore
import Testing

/// `maturity --framework PATH` on a framework that says "Not sure" for "Don't know": the real
/// program, in a real terminal and line by line, shows the framework's words; its French
/// translation, which does not translate them, shows the French program's own.
@Suite struct AnswerLabelEndToEndTests {
    static let framework = """
        framework: not-sure
        version: "1"
        language: en
        title: Not sure check
        description: One question, whose "don't know" is called "Not sure".
        dont-know: Not sure
        not-applicable: Does not apply to us
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
                text: Do you know where your records are?
                allow:
                  - dont-know
                  - not-applicable
                statements:
                  low: Not really.
                  high: Every one of them.

        """

    static let french = """
        translation: not-sure
        language: fr
        version: "1"
        title: Vérification
        description: Une question.
        stages:
          low:
            name: Bas
          high:
            name: Haut
        dimensions:
          only:
            name: Seule
        questions:
          q1:
            text: Savez-vous où sont vos fichiers ?
            statements:
              low: Pas vraiment.
              high: Tous.

        """

    /// A folder holding the framework and its French translation.
    static func folder(in home: AssessTests.Home) throws -> URL {
        let folder = home.root.appendingPathComponent("frameworks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(framework.utf8).write(to: folder.appendingPathComponent("not-sure.yaml"))
        try Data(french.utf8).write(to: folder.appendingPathComponent("not-sure.fr.yaml"))
        return folder
    }

    @Test func theScreensShowTheFrameworksName() async throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let path = try Self.folder(in: home).appendingPathComponent("not-sure.yaml").path
        let session = try TmuxSession(maturity: ["--framework", path, "--out", home.out.path, "--organisation", "Label Trust"],
                                      environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter")
        try await session.waitFor("Dimension 1 of 1")
        try session.send(keys: "Enter")
        let question = try await session.waitFor("d ( ) Not sure")
        #expect(question.contains("a ( ) Does not apply to us"))
        #expect(!question.contains("Don't know") && !question.contains("Not applicable"))
        // d still chooses it, whatever it is called; Enter goes on.
        try session.send(keys: "d")
        try await session.waitFor("d (•) Not sure")
        try session.send(keys: "Enter")
        let results = try await session.waitFor("Your results")
        #expect(TmuxSession.flowed(results).contains("You answered \"Not sure\" to one question"))
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        #expect(try home.responses().first?.answers["q1"] == .dontKnow)
    }

    @Test func thePlainModeShowsTheFrameworksName() throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let path = try Self.folder(in: home).appendingPathComponent("not-sure.yaml").path
        let outcome = try BinaryRunner.run(["--framework", path, "--plain", "--organisation", "Label Trust", "--out", home.out.path],
                                           environment: home.environment, input: "d\n")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("  d. Not sure\n"))
        #expect(outcome.output.contains("  a. Does not apply to us\n"))
        #expect(outcome.output.contains("You answered \"Not sure\" to one question"))
        #expect(!outcome.output.contains("Don't know") && !outcome.output.contains("don't know"))
        #expect(try home.responses().first?.answers["q1"] == .dontKnow)
    }

    /// The French translation leaves the names out: French people read "Je ne sais pas", not
    /// the English "Not sure", and validate says the names are not translated.
    @Test func aTranslationWithoutTheNamesShowsItsLanguagesWords() throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let folder = try Self.folder(in: home)
        let outcome = try BinaryRunner.run(["--framework", folder.appendingPathComponent("not-sure.yaml").path, "--lang", "fr", "--plain",
                                            "--organisation", "Label Trust", "--out", home.out.path],
                                           environment: home.environment, input: "d\n")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("  d. Je ne sais pas\n"))
        #expect(outcome.output.contains("  a. Sans objet\n"))
        #expect(!outcome.output.contains("Not sure"))

        let validate = try BinaryRunner.run(["validate", folder.appendingPathComponent("not-sure.fr.yaml").path])
        #expect(validate.status == 0)
        #expect(validate.output.contains("warning: the label \"dont-know\" is not translated; the words of the translation's language are shown for it"))
        #expect(validate.output.contains("warning: the label \"not-applicable\" is not translated"))
    }
}
