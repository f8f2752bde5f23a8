extension String {
    /// At most `limit` characters of the text, with "…" when it is longer, made safe to show on
    /// one line: a message quotes what it is about, never a whole megabyte of it.
    public func excerpt(limit: Int = 40) -> String {
        // Only the start is ever shown: look at no more of a huge text than that.
        let start = String(String.UnicodeScalarView(unicodeScalars.prefix(limit + 1)))
        let safe = SafeText.sanitize(start, keepNewlines: false)
        guard safe.unicodeScalars.count > limit else { return safe }
        return String(String.UnicodeScalarView(safe.unicodeScalars.prefix(limit))) + "…"
    }
}
