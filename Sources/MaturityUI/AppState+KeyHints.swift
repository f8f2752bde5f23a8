import MaturityCore

/// The keys each screen shows in its key bar. Every key a screen acts on is on show there,
/// or beside the answer it picks (the digits, d and a); the only ones left out are second
/// names for keys that are shown (j and k for ↓ and ↑, Backspace for ←, → for Enter, Home
/// and End), which the user guide lists.
extension AppState {
    /// Most important first. `scrollable`: the body does not fit, so the scrolling keys are
    /// worth their room.
    func keyHints(scrollable: Bool) -> [KeyHint] {
        let scroll = [KeyHint("↑↓", "scroll"), KeyHint("PgUp PgDn", "page", short: "page")]
        let quit = KeyHint("q", "quit")
        switch screen {
        case .resumeOffer:
            return [KeyHint("Enter", "carry on"), KeyHint("n", "start again", short: "new"), quit]
        case .welcome:
            // Esc leaves only before any answer is given: later, a stray Esc must not end it all.
            let leave = response.answers.isEmpty && response.notes.isEmpty ? KeyHint("Esc", "quit") : KeyHint("Ctrl-C", "quit")
            return [KeyHint("Enter", "start"), KeyHint("Tab ↑↓", "move between fields", short: "fields"), leave]
                + (scrollable ? [KeyHint("PgUp PgDn", "scroll the text", short: "scroll")] : [])
        case .dimensionIntro:
            return [KeyHint("Enter", "begin")] + (scrollable ? scroll : [])
                + [KeyHint("←", "back"), KeyHint("Tab", "overview", short: "list"), quit]
        case .question:
            var hints = [KeyHint("↑↓", "move"), KeyHint("Enter", "confirm", short: "ok"), KeyHint("←", "back"),
                         KeyHint("Tab", "overview", short: "list")]
            if currentQuestion.question.guidance != nil { hints.append(KeyHint("?", "guidance", short: "guide")) }
            hints += [KeyHint("n", "note"), quit]
            return hints
        case .guidance:
            return (scrollable ? scroll : []) + [KeyHint("← Esc", "back to the question", short: "back"), quit]
        case .note:
            return [KeyHint("Enter", "save note", short: "save"), KeyHint("Esc", "cancel")]
        case .overview:
            return [KeyHint("↑↓", "move"), KeyHint("PgUp PgDn", "page", short: "page"),
                    KeyHint("Enter", "go to it", short: "go"), KeyHint("Esc", "back"), quit]
        case .results:
            return (scrollable ? scroll : []) + [KeyHint("Tab", "change answers", short: "answers"),
                                                  KeyHint("←", "last question", short: "back"), quit]
        }
    }
}
