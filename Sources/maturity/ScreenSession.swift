#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore
import MaturityTerminal
import MaturityUI

/// The full-screen loop: keys in, state through the reducer, effects carried out, frames drawn.
struct ScreenSession {
    let screen: TerminalScreen
    let saver: AnswerSaver
    let unfinished: (path: String, response: Response)?

    /// Runs until the person quits or a signal arrives; returns the exit status.
    func run(_ state: inout AppState) -> Int32 {
        TerminalSignals.install()
        defer { screen.stop() }
        // The reducer keeps scrolling within what the screen shows, and ignores keys while the
        // terminal is too small: it needs the size from the start, not only after a resize.
        _ = state.handle(.resize(screen.size))
        screen.draw(state.render(size: screen.size))
        while true {
            if let signal = TerminalSignals.pending {
                // Every confirmed answer is already on disk; a note being typed is kept too.
                if state.keepNoteDraft() { save(&state) }
                return TerminalSignals.exitStatus(for: signal)
            }
            // A short timeout, so that a signal is noticed even while nobody types.
            guard let key = screen.nextKey(timeoutMilliseconds: 200) else { continue }
            for effect in state.handle(key) {
                switch effect {
                case .save:
                    save(&state)
                case .resume:
                    if let unfinished { state.resume(with: unfinished.response, path: unfinished.path) }
                case .quit:
                    return key == .interrupt ? 130 : 0
                }
            }
            screen.draw(state.render(size: screen.size))
        }
    }

    private func save(_ state: inout AppState) {
        switch saver.save(state.response, at: state.savedPath) {
        case .saved(let path): state.saved(at: path)
        case .failed(let reason): state.saveFailed(reason)
        }
    }
}
