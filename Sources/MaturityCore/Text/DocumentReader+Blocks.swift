/// Lists and groups of keys: how lines nest by their indentation, and how a line indented a
/// little wrong is read as what it most likely meant, so that one slip gives one message.
extension SubsetParser {
    /// `compact`: the list stands at the same indentation as the keys of the mapping holding it
    /// (`key:` then `- item` below, not indented), so a key at its indentation belongs to that mapping.
    mutating func parseSequence(at start: ParsePosition, compact: Bool = false) -> Node {
        let indent = start.indent
        var items: [Node] = []
        var lastItemIndent: Int?
        var position = start
        while !tooManyProblems {
            // `-id: x` is read as the `- id: x` it was meant to be, its keys two past the dash.
            let dashOnly = !isBlankOrSpace(byte(position.offset + 1, inLine: position.line))
            if dashOnly { reportDashWithoutSpace(position) }
            let content = dashOnly ? position.offset + 1 : skipSpaces(from: position.offset + 1, inLine: position.line)
            if !dashOnly && restIsEmpty(from: position.offset + 1, inLine: position.line) {
                index = position.line + 1
                lastItemIndent = nil
                if let next = nextSignificant(from: index), shapes[next].indent > indent {
                    items.append(parseBlockNode(at: self.position(ofLine: next), parentIndent: indent))
                } else {
                    items.append(Node(.scalar("", .plain), at: mark(line: position.line, offset: content)))
                }
            } else {
                // Everything before the content is ASCII ("- " and spaces), so bytes are columns.
                let inline = ParsePosition(line: position.line, offset: content,
                                           indent: dashOnly ? indent + 2 : indent + (content - position.offset))
                lastItemIndent = inline.indent
                items.append(parseBlockNode(at: inline, parentIndent: indent))
            }
            guard let next = nextSignificant(from: index) else { break }
            let candidate = self.position(ofLine: next)
            if shapes[next].indent < indent {
                // One key indented less than the list, and the list going on below it: the key
                // belongs to the item above.
                guard case .mapping(var entries)? = items.last?.content, let itemIndent = lastItemIndent,
                      isSlip(next, backTo: indent, listItemFollows: true) else { break }
                reportSlip(line: next, lineUpWith: itemIndent, listItem: true)
                let more = parseMapping(at: ParsePosition(line: next, offset: candidate.offset, indent: itemIndent))
                entries += more.entries ?? []
                items[items.count - 1].content = .mapping(entries)
            } else if shapes[next].indent == indent && (isSequenceEntry(candidate) || isDashWithoutSpace(candidate, keyRequired: false)) {
                position = candidate
                continue
            } else if shapes[next].indent > indent || !compact,
                      case .mapping(var entries)? = items.last?.content, let itemIndent = lastItemIndent,
                      shapes[next].indent < itemIndent, scanKey(at: candidate) != nil {
                // A key meant for the item above but not lined up with its keys: read it as
                // theirs. (In a compact list a key at the dash's indentation belongs to the
                // mapping above.)
                report("this line is indented less than the keys above it", line: next, offset: candidate.offset,
                       hint: "line it up with the keys of the list item above (\(itemIndent) spaces)", code: "indented-less")
                let more = parseMapping(at: ParsePosition(line: next, offset: candidate.offset, indent: itemIndent))
                entries += more.entries ?? []
                items[items.count - 1].content = .mapping(entries)
            } else if shapes[next].indent > indent {
                report("this line is indented more than the list item above it", line: next, offset: shapes[next].contentStart,
                       hint: "line it up with the item it belongs to", code: "indented-more")
                index = next
                skipLines(indentedMoreThan: indent)
            } else {
                break
            }
            guard let after = nextSignificant(from: index), shapes[after].indent == indent,
                  isSequenceEntry(self.position(ofLine: after)) || isDashWithoutSpace(self.position(ofLine: after), keyRequired: false)
            else { break }
            position = self.position(ofLine: after)
        }
        return Node(.sequence(items), at: mark(line: start.line, offset: start.offset))
    }

    mutating func parseMapping(at start: ParsePosition) -> Node {
        let indent = start.indent
        // After `- `: the keys of a list item, which line up with the first one, not the dash.
        let inListItem = start.offset > shapes[start.line].contentStart
        var entries: [MappingEntry] = []
        var firstSeen = SeenKeys()
        var position = start
        while !tooManyProblems {
            if isSequenceEntry(position) {
                if isDashWithoutSpace(position) { reportDashWithoutSpace(position) }
                report("a list item stands among keys", line: position.line, offset: position.offset,
                       hint: "a list belongs under a key: put it on the lines after `key:` and indent it", code: "list-item-among-keys")
                index = position.line + 1
                skipLines(indentedMoreThan: indent)
                let here = mark(line: position.line, offset: position.offset)
                addRejected("- (line \(here.line))", at: here, to: &entries, seen: &firstSeen)
            } else if let key = scanKey(at: position) {
                if let problem = key.problem {
                    report(problem.message, line: position.line, offset: position.offset, hint: problem.hint, code: problem.code)
                    index = position.line + 1
                    skipLines(indentedMoreThan: indent)
                    if key.isComplex { skipComplexKeyValue(indent: indent) }
                    addRejected(key.text, at: key.mark, to: &entries, seen: &firstSeen)
                } else {
                    readEntry(key, at: position, indent: indent, into: &entries, seen: &firstSeen)
                }
            } else {
                report(missingColonMessage(at: position), line: position.line, offset: position.offset,
                       hint: "write each setting as `key: value`, with a space after the colon", code: "missing-colon-space")
                index = position.line + 1
                skipLines(indentedMoreThan: indent)
                addRejected(guessedKey(at: position), at: mark(line: position.line, offset: position.offset),
                            to: &entries, seen: &firstSeen)
            }
            guard let next = nextSignificant(from: index) else { break }
            if shapes[next].indent < indent {
                // One key indented less than the keys around it, which go on below it.
                guard isSlip(next, backTo: indent, listItemFollows: false) else { break }
                reportSlip(line: next, lineUpWith: indent, listItem: false)
                position = ParsePosition(line: next, offset: shapes[next].contentStart, indent: indent)
                continue
            }
            if shapes[next].indent > indent {
                let extra = shapes[next].indent - indent
                // Keys two spaces past the first key of a list item are a file indented by four
                // throughout: one message for the whole file, naming the rule.
                if inListItem && extra == 2 {
                    noteRepeated("this line is indented more than the key above it", line: next, offset: shapes[next].contentStart,
                                 hint: "in a list item the keys line up with the first key after \"- \" (here \(indent) spaces), whatever indentation the rest of the file uses",
                                 code: "indented-more", group: "indented-more-in-list-item")
                } else {
                    report("this line is indented more than the key above it", line: next, offset: shapes[next].contentStart,
                           hint: "line it up with the other keys (\(indent) spaces), or put it under a key that ends with a colon",
                           code: "indented-more")
                }
                // Read it as the sibling it most likely is, so one slip gives one message.
                position = ParsePosition(line: next, offset: self.position(ofLine: next).offset, indent: indent)
                continue
            }
            position = self.position(ofLine: next)
        }
        return Node(.mapping(entries), at: mark(line: start.line, offset: start.offset))
    }

