import MaturityCore

/// The screen of `maturity terminal-test`: every style role shown in its own style, a line of
/// wide and right-to-left characters, the terminal's size and the last key pressed. A host
/// checks a projector with it; we check the terminal layer with it.
public enum TerminalTestScreen {
    /// The smallest terminal the screen fits, the same as the assessment's.
    public static let minimumSize = Frame.minimumSize

    /// French, CJK, an emoji and Arabic: text that must take the right number of columns.
    public static let wideCharacterSample = "日本語 café 😀 مرحبا"

    /// The screen for a terminal of `size`, after `lastKey` (nil before any key). `colour` says
    /// which theme the terminal is using, so the heading can name it.
    public static func render(size: Size, lastKey: Key?, colour: Bool) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(into: &frame)
            return frame
        }
        // One blank line between sections when there is room for it.
        let gap = size.height >= 20 ? 1 : 0
        var row = 0
        frame.put(" maturity terminal test", row: row, column: 0, role: .title)
        row += 1 + gap
        let theme = colour ? "colour theme" : "monochrome theme (no colour)"
        frame.put("Styles, \(theme):", row: row, column: 1, role: .heading)
        row += 1

        // The role names in a grid, each written in its own role.
        let slot = 12
        let perRow = max(1, (size.width - 2) / slot)
        for (index, role) in StyleRole.allCases.enumerated() {
            let column = 1 + (index % perRow) * slot
            frame.put(name(of: role), row: row + index / perRow, column: column, role: role, maxWidth: slot - 1)
        }
        row += (StyleRole.allCases.count + perRow - 1) / perRow + gap

        frame.put("Wide characters: \(wideCharacterSample)", row: row, column: 1)
        row += 1
        frame.put("Size: \(size)", row: row, column: 1)
        row += 1
        let label = "Last key: "
        frame.put(label, row: row, column: 1)
        frame.put(describe(lastKey), row: row, column: 1 + label.count, role: lastKey == nil ? .dim : .chosen)
        // The hardware cursor on the key just pressed, where a screen reader will read it.
        frame.cursor = Position(row: row, column: 1 + label.count)
        row += 1 + gap
        if gap > 0 {
            frame.put("Press keys to see them here; resize the window to check redrawing.",
                      row: row, column: 1, role: .dim, maxWidth: size.width - 2)
        }

        frame.put("q to quit", row: size.height - 1, column: 1, role: .keyHint)
        return frame
    }

    /// The name a role is shown under: its name in code.
    public static func name(of role: StyleRole) -> String { String(describing: role) }

    /// A key as a person would name it: `"é" (U+00E9)`, `Up`, `Ctrl-C`, `resize to 80x24`.
    public static func describe(_ key: Key?) -> String {
        guard let key else { return "none" }
        switch key {
        case .character(let character):
            let codes = character.unicodeScalars.map { "U+" + hex($0.value) }.joined(separator: " ")
            return "\"\(character)\" (\(codes))"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "Page Up"
        case .pageDown: return "Page Down"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Escape"
        case .interrupt: return "Ctrl-C"
        case .resize(let size): return "resize to \(size)"
        case .pasteStart: return "start of a paste"
        case .pasteEnd: return "end of a paste"
        case .hangUp: return "hang-up"
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The shared "please enlarge" screen, with the way out underneath.
    private static func drawTooSmall(into frame: inout Frame) {
        frame.drawTooSmall(need: minimumSize)
        if frame.size.height > 3 {
            frame.put("q to quit", row: frame.size.height - 1, column: 0, role: .keyHint)
        }
    }
}
