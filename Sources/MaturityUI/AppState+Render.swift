import MaturityCore

/// Turns the state into a Frame: a header with progress, the screen's body, a status line and
/// a key bar. Below 40x12 it asks for a larger terminal instead.
extension AppState {
    public static let minimumSize = Frame.minimumSize

    public func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            frame.drawTooSmall(need: Self.minimumSize)
            return frame
        }
        drawHeader(into: &frame)
        let top = 3
        let bottom = size.height - 2
        let width = size.width - 2
        switch screen {
        case .resumeOffer: frame.place(resumeLines(width: width), top: top, bottom: bottom)
        case .welcome: placeWelcome(into: &frame, top: top, bottom: bottom, width: width)
        case .dimensionIntro(let index): frame.place(introLines(index, width: width), top: top, bottom: bottom)
        case .question, .note: placeQuestion(into: &frame, top: top, bottom: bottom, width: width)
        case .overview: placeOverview(into: &frame, top: top, bottom: bottom, width: width)
        case .results: frame.place(resultLines(width: width), top: top, bottom: bottom, scroll: resultsScroll)
        }
        drawFooter(into: &frame)
        return frame
    }

    // MARK: - Chrome

    func drawHeader(into frame: inout Frame) {
        let width = frame.size.width
        frame.put(framework.title, row: 0, column: 1, role: .title, maxWidth: width - 2)
        let answered = answeredCount
        let total = questions.count
        let place: String
        switch screen {
        case .question, .note, .dimensionIntro: place = "Question \(questionIndex + 1) of \(total)"
        default: place = "\(answered) of \(total) answered"
        }
        let barWidth = min(20, max(5, width - DisplayWidth.of(place) - 12))
        let filled = total == 0 ? 0 : barWidth * answered / total
        var column = frame.put(place + "  ", row: 1, column: 1, role: .dim)
        column += 1
        column += frame.put(String(repeating: "█", count: filled), row: 1, column: column, role: .barFilled)
        column += frame.put(String(repeating: "░", count: barWidth - filled), row: 1, column: column, role: .barEmpty)
        let percent = total == 0 ? 0 : 100 * answered / total
        frame.put(" \(percent)%", row: 1, column: column, role: .dim)
        frame.put(String(repeating: "─", count: width), row: 2, column: 0, role: .dim)
    }

    func drawFooter(into frame: inout Frame) {
        let row = frame.size.height - 2
        if let message {
            frame.put(message.text, row: row, column: 1, role: message.isError ? .error : .success, maxWidth: frame.size.width - 2)
        }
        var column = 1
        let keyRow = frame.size.height - 1
        for (key, meaning) in keyHints {
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(meaning)
            if column + needed > frame.size.width - 1 { break }
            column += frame.put(key, row: keyRow, column: column, role: .keyHint)
            column += frame.put(" " + meaning + "  ", row: keyRow, column: column, role: .dim)
        }
    }

    /// The keys of the current screen, most important first: the bar shows as many as fit.
    var keyHints: [(String, String)] {
        switch screen {
        case .resumeOffer: return [("Enter", "resume"), ("n", "start again"), ("q", "quit")]
        case .welcome: return [("Enter", "start"), ("Tab", "next field"), ("↑", "previous"), ("Esc", "quit")]
        case .dimensionIntro: return [("Enter", "begin"), ("←", "back"), ("q", "quit"), ("Tab", "overview")]
        case .question:
            // The digits, d and a stand beside each answer, so the bar leaves them out.
            return [("↑↓", "move"), ("Enter", "confirm"), ("←", "back"), ("q", "quit"), ("Tab", "overview"),
                    ("?", "guidance"), ("n", "note")]
        case .note: return [("Enter", "save note"), ("Esc", "cancel")]
        case .overview: return [("↑↓", "move"), ("Enter", "go to it"), ("Tab", "back"), ("q", "quit")]
        case .results: return [("↑↓", "scroll"), ("Tab", "change answers"), ("q", "quit")]
        }
    }

    // MARK: - Answers in words

    func answerName(_ answer: Answer?) -> String {
        switch answer {
        case .none: return "—"
        case .dontKnow: return "Don't know"
        case .notApplicable: return "Not applicable"
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
        case .dontKnow: return "Don't know"
        case .notApplicable: return "Not applicable"
        }
    }
}
