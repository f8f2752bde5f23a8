import Foundation
import MaturityCore
import MaturityUI
import Testing

/// An Arabic framework on the assessment's screens: every text arrives whole, in the order it
/// is written (a terminal may then show it right to left), wrapped between words, and the
/// layout holds at every size down to the smallest.
@Suite struct RightToLeftTests {
    static let framework: Framework = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/right-to-left/data-basics-ar.yaml").path
        let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        return FrameworkDecoder.decode(bytes: bytes, file: path).framework!
    }()

    /// The screen's text with its rows joined by spaces and runs of spaces made one, so that a
    /// text wrapped over several rows can be found whole.
    static func flowed(_ frame: Frame) -> String {
        (0..<frame.size.height).map { frame.text(ofRow: $0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func aQuestionArrivesWholeAndInItsWrittenOrder(size: Size) {
        let state = Fixtures.question(1, framework: Self.framework, size: size)
        let frame = state.render(size: size)
        let screen = Self.flowed(frame)
        let question = Self.framework.dimensions[0].questions[0]
        #expect(screen.contains(question.text), "the question is cut or reordered:\n\(frame.text)")
        for statement in question.statements {
            // At 40x12 the statements may scroll: those shown are whole and in order.
            let firstWords = statement.split(separator: " ").prefix(3).joined(separator: " ")
            if screen.contains(firstWords) { #expect(screen.contains(statement), "\(statement) is cut:\n\(frame.text)") }
        }
        // No row runs past the edge; no word is split across rows.
        let words = Set(question.text.split(separator: " ").map(String.init))
        for row in 0..<size.height {
            let line = frame.text(ofRow: row)
            #expect(line.count <= size.width)
            if let last = line.trimmingCharacters(in: .whitespaces).split(separator: " ").last.map(String.init), row + 1 < size.height,
               let next = frame.text(ofRow: row + 1).trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) {
                #expect(!(words.contains(last + next) && !words.contains(last)), "a word is split between rows \(row) and \(row + 1)")
            }
        }
    }

    @Test func theResultsShowTheArabicNamesInOrder() {
        var state = Fixtures.question(1, framework: Self.framework, size: Size(width: 80, height: 24))
        state.response.answers = ["records-purpose": .stage("thriving"), "use-decisions": .stage("growing")]
        state.screen = .results
        let screen = Self.flowed(state.render(size: Size(width: 80, height: 24)))
        #expect(screen.contains("السجلات"))
        #expect(screen.contains("الازدهار") || screen.contains("النمو"), "the stage names are shown:\n\(screen)")
    }

    @Test func aTooSmallTerminalStillDrawsWithoutBreaking() {
        let state = Fixtures.question(1, framework: Self.framework, size: Size(width: 10, height: 3))
        let frame = state.render(size: Size(width: 10, height: 3))
        for row in 0..<3 { #expect(frame.text(ofRow: row).count <= 10) }
    }
}
