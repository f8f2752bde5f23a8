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
            case "200": self = .pasteStart
            case "201": self = .pasteEnd
            default: return nil
            }
        default: return nil
        }
    }
}

/// How the body of an escape sequence (what follows ESC) is read from the keys waiting: one
/// rule, used by the terminal and by the fuzzer.
public enum EscapeSequenceBody {
    /// A cap on the length, so that a stream of odd bytes cannot keep the reader in a sequence.
    public static let longest = 32

    /// Reads a body that starts with `introducer` ("[" for CSI, "O" for SS3), taking scalars
    /// from `next` (nil when nothing more is waiting): CSI runs to a final byte 0x40-0x7E, SS3
    /// takes one more character.
    public static func read(introducer: Unicode.Scalar, next: () -> Unicode.Scalar?) -> String {
        var body = String(introducer)
        let isCSI = introducer == "["
        while body.unicodeScalars.count < longest {
            guard let scalar = next() else { break }
            body.unicodeScalars.append(scalar)
            if !isCSI || (0x40...0x7E).contains(scalar.value) { break }
        }
        return body
    }
}

extension Key {
    /// The key a character read from the terminal stands for, besides ESC (which starts a
    /// sequence) and Ctrl-L (a repaint): nil for characters the screens have no use for.
    public init?(terminalCharacter value: UInt32) {
        switch value {
        case 3: self = .interrupt
        case 9: self = .tab
        case 10, 13: self = .enter
        case 8, 127: self = .backspace
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            self = .character(Character(scalar))
        }
    }
}