    /// One `key: value` of a mapping, with what may be wrong with its key.
    mutating func readEntry(_ key: KeyScan, at position: ParsePosition, indent: Int,
                            into entries: inout [MappingEntry], seen firstSeen: inout SeenKeys) {
        if let pasted = key.pasted {
            noteRepeated(pasted.message, line: position.line, offset: pasted.offset, hint: pasted.hint, code: pasted.code)
        }
        // Counting bytes first: a key of at most 1,024 bytes has at most as many characters.
        if key.text.utf8.count > 1024 && key.text.unicodeScalars.count > 1024 {
            // YAML's limit for a key written without `?`; a longer one is almost surely a slip.
            // Its value is kept unreadable, so that the key is not also called unknown.
            report("this key is longer than 1,024 characters", line: position.line, offset: position.offset,
                   hint: "a key is a short name followed by a colon; check that a colon did not end up in a long text",
                   code: "key-too-long")
            _ = parseEntryValue(line: position.line, offset: key.valueOffset, ownerIndent: indent)
            addRejected(key.text, at: key.mark, to: &entries, seen: &firstSeen)
            return
        }
        // A key read in with keys indented more than it (a slip) still owns the lines below it
        // that are indented more than itself: its own indentation, not the others', decides
        // what its value on those lines is.
        let ownsLinesBelow = restIsEmpty(from: key.valueOffset, inLine: position.line) && position.offset == shapes[position.line].contentStart
        let ownIndent = ownsLinesBelow ? min(indent, shapes[position.line].indent) : indent
        let value = parseEntryValue(line: position.line, offset: key.valueOffset, ownerIndent: ownIndent)
        if let earlier = firstSeen.mark(of: key.text) {
            let listAbove = entries.last.flatMap { $0.value.items != nil ? $0.key : nil }
            let hint = listAbove.map {
                "it comes after the list under \"\($0.excerpt())\": if it belongs to the list's last item, indent it to line up with that item's keys; otherwise keep one of the two"
            } ?? "keep one of the two: a key may appear only once at the same level"
            report("the key \"\(key.text.excerpt())\" appears twice here; it is already set on line \(earlier.line)",
                   line: position.line, offset: position.offset, hint: hint, code: "duplicate-key",
                   related: [Diagnostic.Related(file: source.name, mark: earlier, message: "first set here")])
        } else {
            firstSeen.insert(key.text, at: key.mark)
            entries.append(MappingEntry(key: key.text, keyMark: key.mark, value: value, keyIsQuoted: key.isQuoted))
        }
    }

    /// True when `line`, indented less than `indent`, is a single `key: value` with the lines
    /// after it back at `indent` (list items when `listItemFollows`, keys otherwise): a line
    /// dedented by mistake. Only files YAML would refuse anyway look like this: after a
    /// one-line value nothing may be indented more.
    func isSlip(_ line: Int, backTo indent: Int, listItemFollows: Bool) -> Bool {
        let position = ParsePosition(line: line, offset: shapes[line].contentStart, indent: shapes[line].indent)
        guard !isSequenceEntry(position), let key = scanKey(at: position), key.problem == nil,
              !restIsEmpty(from: key.valueOffset, inLine: line) else { return false }
        let value = skipSpaces(from: key.valueOffset, inLine: line)
        if bytes[value] == UInt8(ascii: "|") || bytes[value] == UInt8(ascii: ">") { return false }
        guard let after = nextSignificant(from: line + 1), shapes[after].indent == indent else { return false }
        let next = ParsePosition(line: after, offset: shapes[after].contentStart, indent: indent)
        return listItemFollows ? isSequenceEntry(next) : (!isSequenceEntry(next) && scanKey(at: next) != nil)
    }

    mutating func reportSlip(line: Int, lineUpWith indent: Int, listItem: Bool) {
        report(listItem ? "this line is indented less than the list above and below it"
                        : "this line is indented less than the keys above and below it",
               line: line, offset: shapes[line].contentStart,
               hint: listItem ? "if it belongs to the list item above, line it up with that item's keys (\(indent) spaces)"
                              : "line it up with the keys around it (\(indent) spaces)",
               code: "indented-less")
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
}
