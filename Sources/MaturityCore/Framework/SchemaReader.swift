#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads values out of a document tree against a schema, collecting every problem with its
/// place and a hint, so that one run tells a trainer everything that is wrong.
///
/// Nodes the document reader already refused (`.invalid`) are passed over in silence: their
/// problem has been reported once, where it is.
public struct SchemaReader {
    public let file: String
    /// Problems past this many are counted, not kept: a 10 MB file once gave half a million,
    /// and the memory to hold them, where a screenful is enough to start fixing.
    public static let diagnosticLimit = 100
    private var kept: [Diagnostic] = []
    private var unshown = (errors: 0, warnings: 0, first: SourceMark?.none)
    /// Texts that trainers type or paste, checked for what other tools read differently and
    /// for invisible characters (frameworks and translations; responses are written by us).
    public var checksWrittenText = false
    var notes = WrittenTextNotes()

    public init(file: String) {
        self.file = file
    }

    /// Every problem kept, the notes on written text (one per cause), and a last line counting
    /// those past the limit.
    public var diagnostics: [Diagnostic] {
        var all = kept
        var counts = unshown
        for note in notes.diagnostics(file: file) {
            if all.count < Self.diagnosticLimit {
                all.append(note)
            } else {
                counts.warnings += 1
                counts.first = counts.first ?? note.mark
            }
        }
        guard let first = counts.first else { return all }
        let total = counts.errors + counts.warnings
        var parts: [String] = []
        if counts.errors > 0 { parts.append("\(RepeatedPlaces.grouped(counts.errors)) error\(counts.errors == 1 ? "" : "s")") }
        if counts.warnings > 0 { parts.append("\(RepeatedPlaces.grouped(counts.warnings)) warning\(counts.warnings == 1 ? "" : "s")") }
        var summary = Diagnostic(counts.errors > 0 ? .error : .warning, file: file, at: first,
                                 "\(RepeatedPlaces.grouped(total)) more problem\(total == 1 ? "" : "s") from here on \(total == 1 ? "is" : "are") not shown (\(parts.joined(separator: " and ")))",
                                 hint: "fix the problems above, then check the file again")
        summary.code = "too-many-problems"
        all.append(summary)
        return all
    }

    public mutating func error(_ message: @autoclosure () -> String, at mark: SourceMark, hint: @autoclosure () -> String? = nil,
                               code: String, related: [Diagnostic.Related] = []) {
        add(.error, message, at: mark, hint: hint, code: code, related: related)
    }

    public mutating func warning(_ message: @autoclosure () -> String, at mark: SourceMark, hint: @autoclosure () -> String? = nil,
                                 code: String, related: [Diagnostic.Related] = []) {
        add(.warning, message, at: mark, hint: hint, code: code, related: related)
    }

    private mutating func add(_ severity: Diagnostic.Severity, _ message: () -> String, at mark: SourceMark, hint: () -> String?,
                              code: String, related: [Diagnostic.Related]) {
        guard kept.count < Self.diagnosticLimit else {
            if severity == .error { unshown.errors += 1 } else { unshown.warnings += 1 }
            unshown.first = unshown.first ?? mark
            return
        }
        var diagnostic = Diagnostic(severity, file: file, at: mark, message(), hint: hint())
        diagnostic.code = code
        diagnostic.related = related
        kept.append(diagnostic)
    }

    /// True when an error was found, kept or not.
    public var hasErrors: Bool { unshown.errors > 0 || kept.hasErrors }

    /// Ids for a hint, at most `limit` of them: "a, b, c and 40 more". A file with thousands of
    /// ids must not put all of them in every message.
    public static func listed(_ ids: [String], limit: Int = 12) -> String {
        let shown = ids.prefix(limit).joined(separator: ", ")
        return ids.count > limit ? "\(shown) and \(ids.count - limit) more" : shown
    }

    // MARK: - Mappings

