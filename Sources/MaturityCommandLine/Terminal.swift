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

/// Small helpers for what the commands print.
public enum Terminal {
    public static func warn(_ message: String) {
        writeToStandardError("maturity: \(message)\n")
    }

    /// Writes all of `text` to standard error at once, unbuffered, as messages must be.
    public static func writeToStandardError(_ text: String) {
        let bytes = Array(text.utf8)
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
