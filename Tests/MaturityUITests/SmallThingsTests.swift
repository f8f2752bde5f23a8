import MaturityCore
import MaturityUI
import Testing

/// Issue 15, item 11: the small things a new user met.
@Suite struct SmallThingsTests {
    static let size = Size(width: 80, height: 24)

    @Test func theRequestForTheNameGoesOnceANameIsTyped() {
        var state = Fixtures.state()
        Fixtures.press([.resize(Self.size), .enter], on: &state)
        #expect(state.render(size: Self.size).text.contains("Please type your organisation's name first."))
        Fixtures.press([.character("F")], on: &state)
        #expect(!state.render(size: Self.size).text.contains("Please type your organisation's name first."))
        // Typed into another field, the request stays: the organisation is still empty.
        var other = Fixtures.state()
        Fixtures.press([.resize(Self.size), .enter, .tab, .character("S")], on: &other)
        #expect(other.render(size: Self.size).text.contains("Please type your organisation's name first."))
    }

    @Test func theResumeOffersHeaderCountsTheOfferedAnswers() {
        var state = Fixtures.state(resume: Fixtures.offer(answered: 14, organisation: "Example Trust"))
        Fixtures.press([.resize(Self.size)], on: &state)
        let text = state.render(size: Self.size).text
        #expect(text.contains("14 of 28 answered"))
        #expect(!text.contains("0 of 28 answered"))
    }

    @Test func theTitleIsShownOnceOnTheWelcomeScreen() {
        var state = Fixtures.state(organisation: "Example Trust")
        Fixtures.press([.resize(Self.size)], on: &state)
        let text = state.render(size: Self.size).text
        #expect(text.components(separatedBy: "Data maturity for charities").count == 2)
    }
}
