import MaturityCore

/// Bytes as a terminal sends them, replayed through the assessment: decoded into keys the way
/// the terminal layer decodes what ncurses passes through (escape sequences read by
/// `EscapeSequenceBody`, pastes marked by ESC [200~ and ESC [201~, other characters by
/// `Key(terminalCharacter:)`), handed to the reducer, and the screen rendered after every
/// resize and at the end. Ctrl-L followed by two characters is a resize to that many columns
/// and rows (1 to 256). What the fuzzer feeds, and what its findings are replayed with.
public enum KeyReplay {
    /// The keys `bytes` stand for.
    public static func keys(from bytes: [UInt8]) -> [Key] {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        func next() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            defer { index += 1 }
            return scalars[index]
        }
        var keys: [Key] = []
        while let scalar = next() {
            switch scalar.value {
            case 0x1B:
                if index < scalars.count, scalars[index] == "[" || scalars[index] == "O", let introducer = next() {
                    if let key = Key(escapeSequence: EscapeSequenceBody.read(introducer: introducer, next: next)) { keys.append(key) }
                } else {
                    keys.append(.escape)
                }
            case 0x0C:
                let width = Int(next()?.value ?? 80) % 256 + 1
                let height = Int(next()?.value ?? 24) % 256 + 1
                keys.append(.resize(Size(width: width, height: height)))
            default:
                if let key = Key(terminalCharacter: scalar.value) { keys.append(key) }
            }
        }
        return keys
    }

    /// The state after every key of `bytes`, each save done at once, and the number of cells
    /// rendered on the way.
    public static func run(_ bytes: [UInt8], framework: Framework) -> (state: AppState, cellsDrawn: Int) {
        let start = Timestamp(seconds: 1_795_000_000)
        var state = AppState(framework: framework, response: Response.new(to: framework, id: "replay", organisation: "", at: start),
                             form: WelcomeForm(), outputFolder: "/replay")
        var drawn = 0
        func draw() {
            drawn &+= state.render(size: state.terminalSize ?? Size(width: 80, height: 24)).cells.count
        }
        for key in keys(from: bytes) {
            for effect in state.handle(key, at: start) {
                switch effect {
                case .save: state.saved(at: "/replay/response.yaml")
                case .resumed, .quit: break
                }
            }
            if case .resize = key { draw() }
        }
        draw()
        return (state, drawn)
    }
}
