/// The command line and environment of one participant's assessment: `maturity assess` with the
/// workshop's folder and framework, the participant's response id (so that joining again picks
/// their answers up), the command that rejoins, and their language.
public struct ParticipantLaunch: Sendable, Equatable {
    /// The `maturity` program.
    public var program: String
    /// The answers folder, a full path.
    public var folder: String
    /// `--framework`: a built-in id or a full path.
    public var framework: String
    /// `--frameworks-dir` folders, full paths.
    public var frameworkFolders: [String]
    public var responseID: String
    /// What the participant types to come back, shown on their screen.
    public var rejoinCommand: String
    /// A language the framework has, from the participant's `LANG`; nil for the framework's own.
    public var language: String?
    /// Line by line, for a screen reader or a client that asked for no terminal.
    public var plain: Bool

    public init(program: String, folder: String, framework: String, frameworkFolders: [String] = [], responseID: String,
                rejoinCommand: String, language: String? = nil, plain: Bool = false) {
        self.program = program
        self.folder = folder
        self.framework = framework
        self.frameworkFolders = frameworkFolders
        self.responseID = responseID
        self.rejoinCommand = rejoinCommand
        self.language = language
        self.plain = plain
    }

    /// argv, the program first. `--no-resume`: every participant's assessment runs as the host's
    /// user, so the host's own list of unfinished assessments must play no part.
    public var arguments: [String] {
        var arguments = [program, "assess", "--out", folder, "--framework", framework]
        for folder in frameworkFolders { arguments += ["--frameworks-dir", folder] }
        arguments += ["--no-resume", "--response-id", responseID, "--rejoin-command", rejoinCommand]
        if let language { arguments += ["--lang", language] }
        if plain { arguments.append("--plain") }
        return arguments
    }

    /// The environment: the host's own variables that say where files go, and the participant's
    /// terminal type, checked. Characters are handled as UTF-8 whatever the participant's locale
    /// (the host may not have it installed); their language travels in `--lang`.
    ///
    /// A terminal type this machine does not know (`isKnown` says, from its terminfo files)
    /// becomes `xterm-256color`, which nearly every terminal understands, rather than the line-by-
    /// line questions an unknown type would get; none at all (a client without a terminal) is `dumb`.
    public static func environment(host: [String: String], terminalType: String?,
                                   isKnown: (String) -> Bool = { _ in true }) -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["HOME", "USER", "LOGNAME", "PATH", "XDG_DATA_HOME", "XDG_STATE_HOME", "MATURITY_FRAMEWORKS", "NO_COLOR", "TMPDIR"] {
            if let value = host[name] { environment[name] = value }
        }
        environment["PATH"] = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        environment["LANG"] = "C.UTF-8"
        if let terminalType {
            let checked = checkedTerminalType(terminalType).flatMap { isKnown($0) ? $0 : nil }
            environment["TERM"] = checked ?? (["xterm-256color", "xterm", "vt100"].first(where: isKnown) ?? "dumb")
        } else {
            environment["TERM"] = "dumb"
        }
        return environment
    }

    /// A terminal type as terminfo names them (`xterm-256color`, `screen.xterm`), or nil: the
    /// name is looked up as a file, so nothing else may pass.
    public static func checkedTerminalType(_ name: String) -> String? {
        guard !name.isEmpty, name.count <= 64, !name.hasPrefix("."), !name.hasPrefix("-") else { return nil }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-_.+".unicodeScalars.contains(scalar)
        }
        return allowed ? name : nil
    }

    /// The language a participant's `LANG` (or `LC_ALL`, `LC_MESSAGES`) asks for: "fr" from
    /// `fr_FR.UTF-8`, nil from `C`, `POSIX` or nothing.
    public static func language(fromLocale variables: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = variables[name], !value.isEmpty else { continue }
            let code = LanguageCode.primary(value)
            if code == "c" || code == "posix" { return nil }
            guard (2...3).contains(code.count), code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
            return code
        }
        return nil
    }
}
