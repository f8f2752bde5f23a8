import MaturityCore
import MaturityUI
import Testing

/// The presenter in French, Spanish and Welsh (`present --lang`): every view, in a workshop
/// room too, where people differ included, shows none of the program's commonest English words.
@Suite struct PresenterLanguageTests {
    /// Words of the presenter's that would betray an English phrase left in the code.
    static let englishWords = ["All dimensions", "dimension 1 of", "responses", "in progress", "unreadable", "Mean ", "mean",
                               "Where people differ", "Keys", "How to join", "overview", "differences", "help", "quit",
                               "Space", "freeze", "errors", "Join ", "connected", "Results hidden", "Waiting for",
                               "Press ", "people", "FROZEN", "grouped by", "End the workshop", "carry on", "File 1", "more",
                               "stages or more", "Far from the rest", "split", "Everyone", "Overall", " or ", " at "]

    /// The snapshot's responses answer in the framework's own language; the view takes them
    /// whatever language it is shown in.
    static func views(in language: String) throws -> [String] {
        let framework = try Fixtures.catalogue.resolve("data-maturity", language: language).get()
        var state = PresenterState(framework: framework, words: ScreenText(language: language), snapshot: PresenterTests.snapshot,
                                   folder: "/srv/workshop/answers", minimumGroupSize: 1)
        state.room = PresenterRoomTests.room
        let size = Size(width: 80, height: 24)
        var texts: [String] = []
        for keys in [[], [Key.right], [.character("d")], [.character("o"), .character("e")], [.character("?")], [.escape, .character("g")],
                     [.character("f")], [.character(" ")], [.character("j")], [.escape, .character("q")]] {
            for key in keys { _ = state.handle(key) }
            texts.append(state.render(size: size).text)
        }
        return texts
    }

    @Test(arguments: ["fr", "es", "cy"])
    func noEnglishWordOnAnyView(language: String) throws {
        let views = try Self.views(in: language)
        #expect(views[2].contains(ScreenText(language: language).presenterWherePeopleDiffer), "the differences view is read")
        for text in views {
            for english in Self.englishWords {
                #expect(!text.contains(english), "\(language): \"\(english)\" in\n\(text)")
            }
        }
    }

    /// English is the same words as ever: the presenter's snapshots stay as they were.
    @Test func withoutALanguageTheWordsAreEnglish() {
        let state = PresenterState(framework: Fixtures.framework, snapshot: PresenterTests.snapshot)
        #expect(state.words.language == "en")
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("All dimensions"))
    }
}
