/// One node of a parsed YAML-subset document. Every scalar is a string; the schema above
/// converts numbers. Every node knows where it starts in the source.
public struct Node: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case scalar(String, ScalarStyle)
        case mapping([MappingEntry])
        case sequence([Node])
        /// Stands where the reader met a construct it rejected and already reported, so that
        /// the schema neither complains a second time nor reports the key as missing.
        case invalid
    }

    public enum ScalarStyle: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal
    }

    public var content: Content
    public var mark: SourceMark

    public init(_ content: Content, at mark: SourceMark) {
        self.content = content
        self.mark = mark
    }

    /// The text of a scalar node, or nil for any other kind.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var entries: [MappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var isInvalid: Bool { content == .invalid }

    /// The kind of node in words a trainer understands, for messages like "expected a list".
    public var kindDescription: String {
        switch content {
        case .scalar(let text, _): return text.isEmpty ? "nothing" : "a piece of text"
        case .mapping: return "a group of keys"
        case .sequence: return "a list"
        case .invalid: return "something unreadable"
        }
    }

    /// The value for a key of a mapping node, if present.
    public subscript(key: String) -> Node? {
        entries?.first(where: { $0.key == key })?.value
    }
}

/// A `key: value` pair of a mapping, with the key's own position for messages about the key.
public struct MappingEntry: Sendable, Equatable {
    public var key: String
    public var keyMark: SourceMark
    public var value: Node
    /// True when the key was written in quotes, so that no YAML tool reads it as anything but text.
    public var keyIsQuoted: Bool

    public init(key: String, keyMark: SourceMark, value: Node, keyIsQuoted: Bool = false) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
        self.keyIsQuoted = keyIsQuoted
    }
}
