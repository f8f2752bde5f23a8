import MaturityCore
import MaturityUI
import Testing

/// The workshop view: keys, live updates, freezing, hiding, and anonymity.
@Suite struct PresenterTests {
    static func response(_ id: String, team: String?, stage: String, respondent: String = "Secret Name") -> Response {
        var response = Response.new(to: Fixtures.framework, id: id, organisation: "Workshop Trust", at: Fixtures.start)
        response.respondent = respondent
        response.team = team
        response.status = .complete
        for question in Fixtures.framework.questions { response.answers[question.id] = .stage(stage) }
        return response
    }

    static let snapshot = FolderSnapshot(
        complete: [response("a", team: "Finance", stage: "unaware"), response("b", team: "Finance", stage: "learning"),
                   response("c", team: "Finance", stage: "mastering"), response("d", team: "Board", stage: "learning")],
        inProgress: 2, unusable: [.init(file: "broken.yaml", reason: "line 3: the weight \"1,5\" uses a comma")])

    @Test func theHeaderCountsCompleteAndInProgressInThoseWords() {
        let state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        let text = state.render(size: Size(width: 100, height: 30)).text
        #expect(text.contains("4 responses   2 in progress   1 unreadable (e)"))
        #expect(!text.contains("Secret Name"))
    }

    @Test func keysMoveBetweenViewsAndRound() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        let quitOnRight = state.handle(.right)
        #expect(!quitOnRight)
        #expect(state.view == .dimension(0))
        _ = state.handle(.left)
        _ = state.handle(.left)
        #expect(state.view == .disagreements)
        _ = state.handle(.character("o"))
        #expect(state.view == .overview)
        _ = state.handle(.character("e"))
        #expect(state.view == .problems)
        _ = state.handle(.escape)
        #expect(state.view == .overview)
        let quitOnQ = state.handle(.character("q"))
        #expect(quitOnQ)
    }

    @Test func freezingHoldsNewAnswersUntilUnfrozen() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: FolderSnapshot())
        _ = state.handle(.character("f"))
        state.update(Self.snapshot)
        #expect(state.shown.complete.isEmpty)
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("FROZEN: new answers waiting"))
        _ = state.handle(.character("f"))
        #expect(state.shown.complete.count == 4)
        #expect(state.summary.respondents == 4)
    }

    @Test func hiddenResultsShowNoFiguresButStillCount() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot, hidden: true)
        let text = state.render(size: Size(width: 100, height: 30)).text
        #expect(text.contains("Results hidden"))
        #expect(!text.contains("█"))
        #expect(text.contains("4 responses"))
        _ = state.handle(.character(" "))
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("█"))
    }

    @Test func groupsBelowTheMinimumAreNeverShown() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        _ = state.handle(.character("g"))
        let text = state.render(size: Size(width: 100, height: 40)).text
        #expect(text.contains("grouped by team"))
        #expect(text.contains("Finance"))
        #expect(!text.contains("Board"))
        #expect(text.contains("1 smaller group (1 people) not shown on their own"))
    }

    @Test func theDimensionViewMarksTheMeanAndTheDisagreementViewNamesQuestions() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        _ = state.handle(.right)
        let dimension = state.render(size: Size(width: 80, height: 24)).text
        #expect(dimension.contains("Uses  (dimension 1 of 7)"))
        #expect(dimension.contains("◀ mean"))
        _ = state.handle(.character("d"))
        let differences = state.render(size: Size(width: 80, height: 24)).text
        #expect(differences.contains("Why do we see it so differently?"))
        #expect(differences.contains("answers from Unaware to Mastering"))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func snapshots(size: Size) {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        Snapshot.check(state.render(size: size).text, named: "presenter-overview-\(size)")
        _ = state.handle(.right)
        Snapshot.check(state.render(size: size).text, named: "presenter-dimension-\(size)")
        _ = state.handle(.character("d"))
        Snapshot.check(state.render(size: size).text, named: "presenter-differences-\(size)")
        #expect(state.render(size: Size(width: 39, height: 12)).text.contains("have 39x12)"))
    }

    @Test func anEmptyFolderWaits() {
        let state = PresenterState(framework: Fixtures.framework)
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("0 responses   0 in progress"))
        #expect(text.contains("Waiting for answers"))
    }
}
