import Foundation
import MaturityCore
import Testing

/// `maturity --lang fr` as a French-speaking volunteer sees it: the screens' own words in
/// French, not only the framework's, in a real terminal and line by line.
@Suite struct AssessFrenchTests {
    /// The English words of the question screen and its key bar (the catalogue's, in
    /// docs/user-guide.md's words), none of which is French.
    static let englishWords = ["Don't know", "Not applicable", "of", "answered", "Enter", "Esc", "move", "confirm", "back",
                               "overview", "list", "guidance", "guide", "quit", "Press", "read", "the", "more"]

    /// Text as its words between single spaces, so that "list" is not found in "liste".
    static func words(_ text: String) -> String {
        " " + text.split { !($0.isLetter || $0 == "'") }.joined(separator: " ") + " "
    }

    static func englishWordsOn(_ screen: String) -> [String] {
        let shown = words(screen)
        return englishWords.filter { shown.contains(words($0)) }
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func theQuestionScreenIsInFrench(width: Int, height: Int) async throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--lang", "fr", "--out", home.out.path, "--organisation", "Les Amis du Parc"],
                                      width: width, height: height, environment: home.environment)
        defer { session.kill() }
        let welcome = try await session.waitFor("Entrée commencer")
        #expect(welcome.contains("Association"))
        try session.send(keys: "Enter")
        try await session.waitFor("Dimension 1 sur 7")
        try session.send(keys: "Enter")
        try await session.waitFor("Question 1 sur 28")
        // "Je ne sais pas" is the last answer: at 40x12 it is reached with End.
        try session.send(keys: "End")
        let question = try await session.waitFor("Je ne sais pas")
        #expect(Self.englishWordsOn(question).isEmpty, "English on the French question screen: \(Self.englishWordsOn(question))\n\(question)")
        try session.send(keys: "Home", "3", "q")
        #expect(try await session.waitForExit() == 0)
        let closing = try session.capture(includingHistory: true, joiningWrappedLines: true)
        #expect(TmuxSession.flowed(closing).contains("Vos réponses sont enregistrées dans"))
        #expect(closing.contains("relancez la même commande pour la reprendre"))
        #expect(try home.responses().first?.answers["uses-decisions"] == .stage("learning"))
    }

    /// Line by line, with input ending early: the prompts, the message on standard error and
    /// the closing line are in French; a second run with --resume carries on in French.
    @Test func thePlainModeIsInFrench() throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["--lang", "fr", "--plain", "--organisation", "Les Amis du Parc", "--out", home.out.path],
                                           environment: home.environment, input: "3\nd\n")
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("Question 1 sur 28\u{A0}: "))
        #expect(outcome.output.contains("  d. Je ne sais pas"))
        #expect(outcome.output.contains("Réponse (1-5, d, b retour, n note,\u{A0}? aide, q quitter)\u{A0}: "))
        #expect(outcome.output.contains("Vos réponses sont enregistrées dans \(home.out.path)"))
        #expect(outcome.output.contains("(évaluation en cours\u{A0}: pour la reprendre, relancez la même commande avec --resume, ou lancez-la dans un terminal)."))
        #expect(outcome.errors.contains("maturity: la saisie s'est arrêtée après 2 questions sur 28\u{A0}; les réponses déjà données sont enregistrées, évaluation en cours"))
        #expect(!outcome.output.contains("Question 1 of 28") && !outcome.errors.contains("input ended"))

        let rest = String(repeating: "4\n", count: AssessTests.questionCount - 2)
        let resumed = try BinaryRunner.run(["--lang", "fr", "--plain", "--organisation", "Les Amis du Parc", "--out", home.out.path, "--resume"],
                                           environment: home.environment, input: rest)
        #expect(resumed.status == 0, "\(resumed.errors)")
        #expect(resumed.output.contains("Question 3 sur 28"))
        #expect(resumed.output.contains("Vos résultats"))
        #expect(resumed.output.contains("(évaluation terminée)."))
    }

    /// Asking to resume with nothing to resume says so in French, and so does input that ends at once.
    @Test func theResumeMessageIsInFrench() throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["--lang", "fr", "--plain", "--resume", "--organisation", "Les Amis du Parc", "--out", home.out.path],
                                           environment: home.environment, input: "")
        #expect(outcome.errors.contains("maturity: vous n'avez pas d'évaluation non terminée de ce questionnaire dans \(home.out.path)\u{A0}; une nouvelle commence"))
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("maturity: la saisie s'est arrêtée après 0 question sur 28"))
    }

    /// An output folder that cannot be made: the warnings and the save failure are in French,
    /// around the system's own reason.
    @Test func aFailedSaveIsReportedInFrench() throws {
        let home = try AssessTests.Home()
        defer { home.remove() }
        let blocked = home.root.appendingPathComponent("not-a-folder")
        try "a file, not a folder".write(to: blocked, atomically: true, encoding: .utf8)
        let out = blocked.appendingPathComponent("responses").path
        let outcome = try BinaryRunner.run(["--lang", "fr", "--plain", "--organisation", "Les Amis du Parc", "--out", out],
                                           environment: home.environment, input: "3\n")
        #expect(outcome.status == 1)
        let fallback = home.root.appendingPathComponent("state/maturity/unsaved").path
        #expect(outcome.errors.contains("\u{A0}; les réponses seront gardées dans \(fallback) à la place"))
        #expect(outcome.output.contains("Échec de l'enregistrement\u{A0}: "))
        #expect(outcome.output.contains("\u{A0}; réponses gardées dans \(fallback)/"))
        #expect(outcome.errors.contains("maturity: des réponses n'ont pas pu être enregistrées dans \(out)\u{A0}; elles sont gardées dans \(fallback)"))
    }
}