    /// The entries of a mapping node, after reporting unknown keys (with a suggestion for near
    /// misses) and missing required ones. Nil when the node is not a mapping.
    ///
    /// `misplaced` gives, for keys that belong elsewhere, why they may be here and where they
    /// go ("it is a stage id: …"), said instead of only "not a known key".
    public mutating func fields(of node: Node, in what: String, known: [String], required: [String],
                                misplaced: [String: String] = [:]) -> Fields? {
        if node.isInvalid { return nil }
        guard let entries = node.entries else {
            error("\(what) should be a group of keys, but it is \(node.kindDescription)", at: node.mark,
                  hint: "write its keys on the lines below, indented: \(required.prefix(3).map { "\($0): ..." }.joined(separator: ", "))",
                  code: "expected-group")
            return nil
        }
        let present = Set(entries.map(\.key))
        // A misspelt required key is one mistake: say "did you mean", not also "missing".
        var suggested = Set<String>()
        // A line the reader refused may have held any key: say nothing of missing ones then.
        let poisoned = entries.contains { $0.value.isInvalid && !known.contains($0.key) }
        for entry in entries where !known.contains(entry.key) && !entry.value.isInvalid {
            if let why = misplaced[entry.key] {
                error("\"\(entry.key.excerpt())\" is not a known key in \(what)", at: entry.keyMark, hint: why, code: "misplaced-key")
            } else if let suggestion = EditDistance.suggestion(for: entry.key, among: known) {
                error("\"\(entry.key.excerpt())\" is not a known key here; did you mean \"\(suggestion)\"?", at: entry.keyMark,
                      code: "unknown-key")
                if !present.contains(suggestion) { suggested.insert(suggestion) }
            } else {
                error("\"\(entry.key.excerpt())\" is not a known key in \(what)", at: entry.keyMark,
                      hint: "the keys allowed here are: \(known.joined(separator: ", "))", code: "unknown-key")
            }
        }
        for key in required where !present.contains(key) && !suggested.contains(key) && !poisoned {
            error("\(what) has no \"\(key)\"", at: node.mark, hint: "add a line `\(key): ...` to it", code: "missing-key")
        }
        return Fields(entries: entries)
    }

    public struct Fields {
        public let entries: [MappingEntry]

        public subscript(key: String) -> MappingEntry? {
            entries.first { $0.key == key }
        }
    }

    // MARK: - Scalars

    /// The text of a key's value, or nil when it is absent, unreadable or reported as wrong.
    public mutating func text(_ key: String, of fields: Fields, in what: String, allowEmpty: Bool = false) -> String? {
        guard let entry = fields[key] else { return nil }
        return text(of: entry.value, named: "\"\(key)\" of \(what)", allowEmpty: allowEmpty)
    }

    /// `name` is only worked out for a message: most values are fine, and building the name
    /// of every answer in 10,000 files cost more than reading them.
    public mutating func text(of node: Node, named name: @autoclosure () -> String, allowEmpty: Bool = false) -> String? {
        guard let value = rawText(of: node, named: name(), allowEmpty: allowEmpty) else { return nil }
        if checksWrittenText {
            notes.noteOtherReading(of: value, in: node, as: .value)
            notes.noteInvisible(in: value, at: node.mark)
        }
        return value
    }

    /// The text of a node, without the checks for what trainers may have typed or pasted.
    mutating func rawText(of node: Node, named name: @autoclosure () -> String, allowEmpty: Bool = false) -> String? {
        if node.isInvalid { return nil }
        guard let value = node.scalar else {
            error("\(name()) should be text, but it is \(node.kindDescription)", at: node.mark,
                  hint: "write the text after the colon on the same line, or use | for several lines", code: "expected-text")
            return nil
        }
        if !allowEmpty && Self.isBlank(value) {
            error("\(name()) is empty", at: node.mark,
                  hint: "write the text after the colon; a # after a space starts a comment, so text that starts with # needs double quotes",
                  code: "empty-text")
            return nil
        }
        return value
    }

    /// Notes a key that is an id (a stage id under `statements`, say) and that other tools
    /// would read as a yes/no value or a number.
    public mutating func noteIDKey(_ entry: MappingEntry) {
        guard checksWrittenText, !entry.keyIsQuoted else { return }
        notes.noteOtherReading(of: entry.key, at: entry.keyMark, as: .key)
    }

