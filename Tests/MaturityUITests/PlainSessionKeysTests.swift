import MaturityCore
import MaturityUI
import Testing

/// Line by line, the keys are the full screen's: `a` not applicable, `n` a note, `q` leaves
/// with the answers saved.
@Suite struct PlainSessionKeysTests {
    func session() -> PlainSession {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "Example Trust", at: Fixtures.start)
        var plain = PlainSession(framework: Fixtures.framework, response: response, askDetails: false)
        _ = plain.start()
        return plain
    }

    /// On to "Do you get good value from your software?", which allows both other answers.
    func atToolsValue() -> PlainSession {
        var plain = session()
        for _ in 0..<22 { _ = plain.input("3", at: Fixtures.start) }
        return plain
    }

    @Test func aIsNotApplicableAsOnTheFullScreen() {
        var plain = session()
        for _ in 0..<21 { _ = plain.input("3", at: Fixtures.start) }
        let question = plain.input("3", at: Fixtures.start).output
        #expect(question.contains("  a. Not applicable"))
        #expect(question.last == "Answer (1-5, d, a, b back, n note, ? guidance, q quit): ")
        #expect(plain.input("a", at: Fixtures.start).effects == [.save])
        #expect(plain.response.answers["tools-value"] == .notApplicable)
    }

    @Test func nTakesTheNextLineAsTheNote() {
        var plain = session()
        let asked = plain.input("n", at: Fixtures.start)
        #expect(asked.effects.isEmpty)
        #expect(asked.output == ["Your note on this question (Enter alone leaves it as it is, - removes it): "])
        let saved = plain.input("Ask the treasurer", at: Fixtures.start)
        #expect(saved.effects == [.save])
        #expect(saved.output == ["Note saved.", "Answer (1-5, d, b back, n note, ? guidance, q quit): "])
        #expect(plain.response.notes["uses-decisions"] == "Ask the treasurer")
        #expect(plain.response.answers.isEmpty, "a note is not an answer")
        // Still on the same question: a number answers it.
        _ = plain.input("2", at: Fixtures.start)
        #expect(plain.response.answers["uses-decisions"] == .stage("emerging"))
        // Going back shows the note with the question.
        #expect(plain.input("b", at: Fixtures.start).output.contains("  Your note: Ask the treasurer"))
    }

    @Test func anEmptyNoteLineKeepsTheNoteAndADashRemovesIt() {
        var plain = session()
        _ = plain.input("n", at: Fixtures.start)
        _ = plain.input("Check the files", at: Fixtures.start)
        _ = plain.input("n", at: Fixtures.start)
        let kept = plain.input("", at: Fixtures.start)
        #expect(kept.effects.isEmpty)
        #expect(kept.output.first == "The note is as it was.")
        #expect(plain.response.notes["uses-decisions"] == "Check the files")
        _ = plain.input("n", at: Fixtures.start)
        let removed = plain.input("-", at: Fixtures.start)
        #expect(removed.effects == [.save])
        #expect(removed.output.first == "Note removed.")
        #expect(plain.response.notes.isEmpty)
    }

    @Test func aNoteLongerThanTheLimitIsCutAndSaysSo() {
        var plain = session()
        _ = plain.input("n", at: Fixtures.start)
        let output = plain.input(String(repeating: "x", count: NoteDraft.limit + 10), at: Fixtures.start).output
        #expect(output.first == "A note holds 2,000 characters at most; nothing more can be added.")
        #expect(plain.response.notes["uses-decisions"]?.count == NoteDraft.limit)
    }

    @Test func qLeavesWithTheAnswersGiven() {
        var plain = session()
        _ = plain.input("4", at: Fixtures.start)
        let quit = plain.input("q", at: Fixtures.start)
        #expect(quit.effects == [.quit])
        #expect(plain.response.answers == ["uses-decisions": .stage("developing")])
        #expect(plain.response.status == .inProgress)
    }

    @Test func aWrongKeySaysEveryKey() {
        var plain = session()
        #expect(plain.input("x", at: Fixtures.start).output.first
                == "Please type 1-5, d, b to go back, n for a note, ? for guidance or q to leave (your answers are saved).")
    }
}
