extension String {
    /// The text line by line, each line trimmed, blank lines left out: how a multi-line next
    /// step or note is laid out wherever it is shown, one line per line, never joined.
    public var nonBlankLines: [String] {
        split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}
