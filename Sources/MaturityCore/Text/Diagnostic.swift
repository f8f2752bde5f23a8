/// A problem found in a file, located like a compiler's: file, line, column, what, and how to fix.
public struct Diagnostic: Sendable, Equatable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var file: String
    public var mark: SourceMark
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, file: String, at mark: SourceMark, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.mark = mark
        self.message = message
        self.hint = hint
    }

    public var isError: Bool { severity == .error }

    // MARK: - For editors and tools (issue 17): optional, so every call above stands as it is.

    /// A stable name for the kind of problem, such as "unknown-key", for tools to match on.
    public var code: String?
    /// Where the problem ends (just past its last character), when known.
    public var end: SourceMark?
    /// Other places the message speaks of, such as where a key was first set.
    public var related: [Related] = []

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
