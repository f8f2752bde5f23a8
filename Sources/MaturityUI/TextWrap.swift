import MaturityCore

/// Wraps text at word boundaries by display width, so French, Arabic, CJK and emoji lines fit.
public enum TextWrap {
    /// The lines of `text` no wider than `width` columns. Line breaks in the text are kept;
    /// a word wider than the line is cut by width.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let head = String(DisplayWidth.prefix(of: word, fitting: width))
                    guard !head.isEmpty else { break }
                    result.append(head)
                    word.removeFirst(head.count)
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        while result.count > 1 && result.last == "" { result.removeLast() }
        return result
    }
}
