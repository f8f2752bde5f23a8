import Foundation
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
        inProgress: 2, unusable: [.init(line: 3, reason: "… is not a date and time")])

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
        // Esc outside help and the error list does nothing: one stray key must not end a workshop.
        let quitOnEscape = state.handle(.escape)
        #expect(!quitOnEscape)
        #expect(state.view == .overview)
        _ = state.handle(.character("?"))
        #expect(state.view == .help)
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
        #expect(state.summary?.respondents == 4)
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

    @Test func groupsBelowTheMinimumAreNeverShownAndNorIsTheGroupThatWouldGiveThemAway() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        _ = state.handle(.character("g"))
        let text = state.render(size: Size(width: 100, height: 40)).text
        #expect(text.contains("grouped by team"))
        // Finance (3) beside the room (4) would give away Board's one person: both are pooled,
        // and a line of everyone would only be the room again.
        #expect(!text.contains("Board"))
        #expect(!text.contains("Finance"))
        #expect(text.contains("No team is shown on its own"))
    }

    @Test func theDimensionViewMarksTheMeanAndTheDisagreementViewNamesQuestions() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        _ = state.handle(.right)
        let dimension = state.render(size: Size(width: 80, height: 24)).text
        #expect(dimension.contains("Uses  (dimension 1 of 7)"))
        #expect(dimension.contains("◀ mean"))
        // Four people at Unaware, Learning, Learning and Mastering: no split; one far below the
        // middle (Learning), one far above.
        _ = state.handle(.character("d"))
        let calm = state.render(size: Size(width: 120, height: 40)).text
        #expect(calm.contains("No dimension splits the room."))
        #expect(calm.contains("• Uses: 1 person two stages or more below the middle, 1 above it"))
        // Two at Unaware and two at Developing: split on every dimension, the sharpest shown.
        let camps = FolderSnapshot(complete: [Self.response("a", team: nil, stage: "unaware"), Self.response("b", team: nil, stage: "unaware"),
                                              Self.response("c", team: nil, stage: "developing"),
                                              Self.response("d", team: nil, stage: "developing"), Self.response("e", team: nil, stage: "learning")])
        state.update(camps)
        let differences = state.render(size: Size(width: 120, height: 40)).text
        #expect(differences.contains("Uses: 2 people at Unaware, 3 at Learning or Developing. Why do we see it so differently?"))
        #expect(differences.contains("(2 chose Unaware, 3 Learning or Developing)"))
        #expect(differences.contains("Also split: Leadership, Culture, Tools, Skills."))
    }

    @Test func anEmptyFolderWaits() {
        let state = PresenterState(framework: Fixtures.framework)
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("0 responses   0 in progress"))
        #expect(text.contains("Waiting for answers"))
    }

    @Test func theWaitingScreenShowsTheFullFolderPath() {
        let state = PresenterState(framework: Fixtures.framework, snapshot: FolderSnapshot(), folder: "/srv/workshop/answers")
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Waiting for answers in /srv/workshop/answers"))
    }

    @Test func aMissingFolderIsSaidToBeMissingThenGoneAndResultsComeBackWithIt() {
        let folder = "/srv/workshop/answers"
        var state = PresenterState(framework: Fixtures.framework, snapshot: FolderSnapshot(folderState: .missing), folder: folder)
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("The folder \(folder) does not exist yet; waiting for it."))
        state.update(Self.snapshot)
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("█"))
        state.update(FolderSnapshot(folderState: .missing))
        let gone = state.render(size: Size(width: 100, height: 30)).text
        #expect(gone.contains("The folder \(folder) is gone; waiting for it."))
        #expect(gone.contains("0 responses   0 in progress"))
        state.update(FolderSnapshot(folderState: .unreadable("permission denied: it belongs to workshop and does not let you read it")))
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("cannot be read (permission denied"))
        state.update(Self.snapshot)
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("4 responses"))
    }

    @Test func theTitleIsCutWithAnEllipsisAndTheRangeStaysAtFortyColumns() {
        let text = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot).render(size: Size(width: 40, height: 12)).text
        #expect(text.contains(" Data mat…  4 responses"))
        #expect(text.contains("1.0–5.0"))
    }

    @Test(arguments: [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 100, height: 30)])
    func helpAndQuitAreAlwaysInTheFooterAndEveryKeyOnTallScreens(size: Size) {
        let text = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot).render(size: size).text
        let footer = text.split(separator: "\n", omittingEmptySubsequences: false).suffix(2).joined(separator: "\n")
        #expect(footer.contains("? help"))
        #expect(footer.contains("q quit"))
        if size.height >= 24 {
            for hint in ["←→ dimension", "o overview", "d differences", "g group", "Space hide", "f freeze", "e errors"] {
                #expect(footer.contains(hint), "\(hint) at \(size)")
            }
        }
    }

    @Test func longViewsSayThereIsMoreAndScrollWithArrowsAndPages() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        state.screenSize = Size(width: 60, height: 16)
        _ = state.handle(.character("d"))
        let first = state.render(size: state.screenSize).text
        #expect(first.contains("↓ more (↓ or PgDn)"))
        #expect(first.contains(" • Uses: 1 person two stages or more"))
        _ = state.handle(.pageDown)
        let second = state.render(size: state.screenSize).text
        #expect(second.contains("↑↓ more") || second.contains("↑ more above"))
        #expect(!second.contains(" • Uses: 1 person two stages or more"))
        // Pressing on past the end does not store up presses that Up must undo.
        for _ in 0..<200 { _ = state.handle(.down) }
        let end = state.render(size: state.screenSize).text
        #expect(end.contains("↑ more above (↑ or PgUp)"))
        _ = state.handle(.up)
        #expect(state.render(size: state.screenSize).text.contains("↑↓ more"))
        _ = state.handle(.home)
        #expect(state.render(size: state.screenSize).text == first)
    }

    @Test func aTeamNameUsesTheRoomThereIs() {
        let team = "Finance and Fundraising"
        let snapshot = FolderSnapshot(complete: (1...3).map { Self.response("t\($0)", team: team, stage: "learning") })
        var state = PresenterState(framework: Fixtures.framework, snapshot: snapshot)
        _ = state.handle(.character("g"))
        #expect(state.render(size: Size(width: 100, height: 30)).text.contains("  " + team + " "))
        #expect(state.render(size: Size(width: 40, height: 12)).text.contains("Finance and…"))
    }

    @Test func helpSaysWhyThreePointZeroCanReadAsTheSecondStage() {
        var state = PresenterState(framework: Fixtures.framework, snapshot: Self.snapshot)
        _ = state.handle(.character("?"))
        // Wrapped lines joined again, to find a sentence whatever the width.
        let text = state.render(size: Size(width: 100, height: 30)).text.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("2.96 is shown as 2.9, still Emerging, on the way to Learning."))
    }
}
