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
    /// with a backslash, and line breaks inside a value become spaces. A word that a
    /// GitHub-flavoured renderer would turn into a link by itself (`https://…`, `www.…`, an
    /// e-mail address, `mailto:`) is written as code instead: renderers never link inside code,
    /// whereas a backslash stops only some of them (GitHub links e-mail addresses, and on
    /// rendered files web addresses too, after escapes are resolved).
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            out += wouldAutolink(word) ? codeSpan(word) : escapedMarkdown(word)
            word = ""
        }
        for character in text {
            // "\r\n" is one Character in Swift, and U+2028 and friends are line breaks too.
            if character.isNewline || character.isWhitespace {
                flushWord()
                out.append(character.isNewline ? " " : character)
            } else {
                word.append(character)
            }
        }
        flushWord()
        return out
    }

    /// Whether GitHub-flavoured Markdown could make a link of this word on its own: a scheme
    /// with `://`, `www.`, `mailto:` or `xmpp:`, or an e-mail address (an @ with a dot after it).
    static func wouldAutolink(_ word: String) -> Bool {
        let lowered = word.lowercased()
        if lowered.contains("://") || lowered.contains("www.") || lowered.contains("mailto:") || lowered.contains("xmpp:") { return true }
        if let at = lowered.firstIndex(of: "@"), lowered[lowered.index(after: at)...].contains(".") { return true }
        return false
    }

    /// The word as an inline code span: a fence of backticks longer than any run inside it, a
    /// space inside the fence when it starts or ends with a backtick, and `|` escaped, which
    /// GitHub-flavoured tables need even inside code.
    static func codeSpan(_ word: String) -> String {
        var longest = 0, run = 0
        for character in word {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = word.hasPrefix("`") || word.hasSuffix("`") ? " " : ""
        return fence + padding + word.replacingOccurrences(of: "|", with: "\\|") + padding + fence
    }

    static func escapedMarkdown(_ word: String) -> String {
        var out = ""
        for character in word {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "{", "}":
                out.append("\\")
                out.append(character)
            default:
                out.append(character)
            }
        }
        return out
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
    /// spreadsheet would run as a formula is prefixed with an apostrophe, so it shows as text
    /// and never runs: text starting with = + - @, a tab, a carriage return or a line feed, or
    /// with = + - @ after leading spaces and line breaks (spreadsheets skip those: a cell of
    /// a line feed then `=` ran as a formula).
    public static func csv(_ text: String) -> String {
        var value = text
        let firstVisible = value.unicodeScalars.first { !$0.properties.isWhitespace }
        if let first = value.unicodeScalars.first,
           "=+-@\t\r\n".unicodeScalars.contains(first)
            || (first.properties.isWhitespace && firstVisible.map { "=+-@".unicodeScalars.contains($0) } == true) {
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
