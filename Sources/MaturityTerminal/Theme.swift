import MaturityUI

/// How each style role looks, as plain values: a foreground colour (or the terminal's own) and
/// the attributes bold, underline, reverse and dim. `TerminalScreen` turns these into ncurses
/// attributes and colour pairs.
///
/// The monochrome theme (for `NO_COLOR`, `--no-color` or a terminal without colours) uses
/// attributes only, and the colour theme keeps those same attributes wherever they carry
/// meaning (focus is reversed, the chosen answer bold and underlined), so nothing rests on
/// colour alone.
public struct Theme: Sendable, Equatable {
    /// The look of one role.
    public struct Style: Sendable, Hashable {
        /// A terminal colour number (0-255), or nil for the terminal's default foreground.
        public var foreground: Int16?
        public var bold = false
        public var underline = false
        public var reverse = false
        public var dim = false

        public init(foreground: Int16? = nil, bold: Bool = false, underline: Bool = false,
                    reverse: Bool = false, dim: Bool = false) {
            self.foreground = foreground
            self.bold = bold
            self.underline = underline
            self.reverse = reverse
            self.dim = dim
        }
    }

    /// "colour" or "monochrome": shown by `maturity terminal-test`.
    public let name: String
    /// True when any style has a foreground colour (the screen then starts ncurses colours).
    public var usesColour: Bool { styles.values.contains { $0.foreground != nil } }
    private let styles: [StyleRole: Style]

    /// The look of `role`; roles the theme does not name look normal.
    public func style(for role: StyleRole) -> Style { styles[role] ?? Style() }

    /// Bold, reverse and underline only. Nothing that carries information is dim: dim text is
    /// hard to read for people with low vision, and on a light background, so the `.dim` role
    /// (secondary text: progress, the dimension line, the key bar) looks normal. Only the empty
    /// part of a bar is dim; its score is written beside it.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: Style(),
        .title: Style(bold: true),
        .heading: Style(bold: true, underline: true),
        .dim: Style(),
        .focus: Style(reverse: true),
        .chosen: Style(bold: true, underline: true),
        .keyHint: Style(),
        .warning: Style(bold: true),
        .error: Style(bold: true, underline: true),
        .success: Style(bold: true),
        .barFilled: Style(reverse: true),
        .barEmpty: Style(dim: true),
        // Stages are told apart by their names on screen; weight only hints at the order.
        .stage1: Style(),
        .stage2: Style(),
        .stage3: Style(underline: true),
        .stage4: Style(bold: true),
        .stage5: Style(bold: true, underline: true),
    ])

    /// Colours by role for a terminal with `colourCount` colours (8, 16, 256 or more): stages
    /// from red through yellow to green, warnings yellow, errors red. With 256 colours the
    /// stages use five distinct shades; with 8 they pair a colour with bold.
    public static func colour(colourCount: Int) -> Theme {
        let rich = colourCount >= 256
        // Basic colour numbers, the same in every terminal that has colours.
        let red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, blue: Int16 = 4, cyan: Int16 = 6
        let stages: [Style] = rich
            ? [Style(foreground: 196), Style(foreground: 208), Style(foreground: 220),
               Style(foreground: 112), Style(foreground: 34, bold: true)]
            : [Style(foreground: red), Style(foreground: red, bold: true), Style(foreground: yellow),
               Style(foreground: green), Style(foreground: green, bold: true)]
        return Theme(name: "colour", styles: [
            .normal: Style(),
            .title: Style(foreground: rich ? 39 : blue, bold: true),
            .heading: Style(foreground: rich ? 39 : blue, bold: true, underline: true),
            .dim: Style(),
            .focus: Style(foreground: cyan, bold: true, reverse: true),
            .chosen: Style(foreground: green, bold: true, underline: true),
            // The terminal's own foreground: readable on a dark or a light background.
            .keyHint: Style(),
            .warning: Style(foreground: yellow, bold: true),
            .error: Style(foreground: red, bold: true),
            .success: Style(foreground: green, bold: true),
            // Reversed so that a bar of spaces still shows, and still shows in monochrome.
            .barFilled: Style(foreground: cyan, reverse: true),
            .barEmpty: Style(dim: true),
            .stage1: stages[0], .stage2: stages[1], .stage3: stages[2], .stage4: stages[3], .stage5: stages[4],
        ])
    }
}
