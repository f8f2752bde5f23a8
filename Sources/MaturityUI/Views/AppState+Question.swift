import MaturityCore

/// The bodies of the question screen and its two views, the guidance and the note editor.
/// The question's text stays pinned at the top of all three, as long as it leaves room for
/// what is below it.
extension AppState {
    /// "Uses · Dimension 1 of 7": the first line to go when rows are short.
    func dimensionLines(width: Int) -> [StyledLine] {
        let ref = currentQuestion
        let name = framework.dimensions[ref.dimension].name
        return StyledLine.wrapped("\(name) · " + words.dimensionOf(ref.dimension + 1, framework.dimensions.count), width: width, role: .dim)
    }

    func questionTextLines(width: Int) -> [StyledLine] {
        StyledLine.wrapped(currentQuestion.question.text, width: width, role: .heading)
    }

    /// Each answer as its lines: "› 3 (•) text", wrapped under its text; the focused statement's
    /// guidance, when the framework gives it, follows under it, dim.
    func optionBlocks(width: Int) -> [[StyledLine]] {
        let question = currentQuestion.question
        let chosen = response.answers[question.id]
        return currentOptions.enumerated().map { index, option in
            let isFocus = index == highlighted
            let isChosen = option == chosen
            let prefix = (isFocus ? "› " : "  ") + optionLabel(option, index: index) + " " + (isChosen ? "(•) " : "( ) ")
            let indent = DisplayWidth.of(prefix)
            let text = TextWrap.lines(optionText(option, in: question, index: index), width: max(1, width - indent))
            var guidance: String?
            if isFocus, case .stage = option { guidance = question.guidance(forStatementAt: index) }
            let help = guidance.map { StyledLine.wrapped($0.trimmed, width: width, role: .dim, indent: indent) } ?? []
            return text.enumerated().map { offset, part in
                var line = StyledLine(offset == 0 ? prefix : String(repeating: " ", count: indent), role: isChosen ? .chosen : .normal)
                line.append(part, role: isChosen ? .chosen : .normal)
                if isFocus {
                    line.lineRole = .focus
                    // On the "(", where a screen reader starts reading the answer.
                    if offset == 0 { line.cursorColumn = indent - 4 }
                }
                return line
            } + help
        }
    }

