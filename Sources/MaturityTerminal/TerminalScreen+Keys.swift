import CNcursesw
import MaturityUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
                let code = Int32(bitPattern: value)
                if code != maturity_key_resize(), let resized = sizeChangedMeanwhile() {
                    ungetch(code)
                    resizeterm(resized.rows, resized.columns)
                    continue
                }
                if let key = functionKey(code) { return key }
            case OK:
                if let resized = sizeChangedMeanwhile() {
                    unget_wch(wchar_t(bitPattern: value))
                    resizeterm(resized.rows, resized.columns)
                    continue
                }
                if let key = characterKey(value) { return key }
            default:
                // ERR: the timeout passed, a signal interrupted the wait, or the terminal is
                // gone. A hung-up terminal reads as end of input at once, for ever: without
                // this check the loop would spin at full speed (a parent that ignores SIGHUP,
                // a killed tmux session).
                return inputHasEnded() ? .hangUp : nil
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
        case 27: return escapeOrSequence()
        case 12:
            repaintEverything = true
            return .resize(size)
        default:
            guard let key = Key(terminalCharacter: UInt32(value)) else { return nil }
            guard case .character = key, let scalar = Unicode.Scalar(UInt32(value)) else { return key }
            return .character(joiningPendingScalars(to: scalar))
        }
    }

    /// True when standard input has hung up or is closed: `poll` says so without reading.
    func inputHasEnded() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// ESC with nothing waiting after it (ncurses has already waited ESCDELAY for more) is the
    /// Escape key. ESC with "[" or "O" already waiting is a key's escape sequence that ncurses
    /// did not recognise, because TERM does not match the terminal: it is read whole (CSI: up
    /// to a final byte 0x40-0x7E; SS3: one more character) and decoded, or dropped, so that its
    /// characters never arrive as keys ("4" answering a question when End was pressed).
    private func escapeOrSequence() -> Key? {
        wtimeout(window, 0)
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        guard result == OK, value == 0x5B || value == 0x4F else {
            // Nothing waiting, or something else (Alt and a key): Escape, and the rest is read next.
            if result == KEY_CODE_YES { ungetch(Int32(bitPattern: value)) }
            if result == OK { unget_wch(wchar_t(bitPattern: value)) }
            return .escape
        }
        let body = EscapeSequenceBody.read(introducer: value == 0x5B ? "[" : "O") {
            var next: wint_t = 0
            guard wget_wch(window, &next) == OK else { return nil }
            return Unicode.Scalar(UInt32(next))
        }
        return Key(escapeSequence: body)
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

    /// The terminal's new size, when it changed while keys were already waiting. ncurses
    /// reports a resize only once a read finds nothing, so keys typed just after one would act
    /// on the screen of the old size (unseen, when that was too small). The caller gives the key
    /// back and tells ncurses the size (`resizeterm`), which queues KEY_RESIZE ahead of the key.
    private func sizeChangedMeanwhile() -> (rows: Int32, columns: Int32)? {
        var actual = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &actual) == 0, actual.ws_col > 0, actual.ws_row > 0 else { return nil }
        let rows = Int32(actual.ws_row), columns = Int32(actual.ws_col)
        return rows != getmaxy(window) || columns != getmaxx(window) ? (rows, columns) : nil
    }

    private func refreshSize() {
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }
}
