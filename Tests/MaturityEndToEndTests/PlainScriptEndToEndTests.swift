import Foundation
import MaturityCore
import Testing

/// Issue 15, item 2, through the built program: answers piped in without --organisation are
/// not taken for the organisation, name, team and role.
@Suite struct PlainScriptEndToEndTests {
    typealias Home = AssessTests.Home

    @Test func answersPipedInWithoutTheOrganisationAreNotTakenForIt() throws {
        let home = try Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["assess", "--plain", "--out", home.out.path],
                                           environment: home.environment, input: "2\n3\n4\nd\n")
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("That looks like an answer to a question, but the questions come after these details"))
        #expect(outcome.errors.contains("maturity: input ended before the first question, while the organisation's name and the other details were being asked. A script gives them with --organisation"))
        #expect(!outcome.output.contains("Question 1 of 28"))
        #expect(home.savedFiles().isEmpty)
    }
}

/// Issue 15, item 6, through the built program: the closing lines give the one command that
/// shows the results again, and that command works as printed.
@Suite struct ReportAfterAssessmentEndToEndTests {
    typealias Home = AssessTests.Home

    @Test func theCommandGivenAtTheEndMakesTheReport() throws {
        let home = try Home()
        defer { home.remove() }
        let outcome = try BinaryRunner.run(["--plain", "--organisation", "Report Trust", "--out", home.out.path],
                                           environment: home.environment, input: "4\n3\nq\n")
        #expect(outcome.status == 0, "\(outcome.errors)")
        let prefix = "To see your results again, as a web page with charts, run: "
        let line = try #require(outcome.output.split(separator: "\n").first { $0.hasPrefix(prefix) })
        let command = String(line.dropFirst(prefix.count))
        #expect(command.hasPrefix("maturity report ") && command.contains("--include-in-progress"))
        // Run as printed, by a shell, in a folder of its own.
        let shell = try BinaryRunner.runProgram(URL(fileURLWithPath: "/bin/sh"),
                                                ["-c", command.replacingOccurrences(of: "maturity ", with: "\"$0\" ", options: .anchored),
                                                 BinaryRunner.binary.path],
                                                in: home.root)
        #expect(shell.status == 0, "\(shell.errors)")
        let report = try String(contentsOf: home.root.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("Report Trust") || report.contains("<svg"))
    }
}

/// Issue 15, item 11, through the built program: usage mistakes end with 2 and say what was meant.
@Suite struct UsageMistakeEndToEndTests {
    @Test func aMisspelledCommandGetsADidYouMean() throws {
        let outcome = try BinaryRunner.run(["asses"])
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("maturity: \"asses\" is not a command of maturity; did you mean \"assess\"?"))
    }

    @Test func aLanguageTheFrameworkLacksIsAUsageMistake() throws {
        let outcome = try BinaryRunner.run(["--lang", "de", "--plain"], input: "")
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("has no \"de\" translation; its languages are: en, fr, es, cy"))
        let unknown = try BinaryRunner.run(["--framework", "nope", "--plain"], input: "")
        #expect(unknown.status == 2)
    }
}
