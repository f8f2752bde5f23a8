import MaturityCore
import MaturityTerminal
import MaturityUI

/// The full-screen assessment as the terminal runner runs it: keys through the reducer, and
/// the effects it asks for (saving, noting a resumed file) carried out at once.
struct ScreenSession: TerminalProgram {
    var state: AppState
    let saver: AnswerSaver

    mutating func begin(size: Size) {
        // The reducer keeps scrolling within what the screen shows, and ignores keys while the
        // terminal is too small: it needs the size from the start, not only after a resize.
        _ = state.handle(.resize(size))
    }

    mutating func handle(_ key: Key) -> TerminalRunner.Next {
        for effect in state.handle(key) {
            switch effect {
            case .save:
                save()
            case .resumed:
                if let path = state.savedPath { saver.resumed(state.response, at: path) }
            case .quit:
                return .quit(key == .interrupt ? 130 : 0)
            }
        }
        return .carryOn
    }

    /// Every confirmed answer is already on disk; a note being typed is kept too.
    mutating func leaving() {
        if state.keepNoteDraft() { save() }
    }

    func render(size: Size) -> Frame { state.render(size: size) }

    private mutating func save() {
        switch saver.save(state.response, at: state.savedPath) {
        case .saved(let path): state.saved(at: path)
        case .failed(let reason): state.saveFailed(reason)
        }
    }
}
