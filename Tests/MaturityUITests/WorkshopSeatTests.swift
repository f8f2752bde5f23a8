import MaturityCore
import MaturityUI
import Testing

/// A participant's screens in a workshop room: the way back after a dropped connection is in
/// view from the start, and nothing names the host's folders.
@Suite struct WorkshopSeatTests {
    static let seat = WorkshopSeat(rejoinCommand: "ssh -p 2222 otter-maple-42@192.168.1.23")

    static func state(framework: Framework = Fixtures.framework) -> AppState {
        var state = Fixtures.state(framework: framework)
        state.workshop = seat
        return state
    }

    @Test(arguments: PresenterRoomTests.sizes)
    func theWelcomeSaysHowToComeBack(size: Size) {
        var state = Self.state()
        Fixtures.press([.resize(size)], on: &state)
        Snapshot.check(state.render(size: size).text, named: "welcome-workshop-\(size)")
    }

    @Test func theWelcomeNamesNoFolderOfTheHosts() {
        var state = Self.state()
        Fixtures.press([.resize(Size(width: 100, height: 40))], on: &state)
        let text = state.render(size: Size(width: 100, height: 40)).text
        #expect(text.contains("ssh -p 2222 otter-maple-42@192.168.1.23"))
        #expect(text.contains("saved on the workshop's computer"))
        #expect(!text.contains("/home/sam"))
    }

    @Test func theRejoinNameStaysInTheHeaderOfEveryQuestion() {
        var state = Self.state()
        Fixtures.press([.resize(Size(width: 80, height: 24)), .character("O"), .enter, .enter, .tab, .enter], on: &state)
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.split(separator: "\n").first?.contains("rejoin as otter-maple-42") == true, "\(text)")
        // Too narrow for both: the title keeps its place.
        let narrow = state.render(size: Size(width: 40, height: 12)).text
        #expect(narrow.split(separator: "\n").first?.contains("Data maturity") == true)
    }

    @Test func theResultsSayTheAnswersAreSavedForTheWorkshop() {
        var state = AppState(framework: ResultsTests.tenQuestions, response: ResultsTests.answered(Array(repeating: .stage("s3"), count: 10)),
                             form: WelcomeForm(organisation: "Example Trust"), outputFolder: "/home/host/answers")
        state.workshop = Self.seat
        state.savedPath = "/home/host/answers/ten.yaml"
        state.screen = .results
        let text = TextFlow.joined(state.render(size: Size(width: 80, height: 200)).text)
        #expect(text.contains("Your answers are saved for the workshop."))
        #expect(!text.contains("/home/host"))
        // Unfinished: how to come back instead.
        state.response.status = .inProgress
        let unfinished = TextFlow.joined(state.render(size: Size(width: 80, height: 200)).text)
        #expect(unfinished.contains("join again with this command"))
        #expect(unfinished.contains("ssh -p 2222 otter-maple-42@192.168.1.23"))
        #expect(!unfinished.contains("/home/host"))
    }

    @Test func theWordsFollowTheFrameworksLanguage() {
        var state = Self.state(framework: Fixtures.french)
        Fixtures.press([.resize(Size(width: 100, height: 40))], on: &state)
        let text = state.render(size: Size(width: 100, height: 40)).text
        #expect(text.contains("Si votre connexion est coupée"))
        #expect(text.contains("pour revenir\u{A0}: otter-maple-42"))
    }

    @Test func lineByLineSaysHowToComeBackBeforeTheFirstQuestion() {
        var session = PlainSession(framework: Fixtures.framework, response: Response.new(to: Fixtures.framework, id: "t", organisation: "", at: Fixtures.start),
                                   askDetails: true, outputFolder: "/home/host/answers")
        session.workshop = Self.seat
        let lines = session.start().joined(separator: "\n")
        #expect(lines.contains("join again with this command and the same room code, and you carry on where you were:\n  ssh -p 2222 otter-maple-42@192.168.1.23"))
        #expect(!lines.contains("/home/host/answers"))
    }
}
