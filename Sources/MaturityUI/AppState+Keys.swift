import MaturityCore

/// What the shell must do after a key: the state has already changed.
public enum Effect: Sendable, Equatable {
    /// Write `response` to its file (creating it the first time).
    case save
    /// The offered unfinished assessment is carried on: its file is the copy saved so far.
    case resumed
    /// Leave: restore the terminal and say where the answers are.
    case quit
}

/// The reducer: one key in, the state changed, the effects out.
///
/// Escape closes what is open (the guidance, the note, the overview) and otherwise does
/// nothing: it never ends the assessment once an answer is given, because a stray Escape, or
/// the start of a key's escape sequence the terminal did not recognise, must not end it all.
/// `q` saves and quits.
extension AppState {
    public mutating func handle(_ key: Key, at time: Timestamp = .now()) -> [Effect] {
        switch key {
        case .interrupt:
            return (keepNoteDraft(at: time) ? [.save] : []) + [.quit]
        case .resize(let size):
            terminalSize = size
            keepScrollingInBounds()
            return []
        case .hangUp:
            return []
        case .pasteStart:
            isPasting = true
            pasteLeftOut = 0
            return []
        case .pasteEnd:
            isPasting = false
            if screen == .note && pasteLeftOut > 0 {
                message = StatusMessage(text: words.pasteCut(pasteLeftOut, NoteDraft.limit), isError: true)
            }
            return []
        default:
            if isPasting { return handlePasted(key) }
        }
        // While the "please enlarge" screen shows, nothing may happen that nobody can see.
        if terminalIsTooSmall { return [] }
        if message?.isError != true { message = nil }
        switch screen {
        case .resumeOffer: return handleResumeOffer(key)
        case .welcome: return handleWelcome(key)
        case .dimensionIntro: return handleDimensionIntro(key)
        case .question: return handleQuestion(key, at: time)
        case .guidance: return handleGuidance(key)
        case .overview: return handleOverview(key)
        case .note: return handleNote(key, at: time)
        case .results: return handleResults(key)
        }
    }

    /// Leaving while a note is being typed (Ctrl-C, a dropped connection) keeps what was typed
    /// as the note. Returns true when the response changed and must be saved.
    public mutating func keepNoteDraft(at time: Timestamp = .now()) -> Bool {
        guard screen == .note else { return false }
        let text = noteDraft.text.trimmed
        guard !text.isEmpty, response.notes[currentQuestion.question.id] != text else { return false }
        assessment.setNote(text, at: time)
        return true
    }

    /// A key inside a paste: text for the note or the field being typed (a line break is a
    /// space there); anywhere else pasted text does nothing, so that it cannot answer, move on
    /// or leave.
    mutating func handlePasted(_ key: Key) -> [Effect] {
        if terminalIsTooSmall { return [] }
        let text: String
        switch key {
        case .character(let character): text = String(character)
        case .enter, .tab: text = " "
        default: return []
        }
        switch screen {
        case .note:
            pasteLeftOut += noteDraft.append(text)
        case .welcome:
            if form.fields[form.focus].count < WelcomeForm.fieldLimit {
                form.fields[form.focus] += SafeText.sanitize(text, keepNewlines: false)
            }
        default:
            break
        }
        return []
    }

    mutating func handleResumeOffer(_ key: Key) -> [Effect] {
        switch key {
        case .enter, .character("r"), .character("R"):
            guard let offer = resumeOffer else { return [] }
            resume(offer)
            return [.resumed]
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
        case .pageUp, .pageDown: welcomeScroll = scrolled(welcomeScroll, by: key) ?? welcomeScroll
        case .backspace, .delete:
            if !form.fields[form.focus].isEmpty { form.fields[form.focus].removeLast() }
        case .character(let character):
            if form.fields[form.focus].count < WelcomeForm.fieldLimit {
                form.fields[form.focus] += SafeText.sanitize(String(character), keepNewlines: false)
            }
            // The request for the name is answered as soon as there is one.
            if message?.text == words.typeOrganisationFirst, !form.organisation.isEmpty { message = nil }
        case .enter:
            guard !form.organisation.isEmpty else {
                form.focus = 0
                message = StatusMessage(text: words.typeOrganisationFirst, isError: true)
                return []
            }
            // The request for the name is answered: it must not follow the person onto the questions.
            if message?.text == words.typeOrganisationFirst { message = nil }
            for detail in Assessment.Detail.allCases {
                assessment.set(detail, to: form.fields[detail.rawValue].trimmed)
            }
            assessment.go(to: 0)
            openIntro(0)
        case .escape:
            if response.answers.isEmpty && response.notes.isEmpty { return [.quit] }
            message = StatusMessage(text: words.savedAndCtrlCLeaves, isError: false)
        default: break
        }
        return []
    }

