/// The checks that run before any parsing: that the file is UTF-8 text (a UTF-16 file with a
/// byte order mark has already been read as its text by `SourceText`), without control
/// characters, with LF or CRLF line endings.
extension SubsetParser {
    /// Reports bytes that are not UTF-8 text; returns false when the file is not text at all.
    mutating func checkEncoding() -> Bool {
        if let nul = bytes.firstIndex(of: 0),
           let lineIndex = source.lines.firstIndex(where: { $0.start <= nul && nul <= $0.end }) {
            if Self.looksLikeUTF16(bytes) {
                report("this file is saved as UTF-16 (\"Unicode\" in Notepad), not as UTF-8", line: 0, offset: source.lines[0].start,
                       hint: "save it again with the UTF-8 encoding: in Notepad, choose File > Save As and set Encoding to UTF-8",
                       code: "utf16-file")
            } else {
                report("this file contains NUL bytes, so it is not a text file", line: lineIndex, offset: nul,
                       hint: "check that this is the right file: frameworks and responses are plain UTF-8 text", code: "not-text")
            }
            return false
        }
        if let first = source.linesEndingInCR.first {
            let everyLine = source.linesEndingInCR.count >= source.lines.count - 1
            let message = everyLine ? "the lines of this file end with a carriage return alone (CR), as on old Macs"
                : "this line ends with a carriage return alone (CR), as on old Macs"
            let others = everyLine ? [] : source.linesEndingInCR.dropFirst().map { source.lines[$0].number }
            var diagnostic = Diagnostic(.error, file: source.name, at: mark(line: first, offset: source.lines[first].end),
                                        message + RepeatedPlaces.alsoOn(others),
                                        hint: "save the file with Unix (LF) or Windows (CRLF) line endings; most editors offer them under \"Save As\" or in the status bar")
            diagnostic.code = "cr-line-ending"
            diagnostics.append(diagnostic)
        }
        var badLines = 0
        var controlLines = 0
        for (lineIndex, line) in source.lines.enumerated() {
            if controlLines < 10, let (offset, value) = firstForbiddenCharacter(in: line) {
                controlLines += 1
                let code = String(value, radix: 16, uppercase: true)
                report("this line holds an invisible control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)), which a file may not contain",
                       line: lineIndex, offset: offset,
                       hint: "delete it (it is often pasted in by accident); inside double quotes it can be written as an escape, such as \\x1B",
                       code: "control-character")
            }
            guard let offset = Self.firstInvalidUTF8(bytes, from: line.start, to: line.end) else { continue }
            badLines += 1
            if badLines > 10 {
                report("more lines are not valid UTF-8 text", line: lineIndex, offset: line.start,
                       hint: "save the whole file as UTF-8", code: "not-utf8")
                break
            }
            let shown = String(bytes[offset], radix: 16, uppercase: true)
            report("this line is not valid UTF-8 text (byte 0x\(shown))", line: lineIndex, offset: offset,
                   hint: "save the file with the UTF-8 encoding; most editors offer it under \"Save As\"", code: "not-utf8")
        }
        return true
    }

    /// True when most of the first bytes pair a zero with another byte, as UTF-16 text in a
    /// Latin script does (a file saved without a byte order mark, or cut to an odd length).
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = min(bytes.count / 2, 256)
        guard sample >= 2 else { return false }
        var zeroFirst = 0, zeroSecond = 0
        for pair in 0..<sample {
            let a = bytes[pair * 2], b = bytes[pair * 2 + 1]
            if a == 0 && b != 0 { zeroFirst += 1 }
            if b == 0 && a != 0 { zeroSecond += 1 }
        }
        return max(zeroFirst, zeroSecond) * 4 >= sample * 3
    }

    /// The first character YAML does not allow in a file: C0 controls but tab, DEL, C1
    /// controls but NEL, a byte order mark after the start, U+FFFE and U+FFFF. Nil for none.
    func firstForbiddenCharacter(in line: SourceText.Line) -> (offset: Int, value: UInt32)? {
        var cursor = line.start
        while cursor < line.end {
            let byte = bytes[cursor]
            if byte < 0x20 && byte != 0x09 || byte == 0x7F { return (cursor, UInt32(byte)) }
            if byte == 0xC2, cursor + 1 < line.end, bytes[cursor + 1] >= 0x80, bytes[cursor + 1] <= 0x9F, bytes[cursor + 1] != 0x85 {
                return (cursor, UInt32(bytes[cursor + 1]))
            }
            if byte == 0xEF, cursor + 2 < line.end {
                let second = bytes[cursor + 1], third = bytes[cursor + 2]
                if second == 0xBB && third == 0xBF { return (cursor, 0xFEFF) }
                if second == 0xBF && (third == 0xBE || third == 0xBF) { return (cursor, third == 0xBE ? 0xFFFE : 0xFFFF) }
            }
            cursor += 1
        }
        return nil
    }
    /// The offset of the first byte that breaks UTF-8 in `bytes[from..<to]`, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8], from: Int, to end: Int) -> Int? {
        var cursor = from
        while cursor < end {
            let lead = bytes[cursor]
            if lead < 0x80 { cursor += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return cursor
            }
            guard cursor + length <= end else { return cursor }
            if bytes[cursor + 1] < low || bytes[cursor + 1] > high { return cursor }
            for extra in 2..<max(2, length) where bytes[cursor + extra] & 0xC0 != 0x80 { return cursor }
            cursor += length
        }
        return nil
    }
}
