/// Where a diagnostic's problem ends, and places counted as the Language Server Protocol
/// counts them, for editors.
extension SourceText {
    /// The end (just past the last character) of what stands at `mark`: a quoted text to its
    /// closing quote, a key to its colon, other text to the end of the line or a comment. A
    /// mark past the end of its line ends where it starts.
    public func tokenEnd(at mark: SourceMark) -> SourceMark {
        guard let line = text(ofLine: mark.line) else { return mark }
        let scalars = Array(line.unicodeScalars)
        let start = mark.column - 1
        guard start >= 0, start < scalars.count else { return mark }
        var end = start
        let first = scalars[start]
        if first == "\"" || first == "'" {
            end += 1
            while end < scalars.count {
                if first == "\"" && scalars[end] == "\\" { end += 2; continue }
                if scalars[end] == first {
                    if first == "'" && end + 1 < scalars.count && scalars[end + 1] == "'" { end += 2; continue }
                    end += 1
                    break
                }
                end += 1
            }
            end = min(end, scalars.count)
        } else {
            while end < scalars.count {
                let scalar = scalars[end]
                if scalar == ":" && (end + 1 == scalars.count || scalars[end + 1] == " ") && end > start { break }
                if scalar == "#" && end > start && scalars[end - 1] == " " { break }
                end += 1
            }
            while end > start + 1 && (scalars[end - 1] == " " || scalars[end - 1] == "\t") { end -= 1 }
        }
        return SourceMark(line: mark.line, column: max(end, start + 1) + 1)
    }

    /// The 0-based position of a mark in UTF-16 code units, as LSP's `Position` counts:
    /// a character outside the Basic Multilingual Plane (an emoji) counts two.
    public func lspPosition(of mark: SourceMark) -> (line: Int, character: Int) {
        guard let line = text(ofLine: mark.line) else { return (max(mark.line - 1, 0), max(mark.column - 1, 0)) }
        var character = 0
        for (index, scalar) in line.unicodeScalars.enumerated() where index < mark.column - 1 {
            character += scalar.utf16.count
        }
        // Past the end of the line: the columns beyond count one each.
        let beyond = max(0, mark.column - 1 - line.unicodeScalars.count)
        return (mark.line - 1, character + beyond)
    }
}
