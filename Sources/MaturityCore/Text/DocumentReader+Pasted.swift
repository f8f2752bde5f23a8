/// Characters that come with text copied out of Word, Google Docs, a PDF or a web page, and
/// look like the ones the format needs but are not: non-breaking spaces, zero-width spaces,
/// curly quotes. Each is named where it is, with what to type instead.
extension SubsetParser {
    /// True when a non-breaking space (U+00A0) starts at `offset` of the line.
    func isNonBreakingSpace(_ offset: Int, inLine line: Int) -> Bool {
        offset + 1 < lineEnd(line) && bytes[offset] == 0xC2 && bytes[offset + 1] == 0xA0
    }

    /// The invisible characters that have no place in a key or an id, by name.
    static let zeroWidthNames: [Unicode.Scalar: String] = [
        "\u{200B}": "a zero-width space (U+200B)", "\u{200C}": "a zero-width non-joiner (U+200C)",
        "\u{200D}": "a zero-width joiner (U+200D)", "\u{2060}": "a word joiner (U+2060)",
    ]

    /// The first invisible character of `text` and the text without any of them; nil when
    /// there is none (checked on bytes first: they all start with 0xE2).
    static func withoutZeroWidth(_ text: String) -> (name: String, cleaned: String)? {
        guard text.utf8.contains(0xE2) else { return nil }
        var name: String?
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let found = zeroWidthNames[scalar] {
                if name == nil { name = found }
            } else {
                cleaned.append(scalar)
            }
        }
        return name.map { ($0, String(cleaned)) }
    }

    /// The curly quotes wrapping a whole text, as a word processor's "smart quotes" type
    /// them: “…” or ‘…’. Nil when the text is not wrapped in them.
    static func curlyQuotes(around text: String) -> String? {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, text.unicodeScalars.count >= 2 else { return nil }
        switch (first, last) {
        case ("\u{201C}", "\u{201D}"), ("\u{201E}", "\u{201C}"), ("\u{201E}", "\u{201D}"): return "“ ”"
        case ("\u{2018}", "\u{2019}"): return "‘ ’"
        default: return nil
        }
    }

    /// True for `-id: x` or `-dont-know`: a list item's dash with the space after it
    /// missing. A key that starts with `-` is never one of ours, and nor is an id.
    func isDashWithoutSpace(_ position: ParsePosition, keyRequired: Bool = true) -> Bool {
        let line = position.line
        guard byte(position.offset, inLine: line) == UInt8(ascii: "-"), let next = byte(position.offset + 1, inLine: line),
              (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z"))
        else { return false }
        if !keyRequired { return true }
        return scanKey(at: ParsePosition(line: line, offset: position.offset + 1, indent: position.indent + 2)) != nil
    }

    /// Reports the missing space after a dash once for its line.
    mutating func reportDashWithoutSpace(_ position: ParsePosition) {
        guard !reportedDashLines.contains(position.line) else { return }
        reportedDashLines.insert(position.line)
        let rest = String(decoding: bytes[(position.offset + 1)..<lineEnd(position.line)], as: UTF8.self)
        report("a list item needs a space after its \"-\"", line: position.line, offset: position.offset,
               hint: "write \"- \(rest.trimmingWhitespace().excerpt(limit: 30))\", with a space after the \"-\"",
               code: "dash-without-space")
    }
}