    mutating func openIntro(_ dimension: Int) {
        introScroll = 0
        screen = .dimensionIntro(dimension)
    }

    mutating func handleDimensionIntro(_ key: Key) -> [Effect] {
        if let offset = scrolled(introScroll, by: key) {
            introScroll = offset
            return []
        }
        switch key {
        case .enter, .right, .character(" "): go(toQuestion: questionIndex)
        case .left, .backspace:
            if questionIndex > 0 { go(toQuestion: questionIndex - 1) } else { screen = .welcome }
        case .tab: openOverview()
        case .character("q"), .character("Q"): return [.quit]
        default: break
        }
        return []
    }

    mutating func handleQuestion(_ key: Key, at time: Timestamp) -> [Effect] {
        let options = currentOptions
        let question = currentQuestion.question
        switch key {
        case .up, .character("k"): choose(max(0, highlighted - 1))
        case .down, .character("j"): choose(min(options.count - 1, highlighted + 1))
        case .home: choose(0)
        case .end: choose(options.count - 1)
        case .character(let digit) where digit.isASCII && digit.isNumber:
            guard let answer = assessment.stageAnswer(number: Int(String(digit)) ?? 0) else { return [] }
            return answerByKey(answer, at: time)
        case .enter, .right:
            return confirm(at: time)
        case .character("d"), .character("D"):
            guard question.allows(.dontKnow) else {
                message = StatusMessage(text: words.noDontKnowAnswer, isError: false)
                return []
            }
            return answerByKey(.dontKnow, at: time)
        case .character("a"), .character("A"):
            guard question.allows(.notApplicable) else {
                message = StatusMessage(text: words.noNotApplicableAnswer, isError: false)
                return []
            }
            return answerByKey(.notApplicable, at: time)
        case .left, .backspace: goBack()
        case .tab: openOverview()
        case .character("?"):
            guard question.guidance != nil else {
                message = StatusMessage(text: words.noGuidance, isError: false)
                return []
            }
            guidanceScroll = 0
            screen = .guidance
        case .character("n"), .character("N"):
            noteDraft = NoteDraft(response.notes[question.id] ?? "")
            screen = .note
        case .character("q"), .character("Q"): return [.quit]
        default: break
        }
        return []
    }

    /// One rule for every answer key (a number, `d`, `a`): it chooses and records that answer,
    /// saved at once, and stays on the question; Enter goes on. The question screen says so.
    mutating func answerByKey(_ answer: Answer, at time: Timestamp) -> [Effect] {
        guard let option = currentOptions.firstIndex(of: answer) else { return [] }
        choose(option)
        assessment.record(answer, at: time)
        return [.save]
    }

    mutating func choose(_ option: Int) {
        highlighted = option
        hasChosen = true
    }

    /// Enter or → on a question: the highlighted answer when the person chose it (or it is the
    /// answer given before); with nothing chosen on an open question, first how to answer,
    /// then on without an answer (the assessment decides).
    mutating func confirm(at time: Timestamp) -> [Effect] {
        let before = response
        let options = currentOptions
        let choice = hasChosen || response.answers[currentQuestion.question.id] != nil ? options[highlighted] : nil
        switch assessment.confirm(choice, at: time) {
        case .needsChoice:
            let stages = framework.stages.count
            message = StatusMessage(text: words.chooseAnAnswerFirst(stages), isError: false,
                                    short: words.chooseAnAnswerFirstShort(stages))
            return []
        case .answered(let step):
            show(step)
            return [.save]
        case .skipped(let step):
            show(step)
            // Nothing new to keep, unless reaching the end changed the response's status.
            return response != before ? [.save] : []
        }
    }

    mutating func goBack() {
        if assessment.goBack() { go(toQuestion: questionIndex) } else { openIntro(0) }
    }
}
