import MaturityCore
import MaturityUI

/// The input as bytes from a terminal, through the assessment (`KeyReplay`, shared with the
/// regression tests).
enum KeyFuzz {
    static func run(_ bytes: [UInt8], framework: Framework) -> Int {
        KeyReplay.run(bytes, framework: framework).cellsDrawn
    }
}
