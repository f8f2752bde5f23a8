import CNcursesw
import MaturityUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The full-screen terminal, through ncurses: draws Frames, reads keys, reports resizes.
/// One per process; `start` returns nil when the terminal cannot be used full-screen, and the
/// caller falls back to plain line mode.
///
/// Call `stop()` on every way out (it is idempotent); an `atexit` hook and `deinit` call it too,
/// as a last resort, so that the terminal is never left in raw mode.
public final class TerminalScreen {
    /// Why the terminal cannot be used full-screen.
    public enum StartFailure: Error, Equatable, CustomStringConvertible {
        /// Standard input or output (named) is not a terminal: redirected or piped.
        case notATerminal(String)
        /// TERM is unset, `dumb`, not in the terminfo database, or cannot move the cursor.
        case unusableTerminal(String)
        /// A screen is already running in this process.
        case alreadyStarted

        public var description: String {
            switch self {
            case .notATerminal(let stream): return "standard \(stream) is not a terminal"
            case .unusableTerminal(let term):
                return term.isEmpty ? "TERM is not set" : "the terminal type \"\(term)\" cannot be used full-screen"
            case .alreadyStarted: return "the full-screen terminal is already in use"
            }
        }
    }

    /// The terminal's size in columns and rows, updated when a resize is read.
    public internal(set) var size: Size
    /// How roles look on this terminal: colour when asked for and available, else monochrome.
    public let theme: Theme
    /// True once `stop()` has run: drawing and reading keys then do nothing.
    public private(set) var isStopped = false

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// The ncurses attributes and colour pair for each role, worked out once.
    private var attributes: [StyleRole: (attr_t, Int16)] = [:]
    private var drawnSize: Size?
    private var cursorVisible: Int32?
    var repaintEverything = false

    /// The screen in use, for the exit hook; one per process.
    nonisolated(unsafe) private static weak var active: TerminalScreen?
    nonisolated(unsafe) private static var exitHookInstalled = false

    /// Starts full-screen mode: raw keys (Ctrl-C arrives as `Key.interrupt`), no echo, the
    /// keypad decoded, a short Escape delay, the cursor visible. `colour: false` gives the
    /// monochrome theme, as does a terminal without colours.
    public static func open(colour: Bool) -> Result<TerminalScreen, StartFailure> {
        guard active == nil else { return .failure(.alreadyStarted) }
        chooseLocale()
        guard isatty(STDIN_FILENO) == 1 else { return .failure(.notATerminal("input")) }
        guard isatty(STDOUT_FILENO) == 1 else { return .failure(.notATerminal("output")) }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else { return .failure(.unusableTerminal(term)) }
        // newterm, not initscr: initscr prints and exits the process on an unknown TERM.
        guard let screen = newterm(nil, maturity_stdout(), maturity_stdin()) else {
            return .failure(.unusableTerminal(term))
        }
        guard let window = maturity_stdscr(), hasCursorAddressing() else {
            endwin()
            delscreen(screen)
            return .failure(.unusableTerminal(term))
        }
        let terminal = TerminalScreen(screen: screen, window: window, colour: colour)
        active = terminal
        if !exitHookInstalled {
            exitHookInstalled = true
            atexit { TerminalScreen.active?.stop() }
        }
        return .success(terminal)
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, colour: Bool) {
        self.screen = screen
        self.window = window
        raw()
        noecho()
        // Return arrives as '\r' and ncurses may use line feeds to move the cursor.
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // Escape alone must feel instant; a key's escape sequence arrives within 25 ms even over
        // SSH, as one write. ESCDELAY in the environment (which ncurses reads) still wins.
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        if colour && has_colors() && start_color() != ERR {
            theme = .colour(colourCount: Int(maturity_colors()))
        } else {
            theme = .monochrome
        }
        attributes = Self.attributes(for: theme)
        // Bracketed paste: the terminal marks pasted text, so that a pasted line break is not
        // Enter and pasted digits never answer a question. Terminals without it ignore this.
        Self.writeToTerminal(Self.bracketedPasteOn)
    }

    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Writes control bytes to the terminal directly, outside ncurses's picture of the screen.
    private static func writeToTerminal(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    deinit { stop() }

    /// Ends full-screen mode and restores the terminal as it was. Idempotent; safe on any exit path.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        Self.writeToTerminal(Self.bracketedPasteOff)
        curs_set(1)
        endwin()
        delscreen(screen)
        if Self.active === self { Self.active = nil }
    }

