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
    /// Places lines in rows `top..<bottom`, from the first; those that do not fit are left out.
    /// (The assessment's screens, which scroll and pin lines, use `place(_: ScreenBody, ...)`.)
    mutating func place(_ lines: [StyledLine], top: Int, bottom: Int) {
        for (index, line) in lines.prefix(max(0, bottom - top)).enumerated() { draw(line, row: top + index) }
    }
}
