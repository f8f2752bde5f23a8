import MaturityCore
import MaturityUI
import Testing

/// Every view of the workshop screen, as text, at the usual size and the smallest.
@Suite struct PresenterSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    /// Three teams of three with differing answers, and one person alone.
    static let teams = FolderSnapshot(complete: [
        PresenterTests.response("f1", team: "Finance", stage: "emerging"), PresenterTests.response("f2", team: "Finance", stage: "learning"),
        PresenterTests.response("f3", team: "Finance", stage: "learning"), PresenterTests.response("o1", team: "Operations", stage: "developing"),
        PresenterTests.response("o2", team: "Operations", stage: "developing"), PresenterTests.response("o3", team: "Operations", stage: "mastering"),
        PresenterTests.response("t1", team: "Trustees", stage: "unaware"), PresenterTests.response("t2", team: "Trustees", stage: "emerging"),
        PresenterTests.response("t3", team: "Trustees", stage: "emerging"), PresenterTests.response("b1", team: "Board", stage: "mastering"),
    ], inProgress: 1)

    static func state() -> PresenterState {
        PresenterState(framework: Fixtures.framework, snapshot: PresenterTests.snapshot, folder: "/srv/workshop/answers")
    }

    @Test(arguments: sizes)
    func eachViewOfTheRoom(size: Size) {
        var state = Self.state()
        Snapshot.check(state.render(size: size).text, named: "presenter-overview-\(size)")
        _ = state.handle(.right)
        Snapshot.check(state.render(size: size).text, named: "presenter-dimension-\(size)")
        _ = state.handle(.character("d"))
        Snapshot.check(state.render(size: size).text, named: "presenter-differences-\(size)")
        #expect(state.render(size: Size(width: 39, height: 12)).text.contains("have 39x12)"))
    }

    @Test(arguments: sizes)
    func helpErrorsAndHidden(size: Size) {
        var state = Self.state()
        _ = state.handle(.character("?"))
        Snapshot.check(state.render(size: size).text, named: "presenter-help-\(size)")
        _ = state.handle(.character("e"))
        Snapshot.check(state.render(size: size).text, named: "presenter-errors-\(size)")
        _ = state.handle(.escape)
        _ = state.handle(.character(" "))
        Snapshot.check(state.render(size: size).text, named: "presenter-hidden-\(size)")
    }

    @Test(arguments: sizes)
    func groupedByTeam(size: Size) {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.teams, folder: "/srv/workshop/answers")
        _ = state.handle(.character("g"))
        Snapshot.check(state.render(size: size).text, named: "presenter-teams-\(size)")
    }

    @Test(arguments: sizes)
    func frozenWithAnswersWaiting(size: Size) {
        var state = Self.state()
        _ = state.handle(.character("f"))
        state.update(Self.teams)
        Snapshot.check(state.render(size: size).text, named: "presenter-frozen-\(size)")
    }

    /// In French (`--lang fr`): the framework's texts and the presenter's own words, the
    /// overview, a dimension and the help, with no English of the program's own.
    @Test func inFrench() {
        let size = Size(width: 80, height: 24)
        var state = PresenterState(framework: Fixtures.french, words: ScreenText(language: "fr"), snapshot: Self.teams,
                                   folder: "/srv/workshop/answers")
        var texts = [state.render(size: size).text]
        _ = state.handle(.right)
        texts.append(state.render(size: size).text)
        _ = state.handle(.character("?"))
        texts.append(state.render(size: size).text)
        for (text, name) in zip(texts, ["overview", "dimension", "help"]) {
            Snapshot.check(text, named: "presenter-\(name)-fr-\(size)")
            for english in ["All dimensions", "of 7", "Mean ", "overview", "help", "Keys", "responses", "in progress", "people"] {
                #expect(!text.contains(english), "\"\(english)\" in the French \(name)")
            }
        }
    }
}
