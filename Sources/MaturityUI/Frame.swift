import MaturityCore

/// What a screen shows, as a value: a grid of cells, each with a character and a style role,
/// and where the hardware cursor should sit. Rendering produces a Frame; the terminal layer
/// draws it. Tests read it as text.
public struct Frame: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// The grapheme shown, or nil for the second column of a wide character.
        public var character: Character?
        public var role: StyleRole

        public static let blank = Cell(character: " ", role: .normal)
    }

    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the hardware cursor goes: on the focused item, so screen readers follow it.
    public var cursor: Position?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.width + column]
    }

    /// Writes text from a position, clipped to `maxWidth` columns and the frame's edge, by
    /// display width. Returns the number of columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < size.height, column >= 0, column < size.width else { return 0 }
        let limit = min(size.width - column, maxWidth ?? Int.max)
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if used + width > limit { break }
            let index = row * size.width + column + used
            cells[index] = Cell(character: character, role: role)
            if width == 2 { cells[index + 1] = Cell(character: nil, role: role) }
            used += width
        }
        return used
    }

    /// Gives a whole row (or a part) a role, keeping its characters: for highlighted lines.
    public mutating func paint(row: Int, from column: Int = 0, width: Int? = nil, role: StyleRole) {
        guard row >= 0, row < size.height else { return }
        let end = min(size.width, column + (width ?? size.width))
        for c in max(0, column)..<max(max(0, column), end) { cells[row * size.width + c].role = role }
    }

    /// The text of a row, wide characters once, trailing spaces kept.
    public func text(ofRow row: Int) -> String {
        var line = ""
        for c in 0..<size.width {
            if let character = self[row, c].character { line.append(character) }
        }
        return line
    }

    /// The whole frame as text, trailing spaces trimmed: the form snapshot tests compare.
    public var text: String {
        (0..<size.height).map { row in
            var line = text(ofRow: row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var description: String { "\(width)x\(height)" }
}

public struct Position: Sendable, Hashable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// What a piece of text means on screen. The terminal maps each role to colours, or under
/// `NO_COLOR` to bold, reverse and underline, so meaning never rests on colour alone.
public enum StyleRole: Sendable, Hashable, CaseIterable {
    case normal
    case title
    case heading
    case dim
    /// The item the cursor is on.
    case focus
    /// The answer already chosen.
    case chosen
    case keyHint
    case warning
    case error
    case success
    case barFilled
    case barEmpty
    /// Stage colours, from the first stage to the last (stages beyond five reuse the last).
    case stage1, stage2, stage3, stage4, stage5

    public static func stage(_ index: Int) -> StyleRole {
        [.stage1, .stage2, .stage3, .stage4, .stage5][min(max(index, 0), 4)]
    }
}

/// A key press or terminal event, decoded from the terminal into plain values.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    /// Ctrl-C arrives as a key in raw mode: it saves and quits like `q`.
    case interrupt
    case resize(Size)
    /// The start and end of pasted text (bracketed paste): what comes between is text, never
    /// keys that answer, move or leave.
    case pasteStart, pasteEnd
    /// The terminal hung up (its other end closed): the session ends as with SIGHUP.
    case hangUp
}