    /// True for text with nothing but spaces and line breaks (checked on bytes: this runs for
    /// every value of every file).
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// An id such as `uses-decisions`: lower-case letters, digits and hyphens.
    public mutating func identifier(_ key: String, of fields: Fields, in what: String) -> String? {
        guard let entry = fields[key], let value = rawText(of: entry.value, named: "the \(key) of \(what)") else { return nil }
        guard Self.isIdentifier(value) else {
            if let invisible = WrittenTextNotes.invisibleCharacter(in: value) {
                error("the id \"\(value.excerpt())\" holds \(invisible.name), an invisible character, so it is not a valid id",
                      at: entry.value.mark, hint: "delete it: retype the id", code: "zero-width-character")
                return nil
            }
            error("\"\(value.excerpt())\" is not a valid id", at: entry.value.mark,
                  hint: "an id uses lower-case letters a-z, digits and hyphens, and starts with a letter or digit, e.g. \(Self.suggestedIdentifier(for: value.excerpt(limit: 64)))",
                  code: "invalid-id")
            return nil
        }
        if checksWrittenText { notes.noteOtherReading(of: value, in: entry.value, as: .id) }
        return value
    }

    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLowerOrDigit(first) else { return false }
        return text.utf8.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    public static func suggestedIdentifier(for text: String) -> String {
        let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let joined = words.joined(separator: "-")
        return joined.isEmpty ? "my-id" : joined
    }

    /// A weight: a positive decimal number written with a dot.
    public mutating func weight(_ key: String, of fields: Fields, in what: String) -> Double? {
        guard let entry = fields[key], let value = rawText(of: entry.value, named: "the weight of \(what)") else { return nil }
        let trimmed = value.trimmingWhitespace()
        switch Self.decimal(trimmed) {
        case .comma(let dotted):
            error("the weight \"\(trimmed)\" uses a comma", at: entry.value.mark,
                  hint: "write decimals with a dot: \(dotted)", code: "weight-comma")
            return nil
        case .notNumber:
            error("the weight \"\(trimmed.excerpt())\" is not a number", at: entry.value.mark,
                  hint: "write a positive number such as 1, 2 or 1.5", code: "weight-not-number")
            return nil
        case .number(let number):
            guard number > 0 else {
                error("the weight must be more than 0, but it is \(trimmed)", at: entry.value.mark,
                      hint: "use 1 for normal importance and a larger number for more; to leave a question out, delete it", code: "weight-not-positive")
                return nil
            }
            return number
        }
    }

    /// What a number written by a trainer reads as: a number, a decimal written with a comma
    /// (with the same written with a dot), or no number at all.
    public enum Decimal: Equatable {
        case number(Double)
        case comma(String)
        case notNumber
    }

    /// Reads a decimal number written with a dot, such as 1, -2 or 1.5.
    public static func decimal(_ trimmed: String) -> Decimal {
        if trimmed.contains(","), Double(trimmed.replacingOccurrences(of: ",", with: ".")) != nil {
            return .comma(trimmed.replacingOccurrences(of: ",", with: "."))
        }
        let isDecimal = !trimmed.isEmpty && trimmed.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }
        guard isDecimal, let number = Double(trimmed), number.isFinite else { return .notNumber }
        return .number(number)
    }

    /// A language code such as `en`, `fr` or `pt-BR`.
    public mutating func language(_ key: String, of fields: Fields, in what: String) -> String? {
        guard let entry = fields[key], let value = text(of: entry.value, named: "the \(key) of \(what)") else { return nil }
        guard Self.isLanguageCode(value) else {
            error("\"\(value.excerpt())\" is not a language code", at: entry.value.mark,
                  hint: "use a short code such as en, fr, es, ar or pt-BR", code: "invalid-language")
            return nil
        }
        return value
    }

    public static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    // MARK: - Sequences

    /// The items of a list node, or nil (reported) when the node is something else.
    public mutating func items(of node: Node, named name: String, hint: String) -> [Node]? {
        if node.isInvalid { return nil }
        // `key:` with nothing after it is an empty list; the caller says what is missing.
        if node.scalar == "" { return [] }
        guard let items = node.items else {
            error("\(name) should be a list, but it is \(node.kindDescription)", at: node.mark, hint: hint, code: "expected-list")
            return nil
        }
        return items
    }
}
