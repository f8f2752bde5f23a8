/// Keys from escape sequences that ncurses passed through undecoded, which happens when TERM
/// does not match the real terminal (TERM=xterm-256color inside tmux sends End as ESC [ 4 ~).
extension Key {
    /// The key an escape sequence stands for, given what follows the ESC: a CSI sequence
    /// ("[" parameters, then a final byte) or an SS3 one ("O" and a letter). Nil for sequences
    /// the screens have no use for (function keys, Insert, mouse reports), which are dropped.
    /// Modifiers (Ctrl, Shift, Alt) are ignored: Ctrl-Up is Up.
    public init?(escapeSequence body: String) {
        guard let introducer = body.first, introducer == "[" || introducer == "O",
              let final = body.last, body.count >= 2 else { return nil }
        let parameters = body.dropFirst().dropLast()
        switch final {
        case "A": self = .up
        case "B": self = .down
        case "C": self = .right
        case "D": self = .left
        case "H": self = .home
        case "F": self = .end
        case "Z": self = .backTab
        case "M" where introducer == "O": self = .enter
        case "~":
            // "[5~", or with modifiers "[5;2~": the number before any ";".
            switch parameters.split(separator: ";").first {
            case "1", "7": self = .home
            case "4", "8": self = .end
            case "5": self = .pageUp
            case "6": self = .pageDown
            case "3": self = .delete
            default: return nil
            }
        default: return nil
        }
    }
}
