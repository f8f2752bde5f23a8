import MaturityCore

/// How a screen is laid out for one terminal size: its body, the key bar's rows, and the rows
/// in between. The renderer draws it; the reducer asks it how far a view can scroll.
struct ScreenLayout {
    var body: ScreenBody
    var keys: [[(key: String, meaning: String)]]
    /// The body's first row, under the title, the progress line and the rule.
    let bodyTop = 3
    /// The row after the body: the status row, above the key bar.
    var bodyBottom: Int
    var rows: Int { max(0, bodyBottom - bodyTop) }
}

/// Turns the state into a Frame: a header with progress, the screen's body, a status line and
/// a key bar. Below 40x12 it asks for a larger terminal instead.
extension AppState {
    public static let minimumSize = Frame.minimumSize

    public func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            drawTooSmall(into: &frame)
            return frame
        }
        let layout = layout(for: size)
        drawHeader(into: &frame)
        let placement = frame.place(layout.body, top: layout.bodyTop, bottom: layout.bodyBottom,
                                    moreAbove: words.moreAbove, moreBelow: words.moreBelow)
        drawFooter(into: &frame, layout: layout, markerOnStatusRow: placement.moreBelowOnNextRow)
        return frame
    }

    /// The layout for `size`. The key bar takes a second row when its keys do not fit on one,
    /// shows the scrolling keys only when the body does not fit, and a question's answer keys
    /// when the body has no room to say them: each can change the other, so it is worked out
    /// until both agree (at most a few rounds, as each only grows).
    func layout(for size: Size) -> ScreenLayout {
        let width = max(1, size.width - 2)
        var needs = (scrollable: false, answerKeys: false)
        var layout = ScreenLayout(body: ScreenBody(), keys: [], bodyBottom: 0)
        for _ in 0..<4 {
            layout.keys = KeyBar.rows(keyHints(scrollable: needs.scrollable, answerKeys: needs.answerKeys), width: width)
            layout.bodyBottom = max(layout.bodyTop, size.height - 1 - layout.keys.count)
            layout.body = body(rows: layout.rows, width: width)
            let found = (scrollable: layout.body.maxScroll(in: layout.rows) > 0, answerKeys: layout.body.leavesOutAnswerKeys)
            if found == needs { break }
            needs = found
        }
        return layout
    }

    /// The current screen's body for `rows` rows of `width` columns.
    func body(rows: Int, width: Int) -> ScreenBody {
        switch screen {
        case .resumeOffer: return resumeBody(rows: rows, width: width)
        case .welcome: return welcomeBody(rows: rows, width: width)
        case .dimensionIntro(let index): return introBody(index, width: width)
        case .question: return questionBody(rows: rows, width: width)
        case .guidance: return guidanceBody(rows: rows, width: width)
        case .note: return noteBody(rows: rows, width: width)
        case .overview: return overviewBody(width: width)
        case .results: return ScreenBody(lines: resultLines(width: width), scroll: resultsScroll)
        }
    }

    // MARK: - Chrome

    func drawHeader(into frame: inout Frame) {
        let width = frame.size.width
        // In a workshop room, the rejoin name stays in view on every screen, at the right,
        // when it fits beside the title.
        let rejoin = workshop.map { words.rejoinShort($0.name) }
        if let rejoin, DisplayWidth.of(rejoin) + min(DisplayWidth.of(framework.title), 24) + 4 <= width {
            let rejoinWidth = DisplayWidth.of(rejoin)
            frame.put(Self.shortened(framework.title, to: width - rejoinWidth - 5), row: 0, column: 1, role: .title)
            frame.put(rejoin, row: 0, column: width - rejoinWidth - 1, role: .heading)
        } else {
            frame.put(Self.shortened(framework.title, to: width - 2), row: 0, column: 1, role: .title)
        }
        // While carrying on is offered, the header counts the offered answers, as its text does.
        let answered = screen == .resumeOffer ? (resumeOffer?.answered ?? answeredCount) : answeredCount
        let total = questions.count
        let place: String
        switch screen {
        case .question, .guidance, .note, .dimensionIntro: place = words.questionOf(questionIndex + 1, total)
        default: place = words.answeredOf(answered, total)
        }
        let barWidth = min(20, max(5, width - DisplayWidth.of(place) - 12))
        let filled = total == 0 ? 0 : barWidth * answered / total
        var column = frame.put(place + "  ", row: 1, column: 1, role: .dim)
        column += 1
        column += frame.put(String(repeating: "█", count: filled), row: 1, column: column, role: .barFilled)
        column += frame.put(String(repeating: "░", count: barWidth - filled), row: 1, column: column, role: .barEmpty)
        let percent = Percentage.whole(answered, of: total)
        frame.put(" " + words.percent(percent), row: 1, column: column, role: .dim)
        frame.put(String(repeating: "─", count: width), row: 2, column: 0, role: .dim)
    }

    /// The status row (a message, and "↓ more" when the body goes on below) and the key bar.
    func drawFooter(into frame: inout Frame, layout: ScreenLayout, markerOnStatusRow: Bool) {
        if let message {
            let room = frame.size.width - 2 - (markerOnStatusRow ? DisplayWidth.of(words.moreBelow) + 2 : 0)
            let fitting = DisplayWidth.of(message.text) > room ? message.short ?? message.text : message.text
            frame.put(Self.shortened(fitting, to: room), row: layout.bodyBottom, column: 1,
                      role: message.isError ? .error : .success)
        }
        frame.drawKeyBar(layout.keys)
    }

    /// The "please enlarge" screen, saying also that nothing is lost meanwhile and how to
    /// leave: no other key works until the terminal is large enough.
    func drawTooSmall(into frame: inout Frame) {
        let size = frame.size
        let width = max(1, size.width)
        let request = TextWrap.lines(words.enlargeTerminal(Self.minimumSize, size), width: width)
        let advice = [words.answersAreSaved, words.pressCtrlCToLeave].flatMap { TextWrap.lines($0, width: width) }
        guard request.count + 1 + advice.count <= size.height else {
            frame.drawTooSmall(need: Self.minimumSize, words: words)
            return
        }
        let lines = request.map { ($0, StyleRole.warning) } + [("", .normal)] + advice.map { ($0, StyleRole.dim) }
        let top = (size.height - lines.count) / 2
        for (offset, (line, role)) in lines.enumerated() {
            frame.put(line, row: top + offset, column: max(0, (size.width - DisplayWidth.of(line)) / 2), role: role)
        }
    }

    /// Text cut to `width` columns with "…" when it does not fit.
    static func shortened(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        return String(DisplayWidth.prefix(of: text, fitting: width - 1)) + "…"
    }

    // MARK: - Answers in words

    func answerName(_ answer: Answer?) -> String {
        switch answer {
        case .none: return "—"
        case .dontKnow: return words.dontKnow
        case .notApplicable: return words.notApplicable
        case .stage(let id): return framework.stages.first { $0.id == id }?.name ?? id
        }
    }

    func optionLabel(_ option: Answer, index: Int) -> String {
        switch option {
        case .stage: return "\(index + 1)"
        case .dontKnow: return "d"
        case .notApplicable: return "a"
        }
    }

    func optionText(_ option: Answer, in question: Question, index: Int) -> String {
        switch option {
        case .stage: return index < question.statements.count ? question.statements[index] : ""
        case .dontKnow: return words.dontKnow
        case .notApplicable: return words.notApplicable
        }
    }
}
