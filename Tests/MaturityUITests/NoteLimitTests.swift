import MaturityCore
import MaturityUI
import Testing

/// A note holds 2,000 characters: the count is on screen while typing, nothing is cut without
/// a word, and a paste is text, never keys that answer or leave.
@Suite struct NoteLimitTests {
    static let size = Size(width: 80, height: 24)

    static func openNote() -> AppState {
        var state = Fixtures.question(2, size: size)
        Fixtures.press([.character("n")], on: &state)
        #expect(state.screen == .note)
        return state
    }

    @Test func theCountIsOnScreenWhileTyping() {
        var state = Self.openNote()
        Fixtures.press(Fixtures.type("Ask the treasurer."), on: &state)
        #expect(state.render(size: Self.size).text.contains("18 of 2,000 characters"))
    }

    @Test func typingPastTheLimitSaysSoAndKeepsWhatFits() {
        var state = Self.openNote()
        Fixtures.press(Fixtures.type(String(repeating: "a", count: NoteDraft.limit)), on: &state)
        #expect(state.message == nil)
        Fixtures.press([.character("b")], on: &state)
        #expect(state.noteDraft.count == NoteDraft.limit)
        #expect(!state.noteDraft.text.contains("b"))
        #expect(state.message?.text == "A note holds 2,000 characters at most; nothing more can be added.")
        #expect(state.render(size: Self.size).text.contains("2,000 of 2,000 characters"))
        // Enter saves what is there: exactly the limit.
        #expect(Fixtures.press([.enter], on: &state) == [.save])
        #expect(state.response.notes["uses-services"]?.count == NoteDraft.limit)
    }

    @Test func aPasteTooLongKeepsTheLimitAndSaysHowMuchWasLeftOut() {
        var state = Self.openNote()
        let pasted = String(repeating: "x", count: 5_000)
        Fixtures.press([.pasteStart] + Fixtures.type(pasted) + [.pasteEnd], on: &state)
        #expect(state.noteDraft.count == NoteDraft.limit)
        #expect(state.message?.text.contains("the last 3,000 characters of the paste were left out") == true)
        #expect(state.message?.isError == true)
        #expect(state.screen == .note)
    }

    /// Line breaks in a paste are spaces in the note; they neither save it nor answer the question.
    @Test func aPastedLineBreakIsASpaceNotEnter() {
        var state = Self.openNote()
        let effects = Fixtures.press([.pasteStart] + Fixtures.type("first line") + [.enter] + Fixtures.type("3") + [.enter, .pasteEnd],
                                     on: &state)
        #expect(effects.isEmpty)
        #expect(state.screen == .note)
        #expect(state.noteDraft.text == "first line 3 ")
        #expect(state.response.answers.isEmpty)
    }

    /// Pasted text on a question (by mistake) does nothing: its digits answer nothing and its
    /// q does not quit.
    @Test func aPasteOnAQuestionAnswersNothing() {
        var state = Fixtures.question(2, size: Self.size)
        let effects = Fixtures.press([.pasteStart] + Fixtures.type("3\nq") + [.enter, .pasteEnd], on: &state)
        #expect(effects.isEmpty)
        #expect(state.screen == .question)
        #expect(state.questionIndex == 1)
        #expect(state.response.answers.isEmpty)
        // After the paste, keys act again.
        #expect(Fixtures.press([.character("3")], on: &state) == [.save])
    }

    /// A longer note written into the file by hand is never shortened: it only cannot grow.
    @Test func aNoteLongerThanTheLimitFromAFileIsKeptWhole() {
        var draft = NoteDraft(String(repeating: "é", count: NoteDraft.limit + 10))
        #expect(draft.count == NoteDraft.limit + 10)
        #expect(draft.append("a") == 1)
        #expect(draft.text.count == NoteDraft.limit + 10)
        draft.removeLast()
        #expect(draft.count == NoteDraft.limit + 9)
    }
}
