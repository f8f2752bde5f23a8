#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore
import MaturityTerminal
import MaturityUI
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen loop: keys in, state through the reducer, effects carried out, frames drawn.
struct ScreenSession {
    let screen: TerminalScreen
    let saver: AnswerSaver

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
            guard var key = screen.nextKey(timeoutMilliseconds: 200) else { continue }
            // Keys already waiting (a paste, keys typed over a slow link) are all handled before
            // the next drawing, so that a long paste costs one screen, not one per character.
            var handled = 0
            while true {
                if key == .hangUp {
                    // The terminal is gone: what was confirmed is saved; keep a note being typed.
                    if state.keepNoteDraft() { save(&state) }
                    return TerminalSignals.exitStatus(for: SIGHUP)
                }
                for effect in state.handle(key) {
                    switch effect {
                    case .save:
                        save(&state)
                    case .resumed:
                        if let path = state.savedPath { saver.resumed(state.response, at: path) }
                    case .quit:
                        return key == .interrupt ? 130 : 0
                    }
                }
                handled += 1
                guard handled < Self.keysPerDrawing, TerminalSignals.pending == nil,
                      let waiting = screen.nextKey(timeoutMilliseconds: 0) else { break }
                key = waiting
            }
            screen.draw(state.render(size: screen.size))
        }
    }

    /// The most keys handled between two drawings, so that a stream of keys still shows.
    static let keysPerDrawing = 4096

    private func save(_ state: inout AppState) {
        switch saver.save(state.response, at: state.savedPath) {
        case .saved(let path): state.saved(at: path)
        case .failed(let reason): state.saveFailed(reason)
        }
    }
}
