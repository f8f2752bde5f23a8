import Foundation
import MaturityCore
import MaturityUI
import Testing

/// The views that scroll or open over a question: the guidance, the note, long answers and
/// dimension openings in French, and the scroll markers, at 80x24 and 40x12.
@Suite struct ViewSnapshotTests {
    static let sizes = SnapshotTests.sizes

    /// Question 8, data protection, has the longest guidance.
    @Test(arguments: sizes)
    func guidanceOpensWholeAndScrollsToItsEnd(size: Size) throws {
        var state = Fixtures.question(8, size: size)
        #expect(state.currentQuestion.question.id == "data-protection")
        Fixtures.press([.down, .character("?")], on: &state)
        let top = state.render(size: size).text
        Snapshot.check(top, named: "guidance-\(size)")
        #expect(top.contains("Guidance"))
        #expect(top.contains("How well do you look after"))
        Fixtures.press([.end], on: &state)
        let end = state.render(size: size).text
        Snapshot.check(end, named: "guidance-end-\(size)")
        // The guidance's last words are on screen at the end, and nothing is cut mid-sentence.
        #expect(TextFlow.joined(end).contains("If you are unsure whether you follow it, say so."))
        #expect(!end.contains("↓ more"))
    }

    @Test(arguments: sizes)
    func aLongNoteShowsTwoLinesUnderTheQuestionAndAllOfItInTheEditor(size: Size) {
        var state = Fixtures.question(2, size: size)
        let note = "We asked the finance team in March and again in June, and nobody could say where the figures for the annual report come from, so this answer is a guess."
        Fixtures.press([.character("n")] + Fixtures.type(note), on: &state)
        let editor = state.render(size: size)
        Snapshot.check(editor.text, named: "note-editor-\(size)")
        #expect(TextFlow.joined(editor.text).contains("so this answer is a guess."))
        // The cursor is just after the last character typed.
        let cursor = try! #require(editor.cursor)
        #expect(editor.text(ofRow: cursor.row).prefix(cursor.column).hasSuffix("guess."))
        Fixtures.press([.enter], on: &state)
        let question = state.render(size: size).text
        Snapshot.check(question, named: "question-with-note-\(size)")
        #expect(question.contains("Your note: We asked"))
        #expect(question.contains("…"))
    }

    /// In French the statements are longest: the focused one is always whole on screen. At
    /// 80x24 the question stays above it; at 40x12 both cannot fit, so the question scrolls
    /// away, a marker says so, and going up to the first answer brings it back.
    @Test(arguments: sizes)
    func theFocusedAnswerIsWholeAndTheQuestionStaysWhenThereIsRoom(size: Size) {
        var state = Fixtures.question(1, framework: Fixtures.french, size: size)
        let question = state.currentQuestion.question
        Fixtures.press([.down, .down], on: &state)
        let frame = state.render(size: size)
        Snapshot.check(frame.text, named: "question-fr-\(size)")
        let flowed = TextFlow.joined(frame.text)
        #expect(flowed.contains(question.statements[2]))
        if size.height >= 24 {
            #expect(flowed.contains(question.text))
        } else {
            #expect(frame.text.contains("↑ plus"))
            Fixtures.press([.up, .up], on: &state)
            #expect(TextFlow.joined(state.render(size: size).text).contains(question.text))
        }
    }

    /// English at 40x12: the question's text is pinned whole above the whole focused answer,
    /// and the dimension's name gives way first.
    @Test func atFortyByTwelveTheQuestionStaysAboveTheFocusedAnswer() {
        let size = Size(width: 40, height: 12)
        var state = Fixtures.question(1, size: size)
        for _ in 0..<3 {
            Fixtures.press([.down], on: &state)
            let flowed = TextFlow.joined(state.render(size: size).text)
            #expect(flowed.contains(state.currentQuestion.question.text))
            #expect(flowed.contains(state.currentQuestion.question.statements[state.highlighted]))
            #expect(!flowed.contains("Dimension 1 of 7"))
        }
    }

    @Test(arguments: sizes)
    func aLongDimensionOpeningScrolls(size: Size) {
        var state = Fixtures.state(organisation: "Example Trust", framework: Fixtures.french)
        Fixtures.press([.resize(size), .enter], on: &state)
        let first = state.render(size: size).text
        Snapshot.check(first, named: "intro-fr-\(size)")
        let description = Fixtures.french.dimensions[0].description ?? ""
        Fixtures.press([.end], on: &state)
        let last = state.render(size: size).text
        Snapshot.check(last, named: "intro-fr-end-\(size)")
        #expect(TextFlow.joined(first + "\n" + last).contains(String(description.suffix(40)).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(TextFlow.joined(last).contains("Appuyez sur Entrée pour commencer."))
    }

    static let longNames = Framework(
        id: "long", version: "1", language: "en", title: "A framework whose title is far too long for forty columns",
        description: "A test.", stages: [Stage(id: "low", name: "Low"), Stage(id: "high", name: "High")],
        dimensions: [Dimension(id: "d", name: "Collecting, keeping and protecting the information of the people we serve",
                               questions: [Question(id: "q", text: "How?", statements: ["Badly.", "Well."])])])

    @Test func aLongTitleEndsInAnEllipsisAndLongDimensionNamesWrap() {
        let size = Size(width: 40, height: 12)
        var state = Fixtures.state(organisation: "Example Trust", framework: Self.longNames)
        Fixtures.press([.resize(size), .enter], on: &state)
        let intro = state.render(size: size)
        #expect(intro.text(ofRow: 0).trimmingCharacters(in: .whitespaces) == "A framework whose title is far too lo…")
        let name = Self.longNames.dimensions[0].name
        #expect(TextFlow.joined(intro.text).contains(name))
        Fixtures.press([.enter], on: &state)
        let large = Size(width: 80, height: 24)
        Fixtures.press([.resize(large)], on: &state)
        #expect(TextFlow.joined(state.render(size: large).text).contains(name + " · Dimension 1 of 1"))
    }
}
