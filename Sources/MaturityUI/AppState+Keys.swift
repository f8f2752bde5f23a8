import MaturityCore

/// What the shell must do after a key: the state has already changed.
public enum Effect: Sendable, Equatable {
    /// Write `response` to its file (creating it the first time).
    case save
    /// Load the offered unfinished assessment and call `resume(with:path:)`.
    case resume
    /// Leave: restore the terminal and say where the answers are.
    case quit
}

/// The reducer: one key in, the state changed, the effects out.
extension AppState {
    public mutating func handle(_ key: Key, at time: Timestamp = .now()) -> [Effect] {
        if key == .interrupt { return [.quit] }
        if case .resize = key { return [] }
        if message?.isError != true { message = nil }
        switch screen {
        case .resumeOffer: return handleResumeOffer(key)
        case .welcome: return handleWelcome(key)
        case .dimensionIntro(let index): return handleDimensionIntro(key, index: index)
        case .question: return handleQuestion(key, at: time)
        case .overview: return handleOverview(key)
        case .note: return handleNote(key, at: time)
        case .results: return handleResults(key)
        }
    }

    mutating func handleResumeOffer(_ key: Key) -> [Effect] {
        switch key {
        case .enter, .character("r"), .character("R"): return [.resume]
        case .character("n"), .character("N"):
            resumeOffer = nil
            screen = .welcome
            return []
        case .escape, .character("q"), .character("Q"): return [.quit]
        default: return []
        }
    }

    mutating func handleWelcome(_ key: Key) -> [Effect] {
        switch key {
        case .up, .backTab: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .down, .tab: form.focus = (form.focus + 1) % form.fields.count
        case .backspace, .delete:
            if !form.fields[form.focus].isEmpty { form.fields[form.focus].removeLast() }
        case .character(let character):
            if form.fields[form.focus].count < 120 {
                form.fields[form.focus] += SafeText.sanitize(String(character), keepNewlines: false)
            }
        case .enter:
            guard !form.organisation.isEmpty else {
                form.focus = 0
                message = StatusMessage(text: "Please type your organisation's name first.", isError: true)
                return []
            }
            response.organisation = form.organisation
            response.respondent = form.optional(1)
            response.team = form.optional(2)
            response.role = form.optional(3)
            questionIndex = 0
            screen = .dimensionIntro(0)
        case .escape: return [.quit]
        default: break
        }
        return []
    }

    mutating func handleDimensionIntro(_ key: Key, index: Int) -> [Effect] {
        switch key {
        case .enter, .right, .character(" "): go(toQuestion: questionIndex)
        case .left, .backspace:
            if questionIndex > 0 { go(toQuestion: questionIndex - 1) } else { screen = .welcome }
        case .tab: openOverview()
        case .character("q"), .character("Q"), .escape: return [.quit]
        default: break
        }
        return []
    }

    mutating func handleQuestion(_ key: Key, at time: Timestamp) -> [Effect] {
        let options = currentOptions
        let question = currentQuestion.question
        switch key {
        case .up, .character("k"): highlighted = max(0, highlighted - 1)
        case .down, .character("j"): highlighted = min(options.count - 1, highlighted + 1)
        case .home: highlighted = 0
        case .end: highlighted = options.count - 1
        case .character(let digit) where digit.isASCII && digit.isNumber:
            let number = Int(String(digit)) ?? 0
            guard number >= 1, number <= framework.stages.count else { return [] }
            highlighted = number - 1
            record(options[highlighted], at: time)
            return [.save]
        case .enter, .right:
            record(options[highlighted], at: time)
            advance()
            return [.save]
        case .character("d"), .character("D"):
            guard question.allows(.dontKnow) else {
                message = StatusMessage(text: "This question has no \"Don't know\" answer.", isError: false)
                return []
            }
            record(.dontKnow, at: time)
            advance()
            return [.save]
        case .character("a"), .character("A"):
            guard question.allows(.notApplicable) else {
                message = StatusMessage(text: "This question has no \"Not applicable\" answer.", isError: false)
                return []
            }
            record(.notApplicable, at: time)
            advance()
            return [.save]
        case .left, .backspace: goBack()
        case .tab: openOverview()
        case .character("?"): showGuidance.toggle()
        case .character("n"), .character("N"):
            noteDraft = response.notes[question.id] ?? ""
            screen = .note
        case .character("q"), .character("Q"), .escape: return [.quit]
        default: break
        }
        return []
    }

    mutating func record(_ answer: Answer, at time: Timestamp) {
        response.answers[currentQuestion.question.id] = answer
        response.updated = max(time, response.updated)
    }

    /// To the next question, through the next dimension's opening, or to the results at the end.
    mutating func advance() {
        let next = questionIndex + 1
        guard next < questions.count else {
            response.status = .complete
            screen = .results
            resultsScroll = 0
            return
        }
        if questions[next].dimension != currentQuestion.dimension {
            questionIndex = next
            screen = .dimensionIntro(questions[next].dimension)
        } else {
            go(toQuestion: next)
        }
    }

    mutating func goBack() {
        guard questionIndex > 0 else {
            screen = .dimensionIntro(0)
            return
        }
        go(toQuestion: questionIndex - 1)
    }

    mutating func openOverview() {
        overviewSelection = questionIndex
        screen = .overview
    }

    mutating func handleOverview(_ key: Key) -> [Effect] {
        switch key {
        case .up, .character("k"): overviewSelection = max(0, overviewSelection - 1)
        case .down, .character("j"): overviewSelection = min(questions.count - 1, overviewSelection + 1)
        case .pageUp: overviewSelection = max(0, overviewSelection - 10)
        case .pageDown: overviewSelection = min(questions.count - 1, overviewSelection + 10)
        case .home: overviewSelection = 0
        case .end: overviewSelection = questions.count - 1
        case .enter: go(toQuestion: overviewSelection)
        case .tab, .escape, .backTab:
            if response.status == .complete {
                screen = .results
            } else {
                go(toQuestion: questionIndex)
            }
        case .character("q"), .character("Q"): return [.quit]
        default: break
        }
        return []
    }

    mutating func handleNote(_ key: Key, at time: Timestamp) -> [Effect] {
        switch key {
        case .character(let character):
            if noteDraft.count < 2_000 { noteDraft += SafeText.sanitize(String(character), keepNewlines: false) }
        case .backspace, .delete:
            if !noteDraft.isEmpty { noteDraft.removeLast() }
        case .enter:
            let id = currentQuestion.question.id
            let text = noteDraft.trimmed
            if text.isEmpty { response.notes.removeValue(forKey: id) } else { response.notes[id] = text }
            response.updated = max(time, response.updated)
            screen = .question
            message = StatusMessage(text: text.isEmpty ? "Note removed." : "Note saved.", isError: false)
            return [.save]
        case .escape:
            screen = .question
        default: break
        }
        return []
    }

    mutating func handleResults(_ key: Key) -> [Effect] {
        switch key {
        case .up, .character("k"): resultsScroll = max(0, resultsScroll - 1)
        case .down, .character("j"): resultsScroll += 1
        case .pageUp: resultsScroll = max(0, resultsScroll - 10)
        case .pageDown: resultsScroll += 10
        case .home: resultsScroll = 0
        case .tab: openOverview()
        case .left, .backspace: go(toQuestion: questions.count - 1)
        case .character("q"), .character("Q"), .escape, .enter: return [.quit]
        default: break
        }
        return []
    }
}
