import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import MaturityCommandLine
import MaturityTerminal
import MaturityUI

/// `maturity terminal-test`: every style role in its colours, wide characters, the size and the
/// keys pressed, so that a host can check a terminal or a projector before a workshop.
struct TerminalTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-test",
        abstract: "Show every colour and style and echo keys, to check a terminal."
    )

    @Flag(name: .customLong("no-color"), help: "Use bold, reverse and underline only, no colours (as NO_COLOR=1 does).")
    var noColor = false

    func run() throws {
        let colour = TerminalRunner.wantsColour(noColourFlag: noColor, environment: ProcessInfo.processInfo.environment)
        let runner: TerminalRunner
        switch TerminalRunner.start(colour: colour) {
        case .failure(let failure):
            let hint: String
            switch failure {
            case .notATerminal: hint = "run it in an interactive terminal, with nothing redirected"
            case .unusableTerminal: hint = "set TERM to your terminal's type, for example TERM=xterm-256color"
            case .alreadyStarted: hint = "this is a bug in maturity"
            }
            Terminal.warn("this terminal cannot be used full-screen: \(failure); \(hint).")
            throw ExitCode(1)
        case .success(let started):
            runner = started
        }
        var screen = TerminalTestProgram(colour: runner.screen.theme.usesColour)
        switch runner.run(&screen) {
        case .quit: return
        case .signal(let signal):
            Terminal.warn("stopped by \(TerminalSignals.name(of: signal))")
            throw ExitCode(TerminalSignals.exitStatus(for: signal))
        case .hangUp:
            throw ExitCode(TerminalRunner.Ending.hangUp.status)
        }
    }
}
