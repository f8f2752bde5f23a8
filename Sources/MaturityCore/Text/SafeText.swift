/// Makes untrusted text safe to show anywhere: on a terminal, in a report, in a message.
///
/// Control characters would let a file move the cursor, change colours or clear the screen
/// (ncurses passes some through), and bidirectional overrides can make text read differently
/// from what it is. Both are made visible instead of being removed, so nothing is hidden from
/// the reader. Line breaks are kept where the text may have several lines.
public enum SafeText {
    /// The visible stand-in for a character that must not reach output raw, or nil if it is safe.
    public static func visibleReplacement(for scalar: Unicode.Scalar, keepNewlines: Bool) -> String? {
        let v = scalar.value
        switch v {
        case 0x0A:
            return keepNewlines ? nil : " "
        case 0x09:
            return " "
        case 0x00...0x1F:
            // U+2400 CONTROL PICTURES: ␀ … ␟ (␛ for ESC).
            return String(Unicode.Scalar(0x2400 + v)!)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F:
            return codePointTag(v)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return codePointTag(v)
        case 0x2028, 0x2029:
            return keepNewlines ? "\n" : " "
        case 0xFFF9...0xFFFB:
            return codePointTag(v)
        case FileSystemName.byteCharacters:
            // A byte of a file name that is not UTF-8 (see FileSystemName): shown as the byte.
            let hex = String(v - 0xEF00, radix: 16, uppercase: true)
            return "\\x" + hex
        default:
            return nil
        }
    }

    /// Returns the text with every unsafe character made visible. Fast path: already safe text
    /// is returned unchanged without copying.
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        // Printable ASCII (with line feeds where kept) needs nothing: checked a byte at a time,
        // as most keys and values are, before the scalar-by-scalar test.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F {
                if byte != 0x0A || !keepNewlines { return false }
            }
            return true
        }
        if plain == true { return text }
        guard text.unicodeScalars.contains(where: { visibleReplacement(for: $0, keepNewlines: keepNewlines) != nil }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if let replacement = visibleReplacement(for: scalar, keepNewlines: keepNewlines) {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True when the text holds nothing that `sanitize` would change.
    public static func isSafe(_ text: String, keepNewlines: Bool = true) -> Bool {
        !text.unicodeScalars.contains(where: { visibleReplacement(for: $0, keepNewlines: keepNewlines) != nil })
    }

    private static func codePointTag(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
