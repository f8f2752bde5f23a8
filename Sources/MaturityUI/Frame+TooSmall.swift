import MaturityCore

/// The screen every full-screen view shows when the terminal is smaller than it can use.
extension Frame {
    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(width: 40, height: 12)

    /// "Please enlarge the terminal (need 40x12, have WxH)", wrapped and centred.
    public mutating func drawTooSmall(need: Size, words: ScreenText = .english) {
        let text = words.enlargeTerminal(need, size)
        let lines = TextWrap.lines(text, width: max(1, size.width))
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            put(line, row: top + offset, column: max(0, (size.width - DisplayWidth.of(line)) / 2), role: .warning)
        }
    }
}
