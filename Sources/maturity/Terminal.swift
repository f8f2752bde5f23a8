import Foundation

/// Small helpers for what the commands print.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("maturity: \(message)\n".utf8))
    }

    /// True when standard output is a terminal that wants colour: not redirected, not `dumb`,
    /// and `NO_COLOR` unset (https://no-color.org).
    static var standardOutputWantsColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
