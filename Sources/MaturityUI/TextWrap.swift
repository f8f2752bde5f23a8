import MaturityCore

/// Wraps text at word boundaries by display width, so French, Arabic, CJK and emoji lines fit.
public enum TextWrap {
    /// The lines of `text` no wider than `width` columns. Line breaks in the text are kept;
    /// a word wider than the line is cut by width, never so that a line starts with closing
    /// punctuation (a lone "。") or ends with an opening bracket, as Japanese and Chinese
    /// typesetting require.
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
                    let head = cut(word, width: width)
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

    /// The first line's worth of a word too wide for a line. A character is carried down with
    /// the closing punctuation that follows it, and an opening bracket goes down with what it opens.
    static func cut(_ word: String, width: Int) -> String {
        var head = String(DisplayWidth.prefix(of: word, fitting: width))
        let fitted = head
        while head.count > 1 {
            let rest = word.dropFirst(head.count)
            if let next = rest.first, closing.contains(next) {
                head.removeLast()
            } else if let last = head.last, opening.contains(last) {
                head.removeLast()
            } else {
                break
            }
        }
        // A run of punctuation longer than a line: cut it by width after all.
        return head.count > 1 || fitted.count == 1 ? head : fitted
    }

    /// Characters that must not start a line (kinsoku shori): closing punctuation, small kana, marks.
    static let closing: Set<Character> = Set("。、，．！？」』）〕】〉》〗〙〛’”：；・ー…‥々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ）］｝，．：；！？｡､")
    /// Characters that must not end a line: opening brackets and quotes.
    static let opening: Set<Character> = Set("「『（〔【〈《〖〘〚‘“（［｛｢")

    /// Lines for text being typed: every character kept, spaces too, so that the cursor can
    /// sit after the last one. Breaks after the last space that fits, or by width in a long word;
    /// a space that does not fit hangs at the end of its line, as in a word processor.
    public static func editorLines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        for character in text {
            if character == " " && lineWidth + 1 > width {
                result.append(String(line) + " ")
                line = []
                lineWidth = 0
                continue
            }
            let characterWidth = DisplayWidth.of(character)
            if lineWidth + characterWidth > width && !line.isEmpty {
                if let space = line.lastIndex(of: " ") {
                    result.append(String(line[...space]))
                    line = Array(line[(space + 1)...])
                } else {
                    result.append(String(line))
                    line = []
                }
                lineWidth = DisplayWidth.of(String(line))
            }
            line.append(character)
            lineWidth += characterWidth
        }
        result.append(String(line))
        return result
    }
}
