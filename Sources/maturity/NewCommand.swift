import ArgumentParser
import MaturityCommandLine
import MaturityCore

/// `maturity new framework NAME`: writes a framework to start from.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new file to start from.",
        subcommands: [NewFrameworkCommand.self]
    )
}

/// `maturity new framework NAME`: a small, valid framework with every key explained.
struct NewFrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "Write a small, valid framework to start from, with a comment on every key.",
        discussion: """
            Writes NAME.yaml in the current folder (or the file given with --output), which must \
            not exist yet: nothing is ever overwritten. NAME becomes the framework's id. Check \
            the file with `maturity validate` as you change it. See docs/framework-format.md.
            """
    )

    @Argument(help: ArgumentHelp("The framework's id: lower-case letters, digits and hyphens, such as volunteer-data.", valueName: "name"))
    var name: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: NAME.yaml).", valueName: "file"))
    var output: String?

    func validate() throws {
        guard SchemaReader.isIdentifier(name) else {
            throw ValidationError("\"\(name.excerpt())\" is not a valid id: use lower-case letters a-z, digits and hyphens, starting with a letter or digit, such as \(SchemaReader.suggestedIdentifier(for: name.excerpt(limit: 64)))")
        }
    }

    func run() throws {
        let path = output ?? name + ".yaml"
        do {
            try AtomicFile.create(path, with: Array(FrameworkStarter.text(id: name).utf8))
        } catch {
            let reason = error.kind == .exists
                ? "it already exists, and is left as it is; choose another name, or another file with --output"
                : error.reason
            Terminal.warn("cannot write \(SafeText.sanitize(path, keepNewlines: false)): \(reason)")
            throw ExitCode(1)
        }
        print("wrote \(SafeText.sanitize(path, keepNewlines: false)): a framework to start from; check it with `maturity validate \(SafeText.sanitize(path, keepNewlines: false))` as you change it")
    }
}
