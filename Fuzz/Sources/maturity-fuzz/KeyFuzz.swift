import MaturityCore
import MaturityUI

/// The input as bytes from a terminal: decoded into keys the way the terminal layer does for
/// what ncurses passes through (escape sequences read by `EscapeSequenceBody`, pastes marked by
/// ESC [200~ and ESC [201~, other characters by `Key(terminalCharacter:)`), then handed to the
/// assessment's reducer, with the screen rendered after every resize and at the end. Ctrl-L
/// followed by two bytes is a resize to that many columns and rows (1 to 256).
enum KeyFuzz {
    static func run(_ bytes: [UInt8], framework: Framework) -> Int {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        func next() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            defer { index += 1 }
            return scalars[index]
        }
        let start = Timestamp(seconds: 1_795_000_000)
        var state = AppState(framework: framework, response: Response.new(to: framework, id: "fuzz", organisation: "", at: start),
                             form: WelcomeForm(), outputFolder: "/fuzz")
        var drawn = 0
        func draw() {
            let size = state.terminalSize ?? Size(width: 80, height: 24)
            drawn &+= state.render(size: size).cells.count
        }
        while let scalar = next() {
            let key: Key?
            switch scalar.value {
            case 0x1B:
                if index < scalars.count, scalars[index] == "[" || scalars[index] == "O", let introducer = next() {
                    key = Key(escapeSequence: EscapeSequenceBody.read(introducer: introducer, next: next))
                } else {
                    key = .escape
                }
            case 0x0C:
                let width = Int(next()?.value ?? 80) % 256 + 1
                let height = Int(next()?.value ?? 24) % 256 + 1
                key = .resize(Size(width: width, height: height))
            default:
                key = Key(terminalCharacter: scalar.value)
            }
            guard let key else { continue }
            for effect in state.handle(key, at: start) {
                switch effect {
                case .save: state.saved(at: "/fuzz/response.yaml")
                case .resume, .quit: break
                }
            }
            if case .resize = key { draw() }
        }
        draw()
        return drawn
    }
}
