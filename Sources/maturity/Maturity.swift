import ArgumentParser

/// The root command. With no subcommand it runs the assessment.
struct Maturity: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "maturity",
        abstract: "Assess a charity's data maturity in the terminal, and turn the answers into reports.",
        discussion: """
            Run with no command to take the assessment on the built-in data-maturity framework.

            Taking the assessment: maturity [assess] [options]
              --plain                 Line by line: for screen readers and scripts.
              --lang <code>           The language (fr, es, cy), when the framework has it.
              --framework <id|path>   Another framework (maturity frameworks lists them).
              --organisation <name>   The organisation (and --respondent, --team, --role:
                                      a script gives these, then one answer a line).
              --out <dir>             The folder the answers are saved in.
              --no-color              No colours (also when NO_COLOR is set).
              --resume, --no-resume   Carry on at once, or never offer to carry on.
              --frameworks-dir <dir>  A folder of more frameworks.
            Every one is explained by `maturity assess --help`.

            Guides in docs/ (installed: /usr/share/doc/maturity/docs/, or the same under /usr/local or \
            ~/.local): user-guide.md (taking an assessment), reports.md (reports), workshop.md \
            (running a workshop), framework-format.md (writing frameworks), translating.md (the program's \
            words in another language), commands.md (everything), install.md (installing, upgrading, removing).
            """,
        version: version,
        subcommands: [AssessCommand.self, ReportCommand.self, BenchmarkCommand.self, PresentCommand.self, WorkshopCommand.self, ValidateCommand.self, FrameworksCommand.self, NewCommand.self, TerminalTestCommand.self],
        defaultSubcommand: AssessCommand.self
    )
}
