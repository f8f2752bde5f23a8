#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MaturityCore

/// Small helpers for what the commands print.
public enum Terminal {
    public static func warn(_ message: String) {
        writeToStandardError("maturity: \(message)\n")
    }

    /// Writes all of `text` to standard error at once, unbuffered, as messages must be. Every
    /// message goes through here, and here it is made safe: a path or a name given on the
    /// command line (a folder called "x ESC ]0;pwned BEL") can never reach the terminal raw.
    public static func writeToStandardError(_ text: String) {
        let bytes = Array(SafeText.sanitize(text, keepNewlines: true).utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return
            }
            written += result
        }
    }

    /// True when standard output is a terminal that wants colour: not redirected, not `dumb`,
    /// and `NO_COLOR` unset (https://no-color.org).
    public static var standardOutputWantsColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}

extension FrameworkLoadError {
    /// A framework or language named on the command line that is not there is a mistake in
    /// the command (2, as every usage mistake); a file that cannot be read or used is not (1).
    public var exitStatus: Int32 {
        switch self {
        case .notFound, .noTranslation: return 2
        case .unreadable, .invalid: return 1
        }
    }
}
