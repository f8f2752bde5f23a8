#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Shows diagnostics as a compiler does: `FILE:LINE:COL: error: message`, the source line with a
/// caret under the column, then the hint.
public enum DiagnosticRenderer {
    /// Source lines wider than this are shown as a window around the column.
    static let lineWindow = 100

    /// Renders diagnostics as text. `sources` gives the text of each file by name, for the
    /// quoted line; a diagnostic whose file is not there is shown without it.
    public static func text(_ diagnostics: [Diagnostic], sources: [String: SourceText], colour: Bool = false) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += render(diagnostic, source: sources[diagnostic.file], colour: colour)
        }
        return output
    }

    public static func render(_ diagnostic: Diagnostic, source: SourceText?, colour: Bool) -> String {
        let severityWord: String
        switch (diagnostic.severity, colour) {
        case (.error, true): severityWord = "\u{1B}[1;31merror\u{1B}[0m"
        case (.warning, true): severityWord = "\u{1B}[1;33mwarning\u{1B}[0m"
        default: severityWord = diagnostic.severity.rawValue
        }
        let file = SafeText.sanitize(diagnostic.file, keepNewlines: false)
        let message = SafeText.sanitize(diagnostic.message, keepNewlines: false)
        var output = "\(file):\(diagnostic.mark.line):\(diagnostic.mark.column): \(severityWord): \(message)\n"
        if let raw = source?.text(ofLine: diagnostic.mark.line) {
            let (shown, caretColumn) = window(of: raw, column: diagnostic.mark.column)
            let number = String(diagnostic.mark.line)
            let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
            output += "\(gutter) | \(shown)\n"
            output += "      | \(String(repeating: " ", count: caretColumn))^\n"
        }
        if let hint = diagnostic.hint {
            output += "   hint: \(SafeText.sanitize(hint, keepNewlines: false))\n"
        }
        return output
    }

    /// The part of a line to show and the display column of the caret within it.
    static func window(of line: String, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        let split = min(max(column - 1, 0), scalars.count)
        // Only the text near the caret can be shown: measure no more of a huge line than that.
        let margin = lineWindow * 4
        let start = max(0, split - margin), end = min(scalars.count, split + margin)
        var before = String(String.UnicodeScalarView(scalars[start..<split]))
        var after = String(String.UnicodeScalarView(scalars[split..<end]))
        before = SafeText.sanitize(before, keepNewlines: false)
        after = SafeText.sanitize(after, keepNewlines: false)
        var prefix = ""
        if start > 0 || DisplayWidth.of(before) > lineWindow / 2 {
            // Keep the last part of the text before the caret, so the caret stays in view.
            let reversed = String(before.reversed())
            before = String(DisplayWidth.prefix(of: reversed, fitting: lineWindow / 2).reversed())
            prefix = "…"
        }
        var suffix = ""
        if end < scalars.count || DisplayWidth.of(after) > lineWindow / 2 {
            after = String(DisplayWidth.prefix(of: after, fitting: lineWindow / 2))
            suffix = "…"
        }
        let shownBefore = prefix + before
        return (shownBefore + after + suffix, DisplayWidth.of(shownBefore))
    }

    /// "2 errors and 1 warning", "no problems".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        if errors == 0 && warnings == 0 { return "no problems" }
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.joined(separator: " and ")
    }
}
