import Foundation
import MaturityCore
import MaturityUI
import Testing

/// What each screen looks like, as text, at 80x24 and 40x12, too small, and with CJK text.
@Suite struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func atQuestion() -> AppState {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.enter, .enter, .down, .character("3")], on: &state)
        return state
    }

    @Test(arguments: sizes)
    func welcome(size: Size) {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press(Fixtures.type("Sam"), on: &state)
        let frame = state.render(size: size)
        Snapshot.check(frame.text, named: "welcome-\(size)")
        #expect(frame.cursor != nil)
    }

    @Test(arguments: sizes)
    func question(size: Size) {
        let frame = atQuestion().render(size: size)
        Snapshot.check(frame.text, named: "question-\(size)")
        // The cursor sits on the focused answer's line, so screen readers follow it.
        let cursor = frame.cursor
        #expect(cursor.map { frame.text(ofRow: $0.row).contains("›") } == true)
    }

    @Test(arguments: sizes)
    func overview(size: Size) {
        var state = atQuestion()
        Fixtures.press([.tab, .down, .down], on: &state)
        Snapshot.check(state.render(size: size).text, named: "overview-\(size)")
    }

    func finished() -> AppState {
        var state = atQuestion()
        var index = 0
        while state.screen != .results {
            Fixtures.press([.character(["1", "2", "3", "4", "5", "d"][index % 6])], on: &state)
            Fixtures.takeHighlighted(on: &state)
            index += 1
        }
        state.saved(at: "/home/sam/.local/share/maturity/responses/data-maturity-20261121-00000000.yaml")
        return state
    }

    @Test(arguments: sizes)
    func results(size: Size) {
        Snapshot.check(finished().render(size: size).text, named: "results-\(size)")
    }

    /// The end of the results, reached with End: the saved file's path is the last line.
    @Test(arguments: sizes)
    func resultsEnd(size: Size) {
        var state = finished()
        Fixtures.press([.resize(size), .end], on: &state)
        let text = state.render(size: size).text
        Snapshot.check(text, named: "results-end-\(size)")
        #expect(TextFlow.unbroken(text).contains("/home/sam/.local/share/maturity/responses/data-maturity-20261121-00000000.yaml"))
        #expect(text.contains("↑ more"))
        #expect(!text.contains("↓ more"))
    }

    @Test func tooSmall() {
        let frame = atQuestion().render(size: Size(width: 30, height: 8))
        Snapshot.check(frame.text, named: "too-small-30x8")
        #expect(frame.text.contains("need 40x12, have 30x8"))
        #expect(frame.text.contains("Ctrl-C"))
        #expect(Fixtures.state().render(size: Size(width: 10, height: 3)).cells.count == 30)
        #expect(Fixtures.state().render(size: Size(width: 0, height: 0)).cells.isEmpty)
    }

    @Test func resumeOffer() {
        let offer = Fixtures.offer(answered: 6, organisation: "Example Trust")
        let state = Fixtures.state(resume: offer)
        for size in Self.sizes {
            Snapshot.check(state.render(size: size).text, named: "resume-\(size)")
        }
    }

    static let japanese = Framework(
        id: "cjk", version: "1", language: "ja", title: "データ成熟度", description: "日本語の説明です。",
        stages: [Stage(id: "low", name: "初級"), Stage(id: "high", name: "上級")],
        dimensions: [Dimension(id: "d", name: "データ", questions: [
            Question(id: "q", text: "あなたの組織はデータをどのように使っていますか？😀 とても長い質問文がここに続きます。",
                     statements: ["データはほとんど使っていません。", "すべての決定にデータを使っています。"]),
        ])])

    @Test func cjkTextIsLaidOutByDisplayWidth() {
        var state = Fixtures.state(organisation: "組織", framework: Self.japanese)
        Fixtures.press([.enter, .enter], on: &state)
        let frame = state.render(size: Size(width: 40, height: 12))
        Snapshot.check(frame.text, named: "question-cjk-40x12")
        for row in 0..<12 {
            var width = 0
            for column in 0..<40 { width += frame[row, column].character.map { DisplayWidth.of($0) } ?? 0 }
            #expect(width == 40, "row \(row) is \(width) columns wide")
        }
        // Closing punctuation never starts a line.
        #expect(!frame.text.split(separator: "\n").contains { $0.trimmingPrefix(" ").first == "。" })
    }
}

/// Screen text read as a person reads it: lines trimmed and joined, so that wrapped words meet.
enum TextFlow {
    static func joined(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The text with every space and line break taken out: for a path cut across lines.
    static func unbroken(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }
}
