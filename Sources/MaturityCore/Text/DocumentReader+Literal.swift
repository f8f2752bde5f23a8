/// `|` literal blocks, the one way to write text over several lines.
extension SubsetParser {
    enum Chomping { case clip, strip, keep }

    /// The columns of a line's indentation: spaces, and the non-breaking spaces that stand
    /// for them (reported once for the file).
    func leadingSpaces(ofLine line: Int) -> Int {
        var cursor = source.lines[line].start
        var columns = 0
        let end = lineEnd(line)
        while cursor < end {
            if bytes[cursor] == 0x20 {
                cursor += 1
            } else if isNonBreakingSpace(cursor, inLine: line) {
                cursor += 2
            } else {
                break
            }
            columns += 1
        }
        return columns
    }

    /// The byte offset of a column within a line's indentation.
    func offset(ofIndentColumn column: Int, inLine line: Int) -> Int {
        var cursor = source.lines[line].start
        for _ in 0..<column { cursor += bytes[cursor] == 0x20 ? 1 : 2 }
        return cursor
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
                       hint: "remove the number: the indentation of the text's first line is used", code: "literal-indentation-number")
            } else {
                break
            }
            cursor += 1
        }
        let rest = skipSpaces(from: cursor, inLine: line)
        if rest < end && !(bytes[rest] == Self.hash && rest > cursor) {
            report("unexpected text after |", line: line, offset: rest,
                   hint: "start the text on the next line, indented under the key", code: "text-after-literal-indicator")
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
        // Lines that start with # look like comments, but are text here.
        var hashLines: [(line: Int, offset: Int)] = []
        var current = line + 1
        var lastContentLine = line
        while current < shapes.count {
            let info = source.lines[current]
            if shapes[current].allSpaces {
                let length = info.end - info.start
                parts.append(length > indent ? String(repeating: " ", count: length - indent) : "")
            } else if leadingSpaces(ofLine: current) >= indent {
                let content = offset(ofIndentColumn: indent, inLine: current)
                parts.append(String(decoding: bytes[content..<info.end], as: UTF8.self))
                lastContentLine = current
                let first = skipSpaces(from: content, inLine: current)
                if first < info.end && bytes[first] == Self.hash { hashLines.append((current, first)) }
            } else {
                break
            }
            current += 1
        }
        index = current
        if let first = hashLines.first {
            report("this line of | text starts with #, so people are shown it, # included: it is not a comment"
                   + RepeatedPlaces.alsoOn(hashLines.dropFirst().map { source.lines[$0.line].number }),
                   line: first.line, offset: first.offset,
                   hint: "to keep it as a note that people do not see, move it above the line that ends with |; Markdown is shown as written, so # makes no heading",
                   code: "hash-line-in-literal", severity: .warning,
                   related: hashLines.dropFirst().prefix(RepeatedPlaces.relatedLimit).map {
                       Diagnostic.Related(file: source.name, mark: mark(line: $0.line, offset: $0.offset), message: "the same here")
                   })
        }

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
}
