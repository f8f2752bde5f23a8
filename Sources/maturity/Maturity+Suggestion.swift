import MaturityCore

extension Maturity {
    /// The names a command line may start with.
    static var commandNames: [String] {
        configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty } + ["help"]
    }

    /// "maturity asses": the first argument is no command but is close to one. Said in place of
    /// the parser's "unexpected argument", which reads as if `assess` were meant all along.
    static func misspelledCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first),
              let suggestion = EditDistance.suggestion(for: first, among: commandNames) else { return nil }
        return "\"\(SafeText.sanitize(first, keepNewlines: false).excerpt(limit: 64))\" is not a command of maturity; did you mean \"\(suggestion)\"? (`maturity --help` lists them)"
    }
}
