import MaturityCore

/// The keys each screen shows in its key bar. Every key a screen acts on is on show there,
/// or beside the answer it picks (the digits, d and a); the only ones left out are second
/// names for keys that are shown (j and k for ↓ and ↑, Backspace for ←, → for Enter, Home
/// and End), which the user guide lists.
extension AppState {
    /// Most important first. `scrollable`: the body does not fit, so the scrolling keys are
    /// worth their room. `answerKeys`: a question's body has no room to say which keys answer
    /// it, so ↑↓ are shown with them.
    func keyHints(scrollable: Bool, answerKeys: Bool = false) -> [KeyHint] {
        let words = self.words
        let enter = words.enterKey, escape = words.escapeKey
        let scroll = [KeyHint("↑↓", words.hintScroll), KeyHint("PgUp PgDn", words.hintPage)]
        let quit = KeyHint("q", words.hintQuit)
        let overview = KeyHint("Tab", words.hintOverview, short: words.hintOverviewShort)
        switch screen {
        case .resumeOffer:
            return [KeyHint(enter, resumeOffer?.isFinished == true ? words.hintSeeResults : words.hintCarryOn), KeyHint("n", words.hintStartAgain, short: words.hintStartAgainShort), quit]
        case .welcome:
            // Esc leaves only before any answer is given: later, a stray Esc must not end it all.
            let leave = KeyHint(response.answers.isEmpty && response.notes.isEmpty ? escape : "Ctrl-C", words.hintQuit)
            return [KeyHint(enter, words.hintStart),
                    KeyHint("Tab ↑↓", words.hintMoveBetweenFields, short: words.hintMoveBetweenFieldsShort), leave]
                + (scrollable ? [KeyHint("PgUp PgDn", words.hintScrollTheText, short: words.hintScrollTheTextShort)] : [])
        case .dimensionIntro:
            return [KeyHint(enter, words.hintBegin, short: words.hintBeginShort)] + (scrollable ? scroll : [])
                + [KeyHint("←", words.hintBack), overview, quit]
        case .question:
            let choose = answerKeys
                ? KeyHint((["↑↓"] + AnswerKeys.keys(for: currentQuestion.question, stageCount: framework.stages.count)).joined(separator: " "),
                          words.hintChoose)
                : KeyHint("↑↓", words.hintMove)
            var hints = [choose, KeyHint(enter, words.hintConfirm, short: words.hintConfirmShort),
                         KeyHint("←", words.hintBack), overview]
            if currentQuestion.question.guidance != nil {
                hints.append(KeyHint("?", words.hintGuidance, short: words.hintGuidanceShort))
            }
            hints += [KeyHint("n", words.hintNote), quit]
            return hints
        case .guidance:
            return (scrollable ? scroll : [])
                + [KeyHint("← " + escape, words.hintBackToTheQuestion, short: words.hintBackToTheQuestionShort), quit]
        case .note:
            return [KeyHint(enter, words.hintSaveNote, short: words.hintSaveNoteShort), KeyHint(escape, words.hintCancel)]
        case .overview:
            return [KeyHint("↑↓", words.hintMove), KeyHint("PgUp PgDn", words.hintPage),
                    KeyHint(enter, words.hintGoToIt, short: words.hintGoToItShort), KeyHint(escape, words.hintBack), quit]
        case .results:
            return (scrollable ? scroll : [])
                + [KeyHint("Tab", words.hintChangeAnswers, short: words.hintChangeAnswersShort),
                   KeyHint("←", words.hintLastQuestion, short: words.hintLastQuestionShort), quit]
        }
    }
}
