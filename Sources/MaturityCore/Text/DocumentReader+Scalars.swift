/// Keys and scalar values: plain, quoted and `|` literal text, and the constructs of full YAML
/// that the subset refuses, each with what to write instead.
extension SubsetParser {
    struct KeyScan {
        var text: String
        var mark: SourceMark
        /// The byte just after the colon.
        var valueOffset: Int
        var problem: (message: String, hint: String, code: String)?
        var isComplex = false
        var isQuoted = false
        /// A character pasted in from a word processor, in or just after the key.
        var pasted: (offset: Int, message: String, hint: String, code: String)?
    }

    static let colon = UInt8(ascii: ":")
    static let hash = UInt8(ascii: "#")

    /// Reads `key:` at a position, or returns nil when the line is not a mapping entry.
    func scanKey(at position: ParsePosition) -> KeyScan? {
        let line = position.line
        let start = position.offset
        let end = lineEnd(line)
        guard start < end else { return nil }
        let first = bytes[start]
        let keyMark = mark(line: line, offset: start)
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard case .text(let text, let after) = scanQuoted(line: line, start: start) else { return nil }
            let cursor = skipSpaces(from: after, inLine: line)
            guard cursor < end, bytes[cursor] == Self.colon, isBlankOrSpace(byte(cursor + 1, inLine: line)) else { return nil }
            var scan = KeyScan(text: SafeText.sanitize(text, keepNewlines: false), mark: keyMark, valueOffset: cursor + 1)
            scan.isQuoted = true
            return scan
        }
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") || first == Self.hash { return nil }
        if first == UInt8(ascii: "-") && isBlankOrSpace(byte(start + 1, inLine: line)) { return nil }
        if first == UInt8(ascii: "?") && isBlankOrSpace(byte(start + 1, inLine: line)) {
            var scan = KeyScan(text: "?", mark: keyMark, valueOffset: end)
            scan.problem = ("complex keys (? key) are not supported",
                            "write the key as plain text followed by a colon: key: value", "complex-key")
            scan.isComplex = true
            return scan
        }
        var cursor = start
        var keyEnd: Int?
        var nonBreaking = false
        while cursor < end {
            let byte = bytes[cursor]
            if byte == Self.colon && isBlankOrSpace(self.byte(cursor + 1, inLine: line)) {
                keyEnd = cursor
                break
            }
            if byte == Self.colon && isNonBreakingSpace(cursor + 1, inLine: line) {
                // `name:` then a non-breaking space: read as the space it looks like, and said.
                keyEnd = cursor
                nonBreaking = true
                break
            }
            if byte == Self.hash && cursor > start && isBlankOrSpace(bytes[cursor - 1]) { return nil }
            cursor += 1
        }
        guard let colonOffset = keyEnd else { return nil }
        var trimmed = colonOffset
        while trimmed > start && isBlankOrSpace(bytes[trimmed - 1]) { trimmed -= 1 }
        var text = SafeText.sanitize(String(decoding: bytes[start..<trimmed], as: UTF8.self), keepNewlines: false)
        var scan = KeyScan(text: text, mark: keyMark, valueOffset: colonOffset + (nonBreaking ? 3 : 1))
        if nonBreaking {
            scan.pasted = (colonOffset + 1, "after this colon is a non-breaking space (U+00A0), which looks like a space but is not",
                           "retype it as an ordinary space; non-breaking spaces come with text copied from Word, Google Docs, a PDF or a web page",
                           "non-breaking-space-after-colon")
        }
        if let (name, cleaned) = Self.withoutZeroWidth(text) {
            // Read as the key it looks like, so that one invisible character gives one message.
            var offset = start
            while offset < trimmed && !(bytes[offset] == 0xE2 && Self.withoutZeroWidth(String(decoding: bytes[offset..<min(offset + 3, trimmed)], as: UTF8.self)) != nil) {
                offset += 1
            }
            scan.pasted = (offset, "this key holds \(name), an invisible character",
                           "delete it (put the cursor on either side of it and press Delete or Backspace until the key is right); it comes with text copied from a web page or a document",
                           "zero-width-character")
            text = cleaned
            scan.text = cleaned
        }
        scan.problem = keyProblem(text)
        return scan
    }

    private func keyProblem(_ key: String) -> (message: String, hint: String, code: String)? {
        // Nearly every key starts with a letter or a digit and has no problem: say so before
        // the lookups below, which hash a Character and cost more than reading the key.
        if let scalar = key.utf8.first, (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x41 && scalar <= 0x5A)
            || (scalar >= 0x30 && scalar <= 0x39) {
            return nil
        }
        guard let first = key.first else {
            return ("a key is missing before the colon", "write the key's name before the colon: name: value", "missing-key")
        }
        if key == "<<" {
            return ("merge keys (<<) are not supported", "write out every key in full", "merge-key")
        }
        if let construct = Self.refusedConstructs[first] { return construct }
        if first == "?" && (key.count == 1 || key.dropFirst().first == " ") {
            return ("complex keys (? key) are not supported", "write the key as plain text followed by a colon: key: value", "complex-key")
        }
        if "|>%@`,]}".contains(first) {
            return ("a key cannot start with \"\(first)\"", "put the key in double quotes, or rename it", "key-starts-with-symbol")
        }
        return nil
    }

    /// Constructs refused wherever a value or key may begin, with their messages.
    static let refusedConstructs: [Character: (message: String, hint: String, code: String)] = [
        "&": ("anchors (&name) are not supported", "write the value out in full where it is needed", "anchor"),
        "*": ("aliases (*name) are not supported", "write the value out in full instead of referring to an anchor", "alias"),
        "!": ("tags (!name) are not supported", "remove the tag: every value is read as text", "tag"),
        "[": ("lists in brackets ([a, b]) are not supported",
              "write each item on its own line starting with \"- \", indented under the key", "flow-list"),
        "{": ("groups in braces ({a: b}) are not supported",
              "write each key on its own line, indented under this one", "flow-group"),
        ">": ("folded text (>) is not supported", "use | instead: it keeps the line breaks as you write them", "folded-text"),
    ]

    /// A scalar (or a refused construct) starting at `position`; `ownerIndent` is the
    /// indentation of the key or list item it belongs to.
    mutating func parseInlineValue(at position: ParsePosition, ownerIndent: Int, afterKey: Bool) -> Node {
        let line = position.line
        let start = position.offset
        let end = lineEnd(line)
        let here = mark(line: line, offset: start)
        let first = bytes[start]
        let next = byte(start + 1, inLine: line)

        func refuse(_ message: String, _ hint: String, code: String, at offset: Int? = nil) -> Node {
            report(message, line: line, offset: offset ?? start, hint: hint, code: code)
            index = line + 1
            skipLines(indentedMoreThan: ownerIndent)
            return Node(.invalid, at: here)
        }

        if first == UInt8(ascii: "|") || first == UInt8(ascii: ">") || first == UInt8(ascii: "?") {
            // "| text", "> 10 hours" or "? hours" on one line is text that starts with a symbol.
            var cursor = start + 1
            while cursor < end && "+-123456789".utf8.contains(bytes[cursor]) { cursor += 1 }
            if !restIsEmpty(from: cursor, inLine: line) && (first != UInt8(ascii: "?") || isBlankOrSpace(next)) {
                let character = Character(Unicode.Scalar(first))
                if first == UInt8(ascii: "|") && afterKey {
                    // `guidance: | Think about…`: the text of a `|` goes on the lines below it.
                    let text = String(decoding: bytes[skipSpaces(from: cursor, inLine: line)..<end], as: UTF8.self)
                    return refuse("the text of a | starts on the line below it, not on the same line",
                                  "move \"\(text.excerpt(limit: 30))\" to the next line, indented two spaces more than the key; to start a one-line text with |, put it in double quotes",
                                  code: "text-after-literal-indicator", at: skipSpaces(from: cursor, inLine: line))
                }
                return refuse("text cannot start with \"\(character)\" unless it is in quotes",
                              "put the whole text in double quotes: \"\(quotedPreview(from: start, in: line))\"", code: "text-starts-with-symbol")
            }
        }
        if first == UInt8(ascii: "|") { return parseLiteral(line: line, start: start, ownerIndent: ownerIndent) }
        if let construct = Self.refusedConstructs[Character(Unicode.Scalar(first))] {
            return refuse(construct.message, construct.hint + "; if this is text, put it in double quotes: \"\(quotedPreview(from: start, in: line))\"",
                          code: construct.code)
        }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            switch scanQuoted(line: line, start: start) {
            case .unterminated:
                if startsWithApostrophe(line: line, start: start) {
                    return refuse("this text starts with an apostrophe ('), which opens a quoted text that is not closed on this line",
                                  "put the whole text in double quotes: \"\(quotedPreview(from: start, in: line))\"", code: "unclosed-quote")
                }
                return refuse("this quoted text is not closed on the same line",
                              "close the quote before the end of the line, or use | for text over several lines", code: "unclosed-quote")
            case .badEscape(let offset, let message):
                return refuse(message, "inside double quotes, write \\\\ for a backslash and \\\" for a quote", code: "bad-escape", at: offset)
            case .text(let text, let after):
                let cursor = skipSpaces(from: after, inLine: line)
                if cursor < end && !(bytes[cursor] == Self.hash && cursor > after) {
                    if first == UInt8(ascii: "'") {
                        return refuse("unexpected text after the closing quote",
                                      "an apostrophe ends a text in single quotes: write it twice ('') inside them, or put the whole text in double quotes: \"\(quotedPreview(from: start, in: line))\"",
                                      code: "text-after-quote", at: cursor)
                    }
                    return refuse("unexpected text after the closing quote",
                                  "put all of the text inside the quotes", code: "text-after-quote", at: cursor)
                }
                index = line + 1
                if rejectContinuation(ownerIndent: ownerIndent) { return Node(.invalid, at: here) }
                let style: Node.ScalarStyle = first == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
                return Node(.scalar(SafeText.sanitize(text), style), at: here)
            }
        }
        if isBlankOrSpace(next) {
            if first == UInt8(ascii: "-") && afterKey {
                return refuse("a list cannot start on the same line as its key",
                              "move \"- ...\" to the next line and indent it under the key", code: "list-on-key-line")
            }
            if first == UInt8(ascii: "?") || first == Self.colon {
                return refuse("complex keys (\(Character(Unicode.Scalar(first))) ...) are not supported",
                              "write the key as plain text followed by a colon: key: value", code: "complex-key")
            }
        }
        if ",]}%@`".utf8.contains(first) {
            let character = Character(Unicode.Scalar(first))
            return refuse("text cannot start with \"\(character)\" unless it is in quotes",
                          "put the whole text in double quotes: \"\(character)...\"", code: "text-starts-with-symbol")
        }
        return parsePlain(line: line, start: start, ownerIndent: ownerIndent, here: here)
    }

    private mutating func parsePlain(line: Int, start: Int, ownerIndent: Int, here: SourceMark) -> Node {
        let end = lineEnd(line)
        var cursor = start
        var cut = end
        while cursor < end {
            let byte = bytes[cursor]
            if byte == Self.hash && isBlankOrSpace(bytes[cursor - 1]) {
                cut = cursor
                break
            }
            if byte == Self.colon && isBlankOrSpace(self.byte(cursor + 1, inLine: line)) {
                let endsLine = restIsEmpty(from: cursor + 1, inLine: line)
                let whole = String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace()
                if let quotes = Self.curlyQuotes(around: whole) {
                    // The cause is the quotes, which a word processor made curly: say that.
                    report("this text is in curly quotes (\(quotes)), which are not quotes to YAML, so its \": \" would start a new key",
                           line: line, offset: start,
                           hint: "retype the quotes as straight double quotes (\"), as an editor types them with \"smart quotes\" turned off",
                           code: "curly-quotes")
                } else {
                    report(endsLine ? "this text ends with a colon, which would make it a key" : "this text contains \": \", which would start a new key",
                           line: line, offset: cursor,
                           hint: "put the whole text in double quotes, or write `|` and put the text on the next line",
                           code: endsLine ? "text-ends-with-colon" : "colon-in-text")
                }
                index = line + 1
                skipLines(indentedMoreThan: ownerIndent)
                return Node(.invalid, at: here)
            }
            cursor += 1
        }
        var kept = cut
        while kept > start && isBlankOrSpace(bytes[kept - 1]) { kept -= 1 }
        let text = String(decoding: bytes[start..<kept], as: UTF8.self)
        if cut < end && kept > start && !isBlankOrSpace(byte(cut + 1, inLine: line)) {
            // `text: Are we charity #1?`: a `#` stuck to what follows it is meant as text, but
            // after a space it starts a comment, and the rest of the text would vanish.
            let lost = String(decoding: bytes[cut..<end], as: UTF8.self)
            report("the text stops before \"\(lost.excerpt(limit: 30))\": a space then # starts a comment",
                   line: line, offset: cut,
                   hint: "to keep the # in the text, put the whole text in double quotes: \"\(quotedPreview(from: start, in: line))\"; if it is a comment, put a space after the #",
                   code: "comment-cuts-text", severity: .warning)
        }
        if let quotes = Self.curlyQuotes(around: text) {
            noteRepeated("this text is in curly quotes (\(quotes)), which are kept as part of the text", line: line, offset: start,
                         hint: "if they are meant as quotes around the text, retype them as straight quotes (\"), or delete them",
                         code: "curly-quotes", severity: .warning)
        }
        index = line + 1
        if rejectContinuation(ownerIndent: ownerIndent) { return Node(.invalid, at: here) }
        return Node(.scalar(SafeText.sanitize(text), .plain), at: here)
    }

    /// True for `'Tis the season` or `'90s`: an apostrophe at the start of a word, not a quote.
    func startsWithApostrophe(line: Int, start: Int) -> Bool {
        guard bytes[start] == UInt8(ascii: "'"), let next = byte(start + 1, inLine: line) else { return false }
        return next >= 0x80 || (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z"))
            || (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
    }

    /// The start of the text from `start`, for a hint that shows it in quotes.
    func quotedPreview(from start: Int, in line: Int) -> String {
        let text = String(decoding: bytes[start..<lineEnd(line)], as: UTF8.self)
        let safe = SafeText.sanitize(text, keepNewlines: false).replacingOccurrences(of: "\"", with: "\\\"")
        return safe.count > 30 ? String(safe.prefix(30)) + "…" : safe
    }

    /// Reports indented lines after a one-line value: YAML would join them into the text, a
    /// trap for anyone who did not mean to, so the subset asks for `|` instead.
    private mutating func rejectContinuation(ownerIndent: Int) -> Bool {
        guard let next = nextSignificant(from: index), shapes[next].indent > ownerIndent else { return false }
        // A `key:` line is a key indented too far, not more text: the mapping reports that.
        if scanKey(at: ParsePosition(line: next, offset: shapes[next].contentStart, indent: shapes[next].indent)) != nil {
            return false
        }
        report("this line continues the text above, which must fit on one line", line: next,
               offset: shapes[next].contentStart,
               hint: "join it to the line above, or write `key: |` and put every line of the text below it, indented",
               code: "text-runs-on")
        skipLines(indentedMoreThan: ownerIndent)
        return true
    }

    enum QuotedScan {
        case text(String, after: Int)
        case unterminated
        case badEscape(offset: Int, message: String)
    }

    /// Reads a 'single' or "double" quoted scalar that must close on the same line.
    func scanQuoted(line: Int, start: Int) -> QuotedScan {
        let end = lineEnd(line)
        let quote = bytes[start]
        var output: [UInt8] = []
        var cursor = start + 1
        while cursor < end {
            let byte = bytes[cursor]
            if quote == UInt8(ascii: "'") {
                if byte == quote {
                    if cursor + 1 < end && bytes[cursor + 1] == quote {
                        output.append(quote)
                        cursor += 2
                        continue
                    }
                    return .text(String(decoding: output, as: UTF8.self), after: cursor + 1)
                }
            } else {
                if byte == quote { return .text(String(decoding: output, as: UTF8.self), after: cursor + 1) }
                if byte == UInt8(ascii: "\\") {
                    guard cursor + 1 < end else { return .unterminated }
                    switch Self.unescape(bytes, at: cursor + 1, end: end) {
                    case .some((let scalarBytes, let length)):
                        output.append(contentsOf: scalarBytes)
                        cursor += 1 + length
                        continue
                    case .none:
                        let shown = String(decoding: bytes[cursor..<min(cursor + 2, end)], as: UTF8.self)
                        return .badEscape(offset: cursor, message: "unknown escape \"\(SafeText.sanitize(shown))\" in double quotes")
                    }
                }
            }
            output.append(byte)
            cursor += 1
        }
        return .unterminated
    }

    /// Decodes the escape after a backslash: its UTF-8 bytes and how many source bytes it used.
    static func unescape(_ bytes: [UInt8], at offset: Int, end: Int) -> ([UInt8], Int)? {
        let simple: [UInt8: String] = [
            UInt8(ascii: "0"): "\0", UInt8(ascii: "a"): "\u{07}", UInt8(ascii: "b"): "\u{08}",
            UInt8(ascii: "t"): "\t", 0x09: "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "v"): "\u{0B}",
            UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "r"): "\r", UInt8(ascii: "e"): "\u{1B}",
            UInt8(ascii: " "): " ", UInt8(ascii: "\""): "\"", UInt8(ascii: "/"): "/",
            UInt8(ascii: "\\"): "\\", UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "_"): "\u{A0}",
            UInt8(ascii: "L"): "\u{2028}", UInt8(ascii: "P"): "\u{2029}",
        ]
        let letter = bytes[offset]
        if let text = simple[letter] { return (Array(text.utf8), 1) }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: return nil
        }
        guard offset + digits < end else { return nil }
        let hex = String(decoding: bytes[(offset + 1)...(offset + digits)], as: UTF8.self)
        guard hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16),
              let scalar = Unicode.Scalar(value) else { return nil }
        return (Array(String(Character(scalar)).utf8), 1 + digits)
    }
}
