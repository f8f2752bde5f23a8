import ArgumentParser

/// The root command. With no subcommand it runs the assessment.
struct Maturity: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "maturity",
        abstract: "Assess a charity's data maturity in the terminal, and turn the answers into reports.",
        discussion: """
            Run with no command to take the assessment on the built-in data-maturity framework.
            Guides in docs/ (installed: /usr/share/doc/maturity/docs/, or the same under /usr/local or \
            ~/.local): user-guide.md (taking an assessment), reports.md (reports), workshop.md \
            (running a workshop), framework-format.md (writing frameworks), commands.md (everything), \
            install.md (installing, upgrading, removing).
            """,
        version: version,
        subcommands: [AssessCommand.self, ReportCommand.self, BenchmarkCommand.self, PresentCommand.self, WorkshopCommand.self, ValidateCommand.self, FrameworksCommand.self, NewCommand.self, TerminalTestCommand.self],
        defaultSubcommand: AssessCommand.self
    )
}
