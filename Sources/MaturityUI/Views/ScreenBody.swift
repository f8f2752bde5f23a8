import MaturityCore

/// The body of a screen before it is placed: lines pinned at the top (a question's text),
/// lines that scroll, and lines pinned at the bottom (the welcome form), with the range of
/// scrolling lines that must stay on screen and the scroll offset asked for.
struct ScreenBody {
    var top: [StyledLine] = []
    var lines: [StyledLine] = []
    var bottom: [StyledLine] = []
    /// Scrolling lines kept on screen (the focused option, every line of it); when taller than
    /// the space, its start wins.
    var focus: Range<Int>?
    var scroll = 0
    /// A question's body with no room for the line that says which keys answer it: the key
    /// bar says them instead.
    var leavesOutAnswerKeys = false

    /// The rows the scrolling lines get in a body of `rows` rows.
    func scrollingRows(in rows: Int) -> Int {
        max(0, rows - top.count - bottom.count)
    }

    /// The largest useful scroll offset in a body of `rows` rows: 0 when everything fits.
    func maxScroll(in rows: Int) -> Int {
        max(0, lines.count - scrollingRows(in: rows))
    }

    /// The offset used: the one asked for, within bounds, moved as little as needed to show `focus`.
    func offset(in rows: Int) -> Int {
        let height = scrollingRows(in: rows)
        var offset = Scroll.clamped(scroll, limit: maxScroll(in: rows))
        if let focus {
            if focus.upperBound > offset + height { offset = focus.upperBound - height }
            if focus.lowerBound < offset { offset = focus.lowerBound }
        }
        return max(0, offset)
    }
}

extension Frame {
    static let moreAbove = ScreenText.english.moreAbove
    static let moreBelow = ScreenText.english.moreBelow

    /// Where a placed body left things: whether the "↓ more" marker belongs on the row below
    /// the body (the status row), which the caller then leaves room for.
    struct BodyPlacement {
        var offset: Int
        var moreBelowOnNextRow: Bool
    }

    /// Places a body in rows `top..<bottom`. When lines lie above or below the visible part,
    /// "↑ more" and "↓ more" stand at the right: on the row just above or below the scrolling
    /// lines when that row can take it (the header's rule, a blank line, a heading marked
    /// `holdsMarker`, the status row, or a pinned line short enough), else over the end of the
    /// first or last visible line. The markers' words may be given in another language.
    @discardableResult
    mutating func place(_ body: ScreenBody, top: Int, bottom: Int,
                        moreAbove: String = Frame.moreAbove, moreBelow: String = Frame.moreBelow) -> BodyPlacement {
        let rows = max(0, bottom - top)
        let topCount = min(body.top.count, rows)
        for (index, line) in body.top.prefix(topCount).enumerated() { draw(line, row: top + index) }
        let height = body.scrollingRows(in: rows)
        let offset = body.offset(in: rows)
        let regionTop = top + topCount
        let shown = min(height, max(0, body.lines.count - offset))
        for row in 0..<shown { draw(body.lines[offset + row], row: regionTop + row) }
        // The bottom lines follow the scrolling ones, or sit at the bottom when those fill the space.
        let bottomTop = regionTop + shown
        for (index, line) in body.bottom.enumerated() where bottomTop + index < bottom {
            draw(line, row: bottomTop + index)
        }

        var moreBelowOnNextRow = false
        if offset > 0 {
            let above = topCount > 0 ? body.top[topCount - 1] : nil
            if topCount == 0 {
                // The row above is the header's rule: the marker sits in it.
                putMarker(" " + moreAbove + " ", row: regionTop - 1, overlay: false)
            } else if let above, above.runs.isEmpty || above.holdsMarker || above.hasRoom(for: moreAbove, in: size.width) {
                putMarker(moreAbove, row: regionTop - 1, overlay: false)
            } else {
                putMarker(moreAbove, row: regionTop, overlay: true)
            }
        }
        if height > 0, offset + height < body.lines.count {
            let lastRow = regionTop + shown - 1
            if let below = body.bottom.first {
                if below.runs.isEmpty || below.holdsMarker || below.hasRoom(for: moreBelow, in: size.width) {
                    putMarker(moreBelow, row: lastRow + 1, overlay: false)
                } else {
                    putMarker(moreBelow, row: lastRow, overlay: true)
                }
            } else if lastRow + 1 == bottom {
                putMarker(moreBelow, row: bottom, overlay: false)
                moreBelowOnNextRow = true
            } else {
                putMarker(moreBelow, row: lastRow, overlay: true)
            }
        }
        return BodyPlacement(offset: offset, moreBelowOnNextRow: moreBelowOnNextRow)
    }

    /// Draws one line of the body from column 1, with its background and cursor.
    mutating func draw(_ line: StyledLine, row: Int, left: Int = 1) {
        var column = left
        for run in line.runs {
            column += put(run.text, row: row, column: column, role: run.role, maxWidth: size.width - 1 - column)
        }
        if let role = line.lineRole { paint(row: row, from: left, width: size.width - 2 * left, role: role) }
        if let cursor = line.cursorColumn { self.cursor = Position(row: row, column: left + cursor) }
    }

    /// A marker at the right of a row, ending one column from the edge. Over text, the cells
    /// before it are cleared so that it never runs into a word.
    mutating func putMarker(_ marker: String, row: Int, overlay: Bool) {
        let width = DisplayWidth.of(marker)
        let column = size.width - 1 - width
        guard column > 1 else { return }
        if overlay {
            var start = column - 1
            // Never leave part of a word behind (when the word is short enough to clear whole)...
            var wordStart = start
            while wordStart > max(1, column - 16), self[row, wordStart - 1].character != " " { wordStart -= 1 }
            if wordStart == 1 || self[row, wordStart - 1].character == " " { start = wordStart }
            // ...nor half of a wide character.
            if self[row, start].character == nil { start -= 1 }
            for c in start..<(size.width - 1) { put(" ", row: row, column: c, role: self[row, c].role) }
        }
        put(marker, row: row, column: column, role: .keyHint)
    }
}


extension StyledLine {
    /// Whether the line, drawn from column 1, leaves room at its right for `marker` and a gap.
    func hasRoom(for marker: String, in frameWidth: Int) -> Bool {
        let used = runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
        return 1 + used + 2 + DisplayWidth.of(marker) <= frameWidth - 1
    }
}
