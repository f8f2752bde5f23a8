/// The one rule for scrolling a view longer than the screen, in the assessment's views and the
/// workshop view alike: ↑ ↓ (j k) move a line, PgUp PgDn a screenful less one line (so that a
/// line stays in view to read on from), Home End go to the ends; an offset is always kept
/// between 0 and the view's limit, when keys move it and again when the view is drawn.
public enum Scroll {
    /// The offset after a scrolling key, kept within `0...limit`, or nil when the key does
    /// not scroll. `page` is how far PgUp and PgDn move. Both are worked out only for a
    /// scrolling key: they lay the view out, which other keys must not pay for.
    public static func offset(_ offset: Int, after key: Key, page: @autoclosure () -> Int,
                       limit: @autoclosure () -> Int) -> Int? {
        let wanted: Int
        switch key {
        case .up, .character("k"): wanted = offset - 1
        case .down, .character("j"): wanted = offset + 1
        case .pageUp: wanted = offset - page()
        case .pageDown: wanted = offset + page()
        case .home: wanted = 0
        case .end: wanted = Int.max / 2
        default: return nil
        }
        return clamped(wanted, limit: limit())
    }

    /// `offset` within `0...limit` (a negative limit counts as 0: everything fits).
    public static func clamped(_ offset: Int, limit: Int) -> Int {
        min(max(0, offset), max(0, limit))
    }

    /// How far PgUp and PgDn move in a view showing `rows` rows.
    public static func page(rows: Int) -> Int { max(1, rows - 1) }
}
