import MaturityCore

/// The body of each screen, as lines to place.
extension AppState {
    func resumeLines(width: Int) -> [StyledLine] {
        guard let offer = resumeOffer else { return [] }
        var lines = StyledLine.wrapped("You have an unfinished assessment", width: width, role: .heading)
        lines.append(.blank)
        lines += StyledLine.wrapped("Started on \(offer.updated.day), with \(offer.answered) of \(questions.count) questions answered.",
                                    width: width)
        lines.append(.blank)
        var resume = StyledLine("› ", role: .focus)
        resume.append("Enter", role: .keyHint)
        resume.append("  carry on where you left off")
        resume.cursorColumn = 0
        lines.append(resume)
        var fresh = StyledLine("  ")
        fresh.append("n", role: .keyHint)
        fresh.append("      start a new assessment (the unfinished one stays saved)")
        lines.append(fresh)
        return lines
    }

    func placeWelcome(into frame: inout Frame, top: Int, bottom: Int, width: Int) {
        var lines = StyledLine.wrapped(framework.title, width: width, role: .heading)
        lines += StyledLine.wrapped(framework.description, width: width)
        lines.append(.blank)
        lines += StyledLine.wrapped("\(questions.count) questions in \(framework.dimensions.count) dimensions, about \(estimatedMinutes) minutes.",
                                    width: width)
        lines += StyledLine.wrapped("Each answer is saved as soon as you give it, in \(outputFolder)", width: width, role: .dim)
        lines.append(.blank)
        let labelWidth = WelcomeForm.labels.map { DisplayWidth.of($0) }.max() ?? 0
        var focusLine = 0
        for (index, label) in WelcomeForm.labels.enumerated() {
            let focused = index == form.focus
            var line = StyledLine(focused ? "› " : "  ", role: focused ? .focus : .normal)
            line.append(label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label)) + "  ", role: focused ? .heading : .dim)
            let value = form.fields[index]
            let room = max(1, width - labelWidth - 6)
            // Show the end of a long value, where the typing is.
            var shown = value
            while DisplayWidth.of(shown) > room - 1 { shown.removeFirst() }
            line.append("[", role: .dim)
            line.append(shown, role: focused ? .chosen : .normal)
            line.append(String(repeating: " ", count: max(0, room - 1 - DisplayWidth.of(shown))) + "]", role: .dim)
            if focused {
                line.cursorColumn = 2 + labelWidth + 2 + 1 + DisplayWidth.of(shown)
                focusLine = lines.count
            }
            lines.append(line)
        }
        frame.place(lines, top: top, bottom: bottom, keepVisible: focusLine)
    }

    func introLines(_ index: Int, width: Int) -> [StyledLine] {
        let dimension = framework.dimensions[index]
        var lines = StyledLine.wrapped("Dimension \(index + 1) of \(framework.dimensions.count)", width: width, role: .dim)
        var name = StyledLine(dimension.name, role: .heading)
        name.cursorColumn = 0
        lines.append(name)
        lines.append(.blank)
        if let description = dimension.description { lines += StyledLine.wrapped(description, width: width) }
        lines.append(.blank)
        let count = dimension.questions.count
        lines += StyledLine.wrapped("\(count) question\(count == 1 ? "" : "s"). Press Enter to begin.", width: width, role: .dim)
        return lines
    }

    func placeQuestion(into frame: inout Frame, top: Int, bottom: Int, width: Int) {
        let ref = currentQuestion
        let question = ref.question
        let dimension = framework.dimensions[ref.dimension]
        var lines = [StyledLine("\(dimension.name) · Dimension \(ref.dimension + 1) of \(framework.dimensions.count)", role: .dim)]
        lines += StyledLine.wrapped(question.text, width: width, role: .heading)
        let pinned = lines.count
        lines.append(.blank)
        let chosen = response.answers[question.id]
        var focusLine = 0
        for (index, option) in currentOptions.enumerated() {
            let isFocus = index == highlighted && screen == .question
            let isChosen = option == chosen
            let prefix = (isFocus ? "› " : "  ") + optionLabel(option, index: index) + " " + (isChosen ? "(•) " : "( ) ")
            let indent = DisplayWidth.of(prefix)
            let text = TextWrap.lines(optionText(option, in: question, index: index), width: max(1, width - indent))
            for (offset, part) in text.enumerated() {
                var line = StyledLine(offset == 0 ? prefix : String(repeating: " ", count: indent), role: isChosen ? .chosen : .normal)
                line.append(part, role: isChosen ? .chosen : .normal)
                if isFocus {
                    line.lineRole = .focus
                    if offset == 0 {
                        line.cursorColumn = indent - 4
                        focusLine = lines.count
                    }
                }
                lines.append(line)
            }
        }
        if let guidance = question.guidance {
            lines.append(.blank)
            if showGuidance {
                lines.append(StyledLine("Guidance", role: .heading))
                lines += StyledLine.wrapped(guidance.trimmed, width: width, indent: 2)
            } else {
                lines.append(StyledLine("Press ? for guidance on this question.", role: .dim))
            }
        }
        if screen == .note {
            lines.append(.blank)
            lines.append(StyledLine("Your note on this question (Enter to save, Esc to cancel):", role: .heading))
            var draft = noteDraft
            let room = max(1, width - 4)
            while DisplayWidth.of(draft) > room { draft.removeFirst() }
            var line = StyledLine("> ", role: .focus)
            line.append(draft, role: .chosen)
            line.cursorColumn = 2 + DisplayWidth.of(draft)
            focusLine = lines.count
            lines.append(line)
        } else if let note = response.notes[question.id] {
            lines.append(.blank)
            lines += StyledLine.wrapped("Your note: " + note, width: width, role: .dim)
        }
        frame.place(lines, top: top, bottom: bottom, keepVisible: focusLine, pinned: pinned)
    }

    func placeOverview(into frame: inout Frame, top: Int, bottom: Int, width: Int) {
        var lines = [StyledLine("All questions: choose one to go to it", role: .heading)]
        var focusLine = 0
        var lastDimension = -1
        let answerWidth = 16
        for (index, ref) in questions.enumerated() {
            if ref.dimension != lastDimension {
                lastDimension = ref.dimension
                lines.append(StyledLine(framework.dimensions[ref.dimension].name, role: .dim))
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
                focusLine = lines.count
            }
            lines.append(line)
        }
        frame.place(lines, top: top, bottom: bottom, keepVisible: focusLine)
    }
}
