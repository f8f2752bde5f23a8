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
        // In file order: problems said once per cause are added when the whole file is read.
        return ParsedDocument(source: source, root: root, diagnostics: parser.diagnostics.sortedByLocation())
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
    var reportedDashLines = Set<Int>()
    /// Lines indented with non-breaking spaces, and where the first one is.
    var nonBreakingIndents: [(line: Int, offset: Int)] = []
    var repeated: [RepeatedProblem] = []
    var repeatedIndex: [String: Int] = [:]

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        shapes.reserveCapacity(source.lines.count)
        // A file indented with tabs throughout uses one tab per level: read each as two spaces.
        // A stray tab in a file indented with spaces is read as the indentation it most likely meant.
        let tabsThroughout = Self.isIndentedWithTabs(source)
        var previous: (indent: Int, contentIndent: Int, opensBlock: Bool)?
        for line in source.lines {
            var offset = line.start
            var indent = 0
            var tab = false
            var onlySpaces = true
            var nonBreaking: Int?
            while offset < line.end {
                let byte = bytes[offset]
                if byte == 0x20 {
                    indent += 1
                } else if byte == 0xC2 && offset + 1 < line.end && bytes[offset + 1] == 0xA0 {
                    // A non-breaking space pasted from a word processor: it stands for the
                    // space it looks like, and is reported once for the whole file.
                    if nonBreaking == nil { nonBreaking = offset }
                    indent += 1
                    offset += 1
                    onlySpaces = false
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
            if let nonBreaking, !blank { nonBreakingIndents.append((shapes.count, nonBreaking)) }
            if tab && !blank && !tabsThroughout {
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

    /// True when more indented lines start with a tab than with a space.
    static func isIndentedWithTabs(_ source: SourceText) -> Bool {
        var tabs = 0, spaces = 0
        for line in source.lines where line.start < line.end {
            switch source.bytes[line.start] {
            case 0x09: tabs += 1
            case 0x20: spaces += 1
            default: break
            }
        }
        return tabs > spaces
    }

    // MARK: - Reporting

    func mark(line: Int, offset: Int) -> SourceMark {
        let info = source.lines[line]
        return SourceMark(line: info.number, column: source.column(ofByte: offset, inLine: info))
    }

    mutating func report(_ message: String, line: Int, offset: Int, hint: String? = nil, code: String,
                         severity: Diagnostic.Severity = .error, related: [Diagnostic.Related] = []) {
        guard !tooManyProblems else { return }
        var diagnostic = Diagnostic(severity, file: source.name, at: mark(line: line, offset: offset), message, hint: hint)
        diagnostic.code = code
        diagnostic.related = related
        diagnostics.append(diagnostic)
        if tooManyProblems {
            var last = Diagnostic(.error, file: source.name, at: mark(line: line, offset: offset),
                                  "too many problems; stopped reading this file",
                                  hint: "fix the problems above, then check the file again")
            last.code = "too-many-problems"
            diagnostics.append(last)
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
            noteRepeated("a tab is used for indentation", line: line, offset: tabOffset,
                         hint: "indent with spaces only (two per level); most editors can convert tabs to spaces",
                         code: "tab-indentation")
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

    /// `- item`, or `-id: x` with the space missing (reported when the item is read).
    func isSequenceEntry(_ position: ParsePosition) -> Bool {
        byte(position.offset, inLine: position.line) == UInt8(ascii: "-")
            && (isBlankOrSpace(byte(position.offset + 1, inLine: position.line)) || isDashWithoutSpace(position))
    }

    // MARK: - Document

    mutating func parseDocument() -> Node? {
        guard checkEncoding() else { return nil }
        if let first = nonBreakingIndents.first {
            var problem = RepeatedProblem(severity: .error, code: "non-breaking-space-indentation",
                                          message: "this line is indented with non-breaking spaces (U+00A0), which look like spaces but are not",
                                          hint: "retype the indentation with ordinary spaces; non-breaking spaces come with text copied from Word, Google Docs, a PDF or a web page",
                                          line: first.line, offset: first.offset)
            problem.others = Array(nonBreakingIndents.dropFirst())
            repeatedIndex[problem.code] = repeated.count
            repeated.append(problem)
        }
        defer { reportRepeated() }
        rejectDocumentMarkers()
        guard let first = nextSignificant(from: 0) else {
            let line = source.lines.isEmpty ? nil : 0
            var empty = Diagnostic(.error, file: source.name, at: SourceMark(line: 1, column: 1),
                                   line == nil ? "the file is empty" : "the file holds only comments or blank lines",
                                   hint: "start from the complete example in docs/framework-format.md, or run `maturity new framework NAME`")
            empty.code = "empty-file"
            diagnostics.append(empty)
            return nil
        }
        let root = parseBlockNode(at: position(ofLine: first), parentIndent: -1)
        if !tooManyProblems, let extra = nextSignificant(from: index) {
            report("this line does not belong to anything above it", line: extra, offset: shapes[extra].contentStart,
                   hint: "check its indentation: it must line up with the keys or list items it belongs with", code: "stray-line")
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
                       hint: "keep one framework or response per file and delete this line", code: "document-marker")
                shapes[number].significant = false
            } else if bytes[line.start] == UInt8(ascii: "%") {
                report("directives (lines starting with %) are not supported", line: number, offset: line.start,
                       hint: "delete this line", code: "directive")
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
                   line: position.line, offset: position.offset, hint: "a framework needs only a few levels; check the indentation",
                   code: "too-deep")
            index = position.line + 1
            skipLines(indentedMoreThan: max(parentIndent, 0))
            return Node(.invalid, at: mark(line: position.line, offset: position.offset))
        }
        if isSequenceEntry(position) { return parseSequence(at: position) }
        if scanKey(at: position) != nil { return parseMapping(at: position) }
        return parseInlineValue(at: position, ownerIndent: parentIndent, afterKey: false)
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
