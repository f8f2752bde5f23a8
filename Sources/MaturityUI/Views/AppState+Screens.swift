import MaturityCore

/// The bodies of the resume offer, welcome, dimension opening and overview screens.
extension AppState {
    func resumeBody(rows: Int, width: Int) -> ScreenBody {
        guard let offer = resumeOffer else { return ScreenBody() }
        // The last finished assessment is offered to see its results again; an unfinished one, to carry on.
        let finished = offer.isFinished
        var lines = StyledLine.wrapped(finished ? words.finishedAssessment : words.unfinishedAssessment, width: width, role: .heading)
        lines.append(.blank)
        lines += StyledLine.wrapped(finished ? words.finishedOn(offer.updated.day, offer.organisation)
                                        : words.lastAnswered(offer.updated.day, offer.organisation, offer.answered, questions.count),
                                    width: width)
        lines.append(.blank)
        let focusLine = lines.count
        let choices = finished ? [(words.enterKey, words.seeItsResultsAgain), ("n", words.startANewAssessmentAfterFinished)]
            : [(words.enterKey, words.carryOnWhereYouLeftOff), ("n", words.startANewAssessment)]
        for (index, (key, meaning)) in choices.enumerated() {
            let text = TextWrap.lines(meaning, width: max(1, width - 9))
            for (offset, part) in text.enumerated() {
                var line = StyledLine(index == 0 && offset == 0 ? "› " : "  ", role: .focus)
                line.append(offset == 0 ? key + String(repeating: " ", count: 7 - key.count) : "       ", role: .keyHint)
                line.append(part)
                if index == 0 && offset == 0 { line.cursorColumn = 0 }
                lines.append(line)
            }
        }
        // On a short screen the blank lines go first, so that the heading stays in view.
        if lines.count > rows {
            let blanks = lines[..<focusLine].filter { $0.runs.isEmpty }.count
            lines.removeAll { $0.runs.isEmpty }
            return ScreenBody(lines: lines, focus: (focusLine - blanks)..<lines.count)
        }
        return ScreenBody(lines: lines, focus: focusLine..<lines.count)
    }

    /// What is saved and where, said before anything is typed: in a workshop room, on the
    /// workshop's computer (its folder means nothing to the participant).
    var savingSentence: String { workshop == nil ? words.whatIsSaved(outputFolder) : words.workshopWhatIsSaved }

    /// In a workshop room: how to come back, with the command on a line of its own, whole.
    func rejoinLines(_ workshop: WorkshopSeat, width: Int) -> [StyledLine] {
        StyledLine.wrapped(words.rejoinAdvice, width: width, role: .heading)
            + StyledLine.wrapped(workshop.rejoinCommand, width: width, role: .title, indent: 2)
    }

    /// The title, description and what is saved scroll (PgUp, PgDn); the form stays at the
    /// bottom, whole, so that no field is ever hidden.
    func welcomeBody(rows: Int, width: Int) -> ScreenBody {
        // A screen reader reads this screen badly: first, how to take the assessment line by line.
        var text = StyledLine.wrapped(words.screenReaderAdvice, width: width)
        text.append(.blank)
        text += StyledLine.wrapped(framework.description, width: width)
        text.append(.blank)
        text += StyledLine.wrapped(words.questionsAndMinutes(questions.count, framework.dimensions.count, estimatedMinutes),
                                   width: width)
        text += StyledLine.wrapped(savingSentence, width: width)
        if let workshop { text += rejoinLines(workshop, width: width) }
        let form = formLines(width: width)
        // The title is in the header already: said once.
        // A blank line between the text and the form, unless the text would lose a third row to it.
        let separated = rows - form.count - 1 >= min(3, text.count)
        return ScreenBody(lines: text, bottom: (separated ? [.blank] : []) + form, scroll: welcomeScroll)
    }

    /// The four fields. A field shows the start of its value; the focused one shows the end,
    /// where the typing is.
    func formLines(width: Int) -> [StyledLine] {
        let labels = words.formLabels
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let room = max(2, width - labelWidth - 6)
        return labels.enumerated().map { index, label in
            let focused = index == form.focus
            var line = StyledLine(focused ? "› " : "  ", role: focused ? .focus : .normal)
            line.append(label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label)) + "  ", role: focused ? .heading : .dim)
            let value = form.fields[index]
            var shown = value
            if focused {
                while DisplayWidth.of(shown) > room - 1 { shown.removeFirst() }
            } else if DisplayWidth.of(value) > room - 1 {
                shown = String(DisplayWidth.prefix(of: value, fitting: room - 2)) + "…"
            }
            line.append("[", role: .dim)
            line.append(shown, role: focused ? .chosen : .normal)
            line.append(String(repeating: " ", count: max(0, room - 1 - DisplayWidth.of(shown))) + "]", role: .dim)
            if focused { line.cursorColumn = 2 + labelWidth + 2 + 1 + DisplayWidth.of(shown) }
            return line
        }
    }

    func introBody(_ index: Int, width: Int) -> ScreenBody {
        let dimension = framework.dimensions[index]
        var lines = StyledLine.wrapped(words.dimensionOf(index + 1, framework.dimensions.count), width: width, role: .dim)
        var name = StyledLine.wrapped(dimension.name, width: width, role: .heading)
        name[0].cursorColumn = 0
        lines += name
        lines.append(.blank)
        if let description = dimension.description { lines += StyledLine.wrapped(description.trimmed, width: width) }
        lines.append(.blank)
        let count = dimension.questions.count
        lines += StyledLine.wrapped(words.questionsThenBegin(count), width: width, role: .dim)
        return ScreenBody(lines: lines, scroll: introScroll)
    }

    func overviewBody(width: Int) -> ScreenBody {
        var lines = StyledLine.wrapped(words.overviewHeading, width: width, role: .heading)
        var focus = 0..<1
        var lastDimension = -1
        let answerWidth = 16
        for (index, ref) in questions.enumerated() {
            var headingLine: Int?
            if ref.dimension != lastDimension {
                lastDimension = ref.dimension
                headingLine = lines.count
                lines.append(StyledLine(Self.shortened(framework.dimensions[ref.dimension].name, to: width), role: .dim))
            }
            let isFocus = index == overviewSelection
            let answer = response.answers[ref.question.id]
            var text = "\(index + 1). " + ref.question.text
            let room = max(1, width - answerWidth - 4)
            if DisplayWidth.of(text) > room { text = String(DisplayWidth.prefix(of: text, fitting: room - 1)) + "…" }
            var line = StyledLine(isFocus ? "› " : "  ", role: isFocus ? .focus : .normal)
            line.append(text + String(repeating: " ", count: max(1, room - DisplayWidth.of(text)) + 1))
            line.append(answerName(answer), role: answer == nil ? .warning : .chosen)
            if isFocus {
                line.lineRole = .focus
                line.cursorColumn = 0
                // The first question of a dimension brings its dimension's name (and the first, the title) with it.
                let start = index == 0 ? 0 : headingLine ?? lines.count
                focus = start..<(lines.count + 1)
            }
            lines.append(line)
        }
        return ScreenBody(lines: lines, focus: focus)
    }
}
