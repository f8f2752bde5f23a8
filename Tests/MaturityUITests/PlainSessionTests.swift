import MaturityCore
import MaturityUI
import Testing

/// The line-by-line assessment for screen readers and scripts.
@Suite struct PlainSessionTests {
    func session(askDetails: Bool = false) -> PlainSession {
        var response = Response.new(to: Fixtures.framework, id: "plain", organisation: "Example Trust", at: Fixtures.start)
        if askDetails { response.organisation = "" }
        return PlainSession(framework: Fixtures.framework, response: response, askDetails: askDetails)
    }

    @Test func withTheOrganisationGivenTheFirstQuestionComesFirst() {
        var plain = session()
        let output = plain.start()
        #expect(output.last == "Answer (1-5, d, b back, n note, ? guidance, q quit): ")
        #expect(output.contains("Question 1 of 28: How does your organisation use data when it makes decisions?"))
        #expect(output.contains("Dimension 1 of 7: Uses"))
    }

    @Test func answersAreReadSavedAndBadInputIsExplained() {
        var plain = session()
        _ = plain.start()
        #expect(plain.input("3", at: Fixtures.start).effects == [.save])
        #expect(plain.response.answers["uses-decisions"] == .stage("learning"))
        let bad = plain.input("7", at: Fixtures.start)
        #expect(bad.effects.isEmpty)
        #expect(bad.output.first?.hasPrefix("Please type 1-5, d") == true)
        #expect(plain.input("d", at: Fixtures.start).effects == [.save])
        #expect(plain.response.answers["uses-services"] == .dontKnow)
        let back = plain.input("b", at: Fixtures.start)
        #expect(back.output.contains("  (Your answer so far: don't know.)"))
        let guidance = plain.input("?", at: Fixtures.start)
        #expect(guidance.output.first?.hasPrefix("Guidance: ") == true)
    }

    @Test func aWholeScriptedRunCompletes() {
        var plain = session()
        _ = plain.start()
        var last: [String] = []
        var count = 0
        while !plain.isFinished && count < 100 {
            last = plain.input("4", at: Fixtures.start).output
            count += 1
        }
        #expect(count == 28)
        #expect(plain.response.status == .complete)
        #expect(last.contains("Overall: Developing, 4.0 of 5."))
        #expect(last.contains("Next steps"))
    }

    @Test func detailsAreAskedWhenTheOrganisationIsNotGiven() {
        var plain = session(askDetails: true)
        #expect(plain.start().last == "Organisation: ")
        #expect(plain.input("", at: Fixtures.start).output.first == "The organisation's name is needed.")
        _ = plain.input("Food Bank", at: Fixtures.start)
        _ = plain.input("", at: Fixtures.start)
        _ = plain.input("Kitchen", at: Fixtures.start)
        let output = plain.input("", at: Fixtures.start).output
        #expect(output.last?.hasPrefix("Answer (") == true)
        #expect(plain.response.organisation == "Food Bank")
        #expect(plain.response.respondent == nil)
        #expect(plain.response.team == "Kitchen")
    }

    @Test func whereAnswersAreSavedIsSaidBeforeTheFirstQuestion() {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "Example Trust", at: Fixtures.start)
        var plain = PlainSession(framework: Fixtures.framework, response: response, askDetails: false, outputFolder: "/srv/answers")
        let output = plain.start()
        let saying = output.firstIndex { $0.contains("is saved as soon as you give it, in /srv/answers") }
        let question = output.firstIndex { $0.hasPrefix("Question 1 of 28") }
        #expect(saying != nil && question != nil && saying! < question!)
    }

    @Test func theResumeOfferSaysWhenAndForWhom() {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "", at: Fixtures.start)
        let offer = Fixtures.offer(answered: 6, organisation: "Example Trust")
        var plain = PlainSession(framework: Fixtures.framework, response: response, askDetails: true, resumeOffer: offer)
        let output = plain.start()
        #expect(output.contains("You have an unfinished assessment: last answered on 2026-11-21, for Example Trust, with 6 of 28 questions answered."))
        #expect(output.last == "Carry on with it? (y to carry on, n to start a new one): ")
    }
}
