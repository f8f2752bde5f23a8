/// A problem found in a file, located like a compiler's: file, line, column, what, and how to fix.
public struct Diagnostic: Sendable, Equatable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var file: String
    /// Where the problem starts.
    public var mark: SourceMark
    public var message: String
    public var hint: String?
    /// A stable name for the kind of problem (`invalid-date`), the same in every release and
    /// language, for tools and translations to key on (every code is in `DiagnosticCode`).
    public var code: String?
    /// Where the problem ends (just past its last character), when known.
    public var end: SourceMark?
    /// The values from the file that the message quotes, in order, kept apart from the sentence
    /// so that a screen that must not show them (the workshop's projector) or a translation
    /// never has to find them in the prose. Nil when the message was made without saying.
    public var quoted: [String]?
    /// The message with `{}` where each quoted value stands, when `quoted` is known.
    public var template: String?
    /// Other places the message speaks of, such as where a key was first set.
    public var related: [Related] = []

    public init(_ severity: Severity, file: String, at mark: SourceMark, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.mark = mark
        self.message = message
        self.hint = hint
    }

    /// A diagnostic whose sentence is `template` with each `{}` replaced by the next of
    /// `quoting` in double quotes: `"{} is not a status"`, quoting `["Jane"]`.
    public init(_ severity: Severity, code: String, file: String, from start: SourceMark, to end: SourceMark? = nil,
                template: String, quoting: [String] = [], hint: String? = nil) {
        // A message quotes the start of a value, never a whole megabyte of it.
        let quoting = quoting.map { $0.excerpt() }
        self.init(severity, file: file, at: start, Self.fill(template, with: quoting.map { "\"\($0)\"" }), hint: hint)
        self.code = code
        self.end = end
        self.quoted = quoting
        self.template = template
    }

    public var isError: Bool { severity == .error }

    /// From where the problem starts to just past where it ends (empty when the end is not known).
    public var range: Range<SourceMark> { mark..<max(mark, end ?? mark) }

    /// The sentence with every value quoted from the file replaced by `replacement` (for the
    /// projector, "…"); nil when the diagnostic does not say what it quotes.
    public func message(replacingQuotedBy replacement: String) -> String? {
        guard let template, let quoted else { return nil }
        return Self.fill(template, with: Array(repeating: replacement, count: quoted.count))
    }

    /// `template` with each `{}` replaced by the next value; a `{}` with no value left stays.
    static func fill(_ template: String, with values: [String]) -> String {
        var parts = template.split(separator: "{}", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return template }
        var result = parts.removeFirst()
        for (index, part) in parts.enumerated() {
            result += (index < values.count ? values[index] : "{}") + part
        }
        return result
    }

    /// Another place a diagnostic speaks of, with what is there.
    public struct Related: Sendable, Equatable, Hashable {
        public var file: String
        public var mark: SourceMark
        public var message: String

        public init(file: String, mark: SourceMark, message: String) {
            self.file = file
            self.mark = mark
            self.message = message
        }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains(where: \.isError) }
    public var errorCount: Int { filter(\.isError).count }
    public var warningCount: Int { count - errorCount }

    /// In file order, so a trainer can fix them top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.offset < b.offset }
            if a.element.mark != b.element.mark { return a.element.mark < b.element.mark }
            return a.offset < b.offset
        }.map(\.element)
    }
}
