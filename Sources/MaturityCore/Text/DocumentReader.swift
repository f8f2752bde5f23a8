#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The result of reading one file: the tree (nil when there is nothing usable) and every
/// problem found, all at once.
public struct ParsedDocument: Sendable {
    public var source: SourceText
    public var root: Node?
    public var diagnostics: [Diagnostic]
}

/// Reads the strict, block-only YAML subset that frameworks and responses are written in.
///
/// It is our own small parser because its messages are the product for trainers: each rejected
/// construct is named, located and paired with how to write it instead. For every input it
/// accepts, a YAML library composing with the basic (all-strings) resolver builds the same tree.
public enum DocumentReader {
    /// More problems than this in one file and the reader stops: past this point the file is
    /// almost certainly not what it claims to be, and a screenful is enough to start fixing.
    public static let diagnosticLimit = 100
    /// Nesting deeper than this is refused rather than risking the stack.
    public static let depthLimit = 64

    public static func read(_ source: SourceText) -> ParsedDocument {
        var parser = SubsetParser(source: source)
        let root = parser.parseDocument()
        return ParsedDocument(source: source, root: root, diagnostics: parser.diagnostics)
    }

    public static func read(bytes: [UInt8], file: String) -> ParsedDocument {
        read(SourceText(name: file, bytes: bytes))
    }

    public static func read(text: String, file: String) -> ParsedDocument {
        read(SourceText(name: file, text: text))
    }
}

/// A place to parse from: a line, a byte offset in it, and the indentation that offset stands
/// at (after `- ` the content stands further right than the line's own indentation).
struct ParsePosition {
    var line: Int
    var offset: Int
    var indent: Int
}

struct SubsetParser {
    struct LineShape {
        /// Leading spaces, counting each tab as two (tabs are reported, then tolerated).
        var indent: Int
        var contentStart: Int
        /// Not blank and not only a comment.
        var significant: Bool
        var tabInIndent: Bool
        var allSpaces: Bool
    }

