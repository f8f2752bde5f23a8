/// A line of the screen body before it is placed: runs of text with their roles, and
/// whether the hardware cursor belongs on it.
public struct StyledLine: Sendable, Equatable {
    public struct Run: Sendable, Equatable {
        public var text: String
        public var role: StyleRole
    }

    public var runs: [Run] = []
    /// Column of the cursor on this line, when this line holds the focused item.
    public var cursorColumn: Int?
    /// A role for the whole line's background (the focused option).
    public var lineRole: StyleRole?
    /// A short line (a heading) with room at its right for a "↑ more" or "↓ more" marker.
    var holdsMarker = false

    public init(_ text: String = "", role: StyleRole = .normal) {
        if !text.isEmpty { runs = [Run(text: text, role: role)] }
    }

    public mutating func append(_ text: String, role: StyleRole = .normal) {
        runs.append(Run(text: text, role: role))
    }

    static let blank = StyledLine()

    /// Wrapped text as lines with a first-line prefix and a hanging indent for the rest.
    static func wrapped(_ text: String, width: Int, role: StyleRole = .normal, indent: Int = 0) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return TextWrap.lines(text, width: max(1, width - indent)).map { StyledLine(pad + $0, role: role) }
    }
}

extension Frame {
    /// Places body lines in rows `top..<bottom`, scrolled so that `keepVisible` (a line index)
    /// is on screen. Returns the scroll offset used and whether more lines lie below.
    /// The first `pinned` lines (at most half the rows) stay in place above the scrolling part:
    /// a question's text stays on screen while its answers scroll.
    @discardableResult
    mutating func place(_ lines: [StyledLine], top: Int, bottom: Int, scroll requested: Int = 0,
                        keepVisible: Int? = nil, pinned: Int = 0, left: Int = 1) -> (offset: Int, more: Bool) {
        let fixed = min(pinned, max(0, (bottom - top) / 2), lines.count)
        if fixed > 0 {
            place(Array(lines.prefix(fixed)), top: top, bottom: top + fixed, left: left)
            return place(Array(lines.dropFirst(fixed)), top: top + fixed, bottom: bottom, scroll: requested,
                         keepVisible: keepVisible.map { max(0, $0 - fixed) }, left: left)
        }
        let height = max(0, bottom - top)
        var offset = min(max(0, requested), max(0, lines.count - height))
        if let focus = keepVisible {
            if focus < offset { offset = focus }
            if focus >= offset + height { offset = focus - height + 1 }
        }
        for row in 0..<height {
            let index = offset + row
            guard index < lines.count else { break }
            let line = lines[index]
            var column = left
            for run in line.runs {
                column += put(run.text, row: top + row, column: column, role: run.role, maxWidth: size.width - 1 - column)
            }
            if let role = line.lineRole { paint(row: top + row, from: left, width: size.width - 2 * left, role: role) }
            if let cursor = line.cursorColumn { self.cursor = Position(row: top + row, column: left + cursor) }
        }
        return (offset, offset + height < lines.count)
    }
}
