#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Escaping for each format a report is written in. Text from files has already been made
/// safe for terminals when read (`SafeText`); this makes it inert in the format it lands in.
public enum ReportText {
    /// HTML text and attribute values: `& < > " '` become entities.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Markdown prose: characters that would start formatting, links, HTML or a table are escaped
    /// with a backslash, and line breaks inside a value become spaces.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "{", "}":
                out.append("\\")
                out.append(character)
            default:
                // "\r\n" is one Character in Swift, and U+2028 and friends are line breaks too.
                if character.isNewline { out.append(" ") } else { out.append(character) }
            }
        }
        return out
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
    /// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
    /// is prefixed with an apostrophe, so it shows as text and never runs.
    public static func csv(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A computed number for CSV and JSON: as it is, never guarded (it is not text).
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