    let source: SourceText
    let bytes: [UInt8]
    var shapes: [LineShape] = []
    var diagnostics: [Diagnostic] = []
    /// The next line not yet consumed.
    var index = 0
    var depth = 0
    var reportedTabLines = Set<Int>()

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        shapes.reserveCapacity(source.lines.count)
        var previous: (indent: Int, contentIndent: Int, opensBlock: Bool)?
        for line in source.lines {
            var offset = line.start
            var indent = 0
            var tab = false
            var onlySpaces = true
            while offset < line.end {
                let byte = bytes[offset]
                if byte == 0x20 {
                    indent += 1
                } else if byte == 0x09 {
                    indent += 2
                    tab = true
                    onlySpaces = false
                } else {
                    break
                }
                offset += 1
            }
            let blank = offset == line.end || bytes[offset] == UInt8(ascii: "#")
            if tab && !blank {
                // A tab stands for an unknown width: guess the indentation the line most likely
                // meant (a child of a line ending in a colon, else a sibling), so that one tab
                // gives one message rather than a cascade.
                if let previous { indent = previous.opensBlock ? previous.contentIndent + 2 : previous.contentIndent } else { indent = 0 }
            }
            shapes.append(LineShape(indent: indent, contentStart: offset, significant: !blank,
                                    tabInIndent: tab, allSpaces: onlySpaces && offset == line.end))
            if !blank {
                var contentIndent = indent
                var cursor = offset
                while cursor + 1 < line.end && bytes[cursor] == UInt8(ascii: "-") && bytes[cursor + 1] == 0x20 {
                    cursor += 2
                    while cursor < line.end && bytes[cursor] == 0x20 { cursor += 1 }
                    contentIndent = indent + (cursor - offset)
                }
                var last = line.end
                while last > offset && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
                previous = (indent, contentIndent, last > offset && bytes[last - 1] == UInt8(ascii: ":"))
            }
        }
    }

    var tooManyProblems: Bool { diagnostics.count >= DocumentReader.diagnosticLimit }

    // MARK: - Reporting

    func mark(line: Int, offset: Int) -> SourceMark {
        let info = source.lines[line]
        return SourceMark(line: info.number, column: source.column(ofByte: offset, inLine: info))
    }

    mutating func report(_ message: String, line: Int, offset: Int, hint: String? = nil,
                         severity: Diagnostic.Severity = .error) {
        guard !tooManyProblems else { return }
        diagnostics.append(Diagnostic(severity, file: source.name, at: mark(line: line, offset: offset),
                                      message, hint: hint))
        if tooManyProblems {
            diagnostics.append(Diagnostic(.error, file: source.name, at: mark(line: line, offset: offset),
                                          "too many problems; stopped reading this file",
                                          hint: "fix the problems above, then check the file again"))
        }
    }

    // MARK: - Lines

    func nextSignificant(from start: Int) -> Int? {
        var candidate = start
        while candidate < shapes.count {
            if shapes[candidate].significant { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The position of a line's content, reporting tabs in its indentation once.
    mutating func position(ofLine line: Int) -> ParsePosition {
        let shape = shapes[line]
        if shape.tabInIndent && !reportedTabLines.contains(line) {
            reportedTabLines.insert(line)
            var tabOffset = source.lines[line].start
            while bytes[tabOffset] != 0x09 { tabOffset += 1 }
            report("a tab is used for indentation", line: line, offset: tabOffset,
                   hint: "indent with spaces only (two per level); most editors can convert tabs to spaces")
        }
        return ParsePosition(line: line, offset: shape.contentStart, indent: shape.indent)
    }

    func lineEnd(_ line: Int) -> Int { source.lines[line].end }

    func byte(_ offset: Int, inLine line: Int) -> UInt8? {
        offset < lineEnd(line) ? bytes[offset] : nil
    }

    func isBlankOrSpace(_ byte: UInt8?) -> Bool {
        byte == nil || byte == 0x20 || byte == 0x09
    }

    /// Offset of the first byte after spaces and tabs from `offset`.
    func skipSpaces(from offset: Int, inLine line: Int) -> Int {
        var cursor = offset
        let end = lineEnd(line)
        while cursor < end && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
        return cursor
    }

    /// True when nothing but an optional comment follows on the line. Callers only ask after a
    /// space or at the end of a token, so a `#` found here always starts a comment.
    func restIsEmpty(from offset: Int, inLine line: Int) -> Bool {
        let cursor = skipSpaces(from: offset, inLine: line)
        return cursor == lineEnd(line) || bytes[cursor] == UInt8(ascii: "#")
    }

    /// Consumes every following line indented deeper than `indent`: the children of a line
    /// that could not be read, so that one mistake gives one message.
    mutating func skipLines(indentedMoreThan indent: Int) {
        while let next = nextSignificant(from: index), shapes[next].indent > indent {
            index = next + 1
        }
    }

    /// After a refused `? key`, its `: value` line belongs to it and needs no message of its own.
    mutating func skipComplexKeyValue(indent: Int) {
        guard let next = nextSignificant(from: index), shapes[next].indent == indent,
              byte(shapes[next].contentStart, inLine: next) == UInt8(ascii: ":"),
              isBlankOrSpace(byte(shapes[next].contentStart + 1, inLine: next)) else { return }
        index = next + 1
        skipLines(indentedMoreThan: indent)
    }

    func isSequenceEntry(_ position: ParsePosition) -> Bool {
        byte(position.offset, inLine: position.line) == UInt8(ascii: "-")
            && isBlankOrSpace(byte(position.offset + 1, inLine: position.line))
    }

    // MARK: - Document

    mutating func parseDocument() -> Node? {
        guard checkEncoding() else { return nil }
        rejectDocumentMarkers()
        guard let first = nextSignificant(from: 0) else {
            let line = source.lines.isEmpty ? nil : 0
            diagnostics.append(Diagnostic(.error, file: source.name, at: SourceMark(line: 1, column: 1),
                                          line == nil ? "the file is empty" : "the file holds only comments or blank lines",
                                          hint: "start from the complete example in docs/framework-format.md"))
            return nil
        }
        let root = parseBlockNode(at: position(ofLine: first), parentIndent: -1)
        if !tooManyProblems, let extra = nextSignificant(from: index) {
            report("this line does not belong to anything above it", line: extra, offset: shapes[extra].contentStart,
                   hint: "check its indentation: it must line up with the keys or list items it belongs with")
        }
        return root
    }

    /// Refuses multi-document markers and directives, which the subset leaves out.
    mutating func rejectDocumentMarkers() {
        for (number, line) in source.lines.enumerated() where shapes[number].significant && shapes[number].indent == 0 {
            let length = line.end - line.start
            let starts3 = length >= 3 ? Array(bytes[line.start..<line.start + 3]) : []
            let isMarker = (starts3 == Array("---".utf8) || starts3 == Array("...".utf8))
                && (length == 3 || isBlankOrSpace(bytes[line.start + 3]))
            if isMarker {
                report("document markers (--- or ...) are not supported", line: number, offset: line.start,
                       hint: "keep one framework or response per file and delete this line")
                shapes[number].significant = false
            } else if bytes[line.start] == UInt8(ascii: "%") {
                report("directives (lines starting with %) are not supported", line: number, offset: line.start,
                       hint: "delete this line")
                shapes[number].significant = false
            }
        }
    }

    // MARK: - Block nodes

    mutating func parseBlockNode(at position: ParsePosition, parentIndent: Int) -> Node {
        depth += 1
        defer { depth -= 1 }
        if depth > DocumentReader.depthLimit {
            report("the text is nested too deeply (more than \(DocumentReader.depthLimit) levels)",
                   line: position.line, offset: position.offset, hint: "a framework needs only a few levels; check the indentation")
            index = position.line + 1
            skipLines(indentedMoreThan: max(parentIndent, 0))
            return Node(.invalid, at: mark(line: position.line, offset: position.offset))
        }
        if isSequenceEntry(position) { return parseSequence(at: position) }
        if scanKey(at: position) != nil { return parseMapping(at: position) }
        return parseInlineValue(at: position, ownerIndent: parentIndent, afterKey: false)
    }

    /// `compact`: the list stands at the same indentation as the keys of the mapping holding it
    /// (`key:` then `- item` below, not indented), so a key at its indentation belongs to that mapping.
    mutating func parseSequence(at start: ParsePosition, compact: Bool = false) -> Node {
        let indent = start.indent
        var items: [Node] = []
        var lastItemIndent: Int?
        var position = start
        while !tooManyProblems {
            let content = skipSpaces(from: position.offset + 1, inLine: position.line)
            if restIsEmpty(from: position.offset + 1, inLine: position.line) {
                index = position.line + 1
                lastItemIndent = nil
                if let next = nextSignificant(from: index), shapes[next].indent > indent {
                    items.append(parseBlockNode(at: self.position(ofLine: next), parentIndent: indent))
                } else {
                    items.append(Node(.scalar("", .plain), at: mark(line: position.line, offset: content)))
                }
            } else {
                // Everything before the content is ASCII ("- " and spaces), so bytes are columns.
                let inline = ParsePosition(line: position.line, offset: content, indent: indent + (content - position.offset))
                lastItemIndent = inline.indent
                items.append(parseBlockNode(at: inline, parentIndent: indent))
            }
            guard let next = nextSignificant(from: index), shapes[next].indent >= indent else { break }
            let candidate = self.position(ofLine: next)
            if shapes[next].indent == indent && isSequenceEntry(candidate) {
                position = candidate
                continue
            }
            // A key meant for the item above but not lined up with its keys: read it as theirs.
            // (In a compact list a key at the dash's indentation belongs to the mapping above.)
            if shapes[next].indent > indent || !compact,
               case .mapping(var entries)? = items.last?.content, let itemIndent = lastItemIndent,
               shapes[next].indent < itemIndent, scanKey(at: candidate) != nil {
                report("this line is indented less than the keys above it", line: next, offset: candidate.offset,
                       hint: "line it up with the keys of the list item above (\(itemIndent) spaces)")
                let more = parseMapping(at: ParsePosition(line: next, offset: candidate.offset, indent: itemIndent))
                entries += more.entries ?? []
                items[items.count - 1].content = .mapping(entries)
            } else if shapes[next].indent > indent {
                report("this line is indented more than the list item above it", line: next, offset: shapes[next].contentStart,
                       hint: "line it up with the item it belongs to")
                index = next
                skipLines(indentedMoreThan: indent)
            } else {
                break
            }
            guard let after = nextSignificant(from: index), shapes[after].indent == indent,
                  isSequenceEntry(self.position(ofLine: after)) else { break }
            position = self.position(ofLine: after)
        }
        return Node(.sequence(items), at: mark(line: start.line, offset: start.offset))
    }

    mutating func parseMapping(at start: ParsePosition) -> Node {
        let indent = start.indent
        var entries: [MappingEntry] = []
        var firstSeen = SeenKeys()
        var position = start
        while !tooManyProblems {
            if let key = scanKey(at: position) {
                if let problem = key.problem {
                    report(problem.message, line: position.line, offset: position.offset, hint: problem.hint)
                    index = position.line + 1
                    skipLines(indentedMoreThan: indent)
                    if key.isComplex { skipComplexKeyValue(indent: indent) }
                    addRejected(key.text, at: key.mark, to: &entries, seen: &firstSeen)
                } else {
                    // Counting bytes first: a key of at most 1,024 bytes has at most as many characters.
                    if key.text.utf8.count > 1024 && key.text.unicodeScalars.count > 1024 {
                        // YAML's limit for a key written without `?`; a longer one is almost surely a slip.
                        report("this key is longer than 1,024 characters", line: position.line, offset: position.offset,
                               hint: "a key is a short name followed by a colon; check that a colon did not end up in a long text")
                    }
                    let value = parseEntryValue(line: position.line, offset: key.valueOffset, ownerIndent: indent)
                    if let earlier = firstSeen.mark(of: key.text) {
                        report("the key \"\(key.text)\" appears twice here; it is already set on line \(earlier.line)",
                               line: position.line, offset: position.offset,
                               hint: "keep one of the two: a key may appear only once at the same level")
                    } else {
                        firstSeen.insert(key.text, at: key.mark)
                        entries.append(MappingEntry(key: key.text, keyMark: key.mark, value: value))
                    }
                }
            } else if isSequenceEntry(position) {
                report("a list item stands among keys", line: position.line, offset: position.offset,
                       hint: "a list belongs under a key: put it on the lines after `key:` and indent it")
                index = position.line + 1
                skipLines(indentedMoreThan: indent)
                let here = mark(line: position.line, offset: position.offset)
                addRejected("- (line \(here.line))", at: here, to: &entries, seen: &firstSeen)
            } else {
                report(missingColonMessage(at: position), line: position.line, offset: position.offset,
                       hint: "write each setting as `key: value`, with a space after the colon")
                index = position.line + 1
                skipLines(indentedMoreThan: indent)
                addRejected(guessedKey(at: position), at: mark(line: position.line, offset: position.offset),
                            to: &entries, seen: &firstSeen)
            }
            guard let next = nextSignificant(from: index), shapes[next].indent >= indent else { break }
            if shapes[next].indent > indent {
                report("this line is indented more than the key above it", line: next, offset: shapes[next].contentStart,
                       hint: "line it up with the other keys (\(indent) spaces), or put it under a key that ends with a colon")
                // Read it as the sibling it most likely is, so one slip gives one message.
                position = ParsePosition(line: next, offset: self.position(ofLine: next).offset, indent: indent)
                continue
            }
            position = self.position(ofLine: next)
        }
        return Node(.mapping(entries), at: mark(line: start.line, offset: start.offset))
    }

    /// Keeps a line the reader refused as an unreadable entry, so the schema neither reports
    /// its key as missing nor complains about it a second time.
    func addRejected(_ key: String, at mark: SourceMark, to entries: inout [MappingEntry], seen: inout SeenKeys) {
        guard seen.mark(of: key) == nil else { return }
        seen.insert(key, at: mark)
        entries.append(MappingEntry(key: key, keyMark: mark, value: Node(.invalid, at: mark)))
    }

    /// The key a line without a proper colon was probably meant to have: the text before its colon.
    func guessedKey(at position: ParsePosition) -> String {
        let end = lineEnd(position.line)
        var cursor = position.offset
        while cursor < end && bytes[cursor] != Self.colon { cursor += 1 }
        let text = String(decoding: bytes[position.offset..<cursor], as: UTF8.self)
        return SafeText.sanitize(text.trimmingWhitespace(), keepNewlines: false)
    }

    func missingColonMessage(at position: ParsePosition) -> String {
        let end = lineEnd(position.line)
        var cursor = position.offset
        while cursor < end {
            if bytes[cursor] == UInt8(ascii: ":") { return "expected a space after the colon" }
            cursor += 1
        }
        return "expected `key: value` here"
    }

    /// The value after `key:`: on the same line, or the indented lines below.
    mutating func parseEntryValue(line: Int, offset: Int, ownerIndent: Int) -> Node {
        if restIsEmpty(from: offset, inLine: line) {
            index = line + 1
            if let next = nextSignificant(from: index) {
                let nextPosition = position(ofLine: next)
                if shapes[next].indent > ownerIndent {
                    return parseBlockNode(at: nextPosition, parentIndent: ownerIndent)
                }
                if shapes[next].indent == ownerIndent && isSequenceEntry(nextPosition) {
                    return parseSequence(at: nextPosition, compact: true)
                }
            }
            return Node(.scalar("", .plain), at: mark(line: line, offset: offset))
        }
        let start = skipSpaces(from: offset, inLine: line)
        return parseInlineValue(at: ParsePosition(line: line, offset: start, indent: ownerIndent),
                                ownerIndent: ownerIndent, afterKey: true)
    }
}
