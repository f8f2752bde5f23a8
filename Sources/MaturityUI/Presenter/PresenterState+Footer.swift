import MaturityCore

/// The key hints at the bottom of the workshop view. Every key can be found: all of them on
/// one row when they fit, else on two rows when the screen is tall enough; and `? help` and
/// `q quit` are always there, since help lists every key.
extension PresenterState {
    struct KeyHint: Equatable {
        var key: String
        var meaning: String

        var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(meaning) }
    }

    /// Screens at least this tall give the hints a second row when one is not enough.
    static let twoRowFooterHeight = 20

    var keyHints: [KeyHint] {
        [KeyHint(key: "←→", meaning: words.presenterHintDimension), KeyHint(key: "o", meaning: words.presenterHintOverview),
         KeyHint(key: "d", meaning: words.presenterHintDifferences), KeyHint(key: "g", meaning: words.presenterHintGroup),
         KeyHint(key: words.presenterKeySpace, meaning: hidden ? words.presenterHintShow : words.presenterHintHide),
         KeyHint(key: "f", meaning: frozen ? words.presenterHintUnfreeze : words.presenterHintFreeze),
         KeyHint(key: "e", meaning: words.presenterHintErrors)] + (room == nil ? [] : [KeyHint(key: "j", meaning: words.presenterHintJoin)])
    }

    /// `? help` and `q quit` (in a workshop room, `q end`) are always shown.
    var alwaysShownHints: [KeyHint] {
        [KeyHint(key: "?", meaning: words.presenterHintHelp), KeyHint(key: "q", meaning: room == nil ? words.hintQuit : words.presenterHintEnd)]
    }

    static func width(of hints: [KeyHint]) -> Int {
        hints.reduce(0) { $0 + $1.width } + 2 * max(0, hints.count - 1)
    }

    /// The hints, row by row, for a screen of `size`.
    func footerRows(size: Size) -> [[KeyHint]] {
        let available = size.width - 2
        let all = keyHints + alwaysShownHints
        if Self.width(of: all) <= available { return [all] }
        let rowCount = size.height >= Self.twoRowFooterHeight ? 2 : 1
        var rows = Array(repeating: [KeyHint](), count: rowCount)
        var remaining = keyHints[...]
        for index in rows.indices {
            let limit = available - (index == rowCount - 1 ? Self.width(of: alwaysShownHints) + 2 : 0)
            while let next = remaining.first, Self.width(of: rows[index] + [next]) <= limit {
                rows[index].append(next)
                remaining.removeFirst()
            }
        }
        rows[rowCount - 1] += alwaysShownHints
        return rows.filter { !$0.isEmpty }
    }

    func drawFooter(_ rows: [[KeyHint]], into frame: inout Frame) {
        for (index, hints) in rows.enumerated() {
            let row = frame.size.height - rows.count + index
            var column = 1
            for (position, hint) in hints.enumerated() {
                column += frame.put(hint.key, row: row, column: column, role: .keyHint)
                column += frame.put(" " + hint.meaning + (position == hints.count - 1 ? "" : "  "), row: row, column: column, role: .dim)
            }
        }
    }
}
