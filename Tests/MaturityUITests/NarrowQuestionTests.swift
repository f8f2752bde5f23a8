import MaturityCore
import MaturityUI
import Testing

/// At 40x12 the question's first line stays in view while the person moves through the
/// statements, down to the last (issue 15, item 9).
@Suite struct NarrowQuestionTests {
    static let size = Size(width: 40, height: 12)

    @Test(arguments: 1...5)
    func theQuestionsFirstLineStaysWhileChoosing(statement: Int) {
        var state = Fixtures.question(1, size: Self.size)
        Fixtures.press(Array(repeating: .down, count: statement - 1), on: &state)
        let text = state.render(size: Self.size).text
        #expect(text.contains(" How does your organisation use"), "statement \(statement):\n\(text)")
        #expect(text.contains("› \(statement) ( )"), "statement \(statement) is shown:\n\(text)")
    }

    @Test func theLastStatementWithItsQuestionsFirstLine() {
        var state = Fixtures.question(1, size: Self.size)
        Fixtures.press(Array(repeating: .down, count: 4), on: &state)
        Snapshot.check(state.render(size: Self.size).text, named: "question-last-statement-40x12")
    }
}
