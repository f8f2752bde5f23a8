import MaturityCore
import MaturityFrameworks
import MaturityUI

/// Shared test values: the shipped data-maturity framework and a fresh state over it.
enum Fixtures {
    static let catalogue = FrameworkCatalogue(files: BuiltInFrameworks.files.map {
        FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)
    })
    static let framework = try! catalogue.resolve("data-maturity").get()
    static let french = try! catalogue.resolve("data-maturity", language: "fr").get()
    static let start = Timestamp(parsing: "2026-11-21T10:00:00Z")!

    static func state(organisation: String = "", framework: Framework = framework,
                      resume: ResumeOffer? = nil) -> AppState {
        var response = Response.new(to: framework, id: "00000000-test", organisation: organisation, at: start)
        response.organisation = organisation
        return AppState(framework: framework, response: response, form: WelcomeForm(organisation: organisation),
                        outputFolder: "/home/sam/.local/share/maturity/responses", resumeOffer: resume)
    }

    /// An unfinished response of `answered` answers (the first questions, at the first stage),
    /// offered to carry on.
    static func offer(answered: Int, organisation: String, framework: Framework = framework) -> ResumeOffer {
        var response = Response.new(to: framework, id: "earlier", organisation: organisation, at: start)
        for question in framework.questions.prefix(answered) { response.answers[question.id] = .stage(framework.stages[0].id) }
        return ResumeOffer(path: "/r/file.yaml", response: response)
    }

    /// Sends keys one by one, collecting every effect.
    @discardableResult
    static func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { state.handle($0, at: start) }
    }

    /// Enter on the statement under the cursor, taken as chosen (as by a person who moved to
    /// it): the long walks of the snapshot tests keep the answers they have always given,
    /// now that Enter alone records nothing on a question nobody has answered.
    static func takeHighlighted(on state: inout AppState) {
        if state.screen == .question { state.hasChosen = true }
        press([.enter], on: &state)
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// A state at question `number` (from 1), started, in a terminal of `size`.
    static func question(_ number: Int, framework: Framework = framework, size: Size) -> AppState {
        var state = Fixtures.state(organisation: "Example Trust", framework: framework)
        press([.resize(size), .enter, .enter, .tab], on: &state)
        press(Array(repeating: .down, count: number - 1) + [.enter], on: &state)
        return state
    }
}
