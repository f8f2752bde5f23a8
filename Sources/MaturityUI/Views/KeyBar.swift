import MaturityCore

/// A key and what it does, in full words and in a shorter form for narrow terminals.
struct KeyHint: Equatable {
    var key: String
    var meaning: String
    var short: String

    init(_ key: String, _ meaning: String, short: String? = nil) {
        self.key = key
        self.meaning = meaning
        self.short = short ?? meaning
    }
}

/// Lays the keys of a screen out at the bottom: every key on show, on one row when they fit,
/// in shorter words when that keeps them on one row, else on two rows.
enum KeyBar {
    static let gap = 2

    /// The hints row by row, each as (key, meaning) pairs, for `width` usable columns.
    static func rows(_ hints: [KeyHint], width: Int) -> [[(key: String, meaning: String)]] {
        let long = hints.map { ($0.key, $0.meaning) }
        let short = hints.map { ($0.key, $0.short) }
        for (pairs, rowCount) in [(long, 1), (short, 1), (long, 2), (short, 2)] {
            if let rows = fill(pairs, width: width, rows: rowCount) { return rows }
        }
        // Narrower than any terminal the screens are laid out for: as many as fit on two rows.
        return fill(short, width: width, rows: Int.max).map { Array($0.prefix(2)) } ?? []
    }

    /// The pairs filled greedily into at most `rows` rows, or nil when they need more.
    static func fill(_ pairs: [(String, String)], width: Int, rows: Int) -> [[(key: String, meaning: String)]]? {
        var result: [[(key: String, meaning: String)]] = [[]]
        var used = 0
        for (key, meaning) in pairs {
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(meaning)
            if used > 0 && used + gap + needed > width {
                result.append([])
                used = 0
            }
            if needed > width { return nil }
            used += (used > 0 ? gap : 0) + needed
            result[result.count - 1].append((key, meaning))
        }
        return result.count <= rows ? result : nil
    }
}

extension Frame {
    /// Draws key-bar rows ending at the frame's last row.
    mutating func drawKeyBar(_ rows: [[(key: String, meaning: String)]]) {
        for (index, row) in rows.enumerated() {
            let line = size.height - rows.count + index
            var column = 1
            for (position, hint) in row.enumerated() {
                if position > 0 { column += KeyBar.gap }
                column += put(hint.key, row: line, column: column, role: .keyHint)
                column += put(" " + hint.meaning, row: line, column: column, role: .dim)
            }
        }
    }
}