    /// Takes the user's locale: without it ncurses treats UTF-8 as single bytes and mangles it.
    /// When none is set at all (C or POSIX, common over SSH and in containers), character
    /// handling alone moves to UTF-8, as Python does (PEP 538); a chosen locale is left alone.
    private static func chooseLocale() {
        setlocale(LC_ALL, "")
        guard let current = setlocale(LC_CTYPE, nil) else { return }
        let name = String(cString: current)
        guard name == "C" || name == "POSIX" else { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil { return }
    }

    /// Whether the terminal can put the cursor anywhere (a `dumb` or printing terminal cannot).
    private static func hasCursorAddressing() -> Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1
    }

    /// Colour pairs for the theme's foregrounds, on the terminal's own background where it allows.
    private static func attributes(for theme: Theme) -> [StyleRole: (attr_t, Int16)] {
        var pairs: [Int16: Int16] = [:]
        if theme.usesColour {
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            let available = Int(maturity_colors())
            for role in StyleRole.allCases {
                guard let foreground = theme.style(for: role).foreground, pairs[foreground] == nil,
                      Int(foreground) < available, pairs.count + 1 < Int(maturity_color_pairs()) else { continue }
                let pair = Int16(pairs.count + 1)
                if init_pair(pair, foreground, background) == OK { pairs[foreground] = pair }
            }
        }
        var result: [StyleRole: (attr_t, Int16)] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            var attr = maturity_a_normal()
            if style.bold { attr |= maturity_a_bold() }
            if style.underline { attr |= maturity_a_underline() }
            if style.reverse { attr |= maturity_a_reverse() }
            if style.dim { attr |= maturity_a_dim() }
            result[role] = (attr, style.foreground.flatMap { pairs[$0] } ?? 0)
        }
        return result
    }

    // MARK: - Drawing

    /// Draws a whole frame, then puts the hardware cursor on `frame.cursor` (hidden and parked
    /// bottom-right when nil) and refreshes. ncurses compares with what is on screen and sends
    /// only the changes, so the screen is erased only when the frame's size changes.
    public func draw(_ frame: Frame) {
        guard !isStopped else { return }
        if drawnSize != frame.size || repaintEverything {
            werase(window)
            if repaintEverything { clearok(window, true) }
            drawnSize = frame.size
            repaintEverything = false
        }
        let rows = min(frame.size.height, Int(getmaxy(window)))
        let columns = min(frame.size.width, Int(getmaxx(window)))
        var current: StyleRole?
        for row in 0..<max(0, rows) {
            var column = 0
            while column < columns {
                let cell = frame[row, column]
                guard let character = cell.character else { column += 1; continue }
                let wide = column + 1 < frame.size.width && frame[row, column + 1].character == nil
                if wide && column + 1 >= columns { break }
                if current != cell.role {
                    let (attr, pair) = attributes[cell.role] ?? (maturity_a_normal(), 0)
                    wattr_set(window, attr, pair, nil)
                    current = cell.role
                }
                put(character, row: row, column: column)
                // Each cell is placed at its own column, so a character ncurses measures
                // differently from us spoils one cell, never the rest of the line.
                if wide && Int(getcurx(window)) == column + 1 && getcury(window) == Int32(row) {
                    waddch(window, chtype(UInt8(ascii: " ")))
                }
                column += wide ? 2 : 1
            }
        }
        placeCursor(frame.cursor, rows: rows, columns: columns)
        wrefresh(window)
    }

    private func put(_ character: Character, row: Int, column: Int) {
        var text = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let count = Int32(text.count)
        text.append(0)
        mvwaddnwstr(window, Int32(row), Int32(column), text, count)
    }

    private func placeCursor(_ cursor: Position?, rows: Int, columns: Int) {
        if let cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            setCursorVisibility(1)
        } else {
            wmove(window, Int32(max(0, rows - 1)), Int32(max(0, columns - 1)))
            setCursorVisibility(0)
        }
    }

    /// Changes visibility only when it changes, so a redraw does not resend it.
    private func setCursorVisibility(_ visibility: Int32) {
        guard cursorVisible != visibility else { return }
        cursorVisible = visibility
        curs_set(visibility)
    }
}
