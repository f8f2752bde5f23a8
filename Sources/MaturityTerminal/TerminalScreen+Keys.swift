import CNcursesw
import MaturityUI

extension TerminalScreen {
    /// The next key press or resize, or nil when none came within the timeout (the app loop
    /// then checks `TerminalSignals.pending`). A negative timeout waits for ever.
    ///
    /// Keys the app has no use for (function keys, other control characters) are skipped.
    /// Ctrl-L repaints the whole screen on the next `draw` and is reported as a resize to the
    /// current size, so the app redraws.
    public func nextKey(timeoutMilliseconds: Int32) -> Key? {
        guard !isStopped else { return nil }
        while true {
            wtimeout(window, timeoutMilliseconds)
            var value: wint_t = 0
            switch wget_wch(window, &value) {
            case KEY_CODE_YES:
                if let key = functionKey(Int32(bitPattern: value)) { return key }
            case OK:
                if let key = characterKey(value) { return key }
            default:
                // ERR: the timeout passed, or a signal interrupted the wait.
                return nil
            }
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case maturity_key_resize():
            // ncurses has already resized its windows to the new size.
            refreshSize()
            repaintEverything = true
            return .resize(size)
        default: return nil
        }
    }

    private func characterKey(_ value: wint_t) -> Key? {
        switch value {
        case 3: return .interrupt
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 12:
            repaintEverything = true
            return .resize(size)
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            return .character(joiningPendingScalars(to: scalar))
        }
    }

    /// A pasted grapheme (an accent typed as a combining mark, a flag, an emoji sequence)
    /// arrives one scalar at a time; take the scalars already waiting that extend it.
    private func joiningPendingScalars(to first: Unicode.Scalar) -> Character {
        var text = String(first)
        wtimeout(window, 0)
        while true {
            var value: wint_t = 0
            let result = wget_wch(window, &value)
            if result == ERR { break }
            if result == OK, value >= 32, let scalar = Unicode.Scalar(UInt32(value)) {
                let longer = text + String(scalar)
                if longer.count == 1 {
                    text = longer
                    continue
                }
            }
            // Not part of this grapheme: give it back for the next read.
            if result == KEY_CODE_YES { ungetch(Int32(bitPattern: value)) } else { unget_wch(wchar_t(bitPattern: value)) }
            break
        }
        return text.first ?? Character(first)
    }

    private func refreshSize() {
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }
}