    /// The note, at most two lines, ending in "…" when it is longer: the note editor (n) shows it all.
    func noteLines(width: Int, maxLines: Int) -> [StyledLine] {
        guard maxLines > 0, let note = response.notes[currentQuestion.question.id] else { return [] }
        var lines = TextWrap.lines(words.yourNotePrefix + note, width: width)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            let last = lines[maxLines - 1]
            lines[maxLines - 1] = DisplayWidth.of(last) < width ? last + "…"
                : String(DisplayWidth.prefix(of: last, fitting: width - 1)) + "…"
        }
        return lines.map { StyledLine($0, role: .dim) }
    }

    /// The question text pinned (its first line, when the whole does not fit above the focused
    /// answer); below it the note, a blank line and then the dimension's name above, each only
    /// while the focused answer still fits whole beneath. The answers scroll, the
    /// focused one always whole on screen; a line at the end says there is guidance.
    func questionBody(rows: Int, width: Int) -> ScreenBody {
        let question = currentQuestion.question
        let blocks = optionBlocks(width: width)
        let text = questionTextLines(width: width)
        let focused = min(blocks.indices.contains(highlighted) ? blocks[highlighted].count : 1, rows)
        let room = rows - focused
        var top: [StyledLine] = []
        var lead: [StyledLine] = []
        if text.count <= room {
            top = text
            let note = noteLines(width: width, maxLines: min(2, room - top.count))
            top += note
            if note.isEmpty { lead = noteLines(width: width, maxLines: 2) }
            if top.count < room { top.append(.blank) }
            let heading = dimensionLines(width: width)
            if top.count + heading.count <= room { top = heading + top }
        } else if room >= 1 {
            // Too long to stay put whole: its first line stays, so that the person still sees
            // what is asked, and the rest scrolls with the answers.
            // It leaves room at its end for "↑ more", which must not cover an answer's words.
            let narrowed = TextWrap.lines(question.text, width: max(1, width - DisplayWidth.of(words.moreAbove) - 1))
            let first = narrowed.first ?? ""
            let rest = question.text.hasPrefix(first)
                ? StyledLine.wrapped(String(question.text.dropFirst(first.count)).trimmingWhitespace(), width: width, role: .heading)
                : narrowed.dropFirst().map { StyledLine($0, role: .heading) }
            top = [StyledLine(first, role: .heading)]
            lead = rest + noteLines(width: width, maxLines: 2) + [.blank]
        } else {
            // No room even for that: the question scrolls with its answers.
            lead = dimensionLines(width: width) + text + noteLines(width: width, maxLines: 2) + [.blank]
        }
        var lines = lead
        var focus = 0..<0
        for (index, block) in blocks.enumerated() {
            // The first answer brings what is above it into view, the last what is below it.
            if index == highlighted { focus = (index == 0 ? 0 : lines.count)..<(lines.count + block.count) }
            lines += block
        }
        // The one rule of the answer keys, said where they are used, when it fits without
        // making the screen scroll (the key bar and the advice after Enter say it too).
        let howTo = StyledLine.wrapped(words.howToAnswer(AnswerKeys.list(for: question, stageCount: framework.stages.count)),
                                       width: width, role: .dim)
        let guidance = question.guidance != nil ? StyledLine.wrapped(words.pressForGuidance, width: width, role: .dim) : []
        let fits = top.count + lines.count + 1 + howTo.count + guidance.count <= rows
        if fits || !guidance.isEmpty { lines.append(.blank) }
        if fits { lines += howTo }
        lines += guidance
        if highlighted == blocks.count - 1 { focus = focus.lowerBound..<lines.count }
        var body = ScreenBody(top: top, lines: lines, focus: focus)
        body.leavesOutAnswerKeys = !fits
        return body
    }

    /// The guidance, under the pinned question, scrolling (↑↓, PgUp, PgDn, Home, End).
    func guidanceBody(rows: Int, width: Int) -> ScreenBody {
        let guidance = StyledLine.wrapped(currentQuestion.question.guidance?.trimmed ?? "", width: width, indent: 2)
        var heading = StyledLine(words.guidanceHeading, role: .heading)
        heading.cursorColumn = 0
        heading.holdsMarker = true
        let text = questionTextLines(width: width)
        // Leave at least three lines of guidance under the question, or all of it when shorter.
        let room = rows - min(3, guidance.count)
        guard text.count + 1 <= room else {
            return ScreenBody(lines: text + [heading] + guidance, scroll: guidanceScroll)
        }
        var top = text + [heading]
        // With room to spare, a blank line before the heading and the dimension's name above.
        if top.count + 1 + guidance.count <= rows { top = text + [.blank, heading] }
        let dimension = dimensionLines(width: width)
        if top.count + dimension.count + guidance.count <= rows { top = dimension + top }
        return ScreenBody(top: top, lines: guidance, scroll: guidanceScroll)
    }

    /// The note being typed, every character of it, wrapped, with the cursor after the last,
    /// and how many characters it holds of the most it may.
    func noteBody(rows: Int, width: Int) -> ScreenBody {
        let draft = TextWrap.editorLines(noteDraft.text, width: max(1, width - 2))
        var lines = [StyledLine(words.noteEditorHeading, role: .heading)]
        for (index, part) in draft.enumerated() {
            var line = StyledLine(index == 0 ? "> " : "  ", role: .focus)
            line.append(part, role: .chosen)
            if index == draft.count - 1 { line.cursorColumn = 2 + DisplayWidth.of(part) }
            lines.append(line)
        }
        let cursorLine = lines.count - 1
        lines.append(StyledLine("  " + words.noteLength(noteDraft.count, NoteDraft.limit),
                                role: noteDraft.isFull ? .warning : .dim))
        let text = questionTextLines(width: width)
        let room = rows - min(lines.count, 4)
        let top = text.count + 1 <= room ? text + [.blank] : []
        let focus = cursorLine..<(cursorLine + 2)
        return ScreenBody(top: top, lines: top.isEmpty ? text + [.blank] + lines : lines,
                          focus: top.isEmpty ? (focus.lowerBound + text.count + 1)..<(focus.upperBound + text.count + 1) : focus)
    }
}
