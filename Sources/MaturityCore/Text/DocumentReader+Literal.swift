/// `|` literal blocks, the one way to write text over several lines, and the encoding check
/// that runs before any parsing.
extension SubsetParser {
    enum Chomping { case clip, strip, keep }

    func leadingSpaces(ofLine line: Int) -> Int {
        var cursor = source.lines[line].start
        let end = lineEnd(line)
        while cursor < end && bytes[cursor] == 0x20 { cursor += 1 }
        return cursor - source.lines[line].start
    }

    mutating func parseLiteral(line: Int, start: Int, ownerIndent: Int) -> Node {
        let here = mark(line: line, offset: start)
        let end = lineEnd(line)
        var chomping = Chomping.clip
        var cursor = start + 1
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "-") {
                chomping = .strip
            } else if byte == UInt8(ascii: "+") {
                chomping = .keep
            } else if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") {
                report("indentation numbers after | are not supported", line: line, offset: cursor,
                       hint: "remove the number: the indentation of the text's first line is used")
            } else {
                break
            }
            cursor += 1
        }
        let rest = skipSpaces(from: cursor, inLine: line)
        if rest < end && !(bytes[rest] == Self.hash && rest > cursor) {
            report("unexpected text after |", line: line, offset: rest,
                   hint: "start the text on the next line, indented under the key")
            index = line + 1
            skipLines(indentedMoreThan: ownerIndent)
            return Node(.invalid, at: here)
        }

        // The first line with text sets the block's indentation; it must be deeper than the key.
        var blockIndent: Int?
        var probe = line + 1
        while probe < shapes.count {
            if shapes[probe].allSpaces { probe += 1; continue }
            let spaces = leadingSpaces(ofLine: probe)
            if spaces > ownerIndent { blockIndent = spaces }
            break
        }
        index = line + 1
        guard let indent = blockIndent else {
            return Node(.scalar("", .literal), at: here)
        }

        var parts: [String] = []
        var current = line + 1
        var lastContentLine = line
        while current < shapes.count {
            let info = source.lines[current]
            if shapes[current].allSpaces {
                let length = info.end - info.start
                parts.append(length > indent ? String(repeating: " ", count: length - indent) : "")
            } else if leadingSpaces(ofLine: current) >= indent {
                parts.append(String(decoding: bytes[(info.start + indent)..<info.end], as: UTF8.self))
                lastContentLine = current
            } else {
                break
            }
            current += 1
        }
        index = current

        let contentCount = (parts.lastIndex(where: { !$0.isEmpty }) ?? -1) + 1
        // A block whose last line ends the file without a line break has no final break to keep.
        let endsWithBreak = !(lastContentLine == source.lines.count - 1 && bytes.last != 0x0A)
        let finalBreak = endsWithBreak ? "\n" : ""
        let text: String
        switch chomping {
        case .clip:
            text = contentCount == 0 ? "" : parts[0..<contentCount].joined(separator: "\n") + finalBreak
        case .strip:
            text = parts[0..<contentCount].joined(separator: "\n")
        case .keep:
            text = parts.isEmpty ? "" : parts.joined(separator: "\n") + finalBreak
        }
        return Node(.scalar(SafeText.sanitize(text), .literal), at: here)
    }

    /// Reports bytes that are not UTF-8 text; returns false when the file is not text at all.
    mutating func checkEncoding() -> Bool {
        if let nul = bytes.firstIndex(of: 0),
           let lineIndex = source.lines.firstIndex(where: { $0.start <= nul && nul <= $0.end }) {
            report("this file contains NUL bytes, so it is not a text file", line: lineIndex, offset: nul,
                   hint: "check that this is the right file: frameworks and responses are plain UTF-8 text")
            return false
        }
        var badLines = 0
        var controlLines = 0
        for (lineIndex, line) in source.lines.enumerated() {
            if controlLines < 10, let (offset, value) = firstForbiddenCharacter(in: line) {
                controlLines += 1
                let code = String(value, radix: 16, uppercase: true)
                report("this line holds an invisible control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)), which a file may not contain",
                       line: lineIndex, offset: offset,
                       hint: "delete it (it is often pasted in by accident); inside double quotes it can be written as an escape, such as \\x1B")
            }
            guard let offset = Self.firstInvalidUTF8(bytes, from: line.start, to: line.end) else { continue }
            badLines += 1
            if badLines > 10 {
                report("more lines are not valid UTF-8 text", line: lineIndex, offset: line.start,
                       hint: "save the whole file as UTF-8")
                break
            }
            let shown = String(bytes[offset], radix: 16, uppercase: true)
            report("this line is not valid UTF-8 text (byte 0x\(shown))", line: lineIndex, offset: offset,
                   hint: "save the file with the UTF-8 encoding; most editors offer it under \"Save As\"")
        }
        return true
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
