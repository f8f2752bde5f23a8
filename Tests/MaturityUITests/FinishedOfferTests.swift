import MaturityCore
import MaturityUI
import Testing

/// Running maturity again after a finished assessment: the offer to see its results again,
/// besides starting a new one, in the full screen and line by line.
@Suite struct FinishedOfferTests {
    /// A finished response: every question answered at the second stage.
    static func finished(organisation: String = "Example Trust") -> ResumeOffer {
        var offer = Fixtures.offer(answered: Fixtures.framework.questions.count, organisation: organisation)
        for question in Fixtures.framework.questions { offer.response.answers[question.id] = .stage(Fixtures.framework.stages[1].id) }
        offer.response.status = .complete
        return offer
    }

    @Test func theUnfinishedOneComesFirstAndResumeNeverShowsResults() {
        let unfinished = Fixtures.offer(answered: 3, organisation: "A")
        let done = Self.finished()
        #expect(!unfinished.isFinished && done.isFinished)
        #expect(ResumeOffer.choose(unfinished: unfinished, lastFinished: done, resumingAtOnce: false) == unfinished)
        #expect(ResumeOffer.choose(unfinished: nil, lastFinished: done, resumingAtOnce: false) == done)
        #expect(ResumeOffer.choose(unfinished: nil, lastFinished: done, resumingAtOnce: true) == nil)
        #expect(ResumeOffer.choose(unfinished: unfinished, lastFinished: nil, resumingAtOnce: true) == unfinished)
    }

    @Test func enterShowsTheResultsAgainOfTheSameFile() {
        var state = Fixtures.state(resume: Self.finished())
        let offered = TextFlow.joined(state.render(size: Size(width: 80, height: 24)).text)
        #expect(offered.contains("Your last assessment is finished"))
        #expect(offered.contains("Finished on 2026-11-21, for Example Trust."))
        #expect(offered.contains("see its results again"))
        #expect(offered.contains("Enter see the results"))
        #expect(!offered.contains("unfinished"))
        #expect(Fixtures.press([.enter], on: &state) == [.resumed])
        #expect(state.screen == .results)
        #expect(state.savedPath == "/r/file.yaml")
        #expect(state.response.status == .complete)
        #expect(state.response.answers == Self.finished().response.answers)
        // From the results, q leaves: the closing lines say how to make the report.
        #expect(Fixtures.press([.character("q")], on: &state) == [.quit])
    }

    @Test func nStartsANewOneAndTheFinishedOneStaysAsItWas() {
        var state = Fixtures.state(resume: Self.finished())
        #expect(Fixtures.press([.character("n")], on: &state).isEmpty)
        #expect(state.screen == .welcome)
        #expect(state.resumeOffer == nil)
        #expect(state.response.answers.isEmpty)
        #expect(state.savedPath == nil)
    }

    @Test func lineByLineYesShowsTheResultsAndNoAsksTheDetails() {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "", at: Fixtures.start)
        var plain = PlainSession(framework: Fixtures.framework, response: response, askDetails: true, resumeOffer: Self.finished())
        let output = plain.start()
        #expect(output.contains("Your last assessment is finished"))
        #expect(output.contains("Finished on 2026-11-21, for Example Trust."))
        #expect(output.last == "See its results again? (y to see them, n to start a new one): ")
        let (results, effects) = plain.input("y")
        #expect(effects == [.resumed])
        #expect(plain.isFinished)
        #expect(results.contains { $0.contains("Overall") })
        #expect(plain.savedPath == "/r/file.yaml")

        var declined = PlainSession(framework: Fixtures.framework, response: response, askDetails: true, resumeOffer: Self.finished())
        _ = declined.start()
        #expect(declined.input("n").output.last == declined.words.fieldPrompts[0])
        #expect(declined.isAskingDetails)
    }

    @Test func theOfferAtEachSize() {
        let state = Fixtures.state(resume: Self.finished())
        for size in SnapshotTests.sizes {
            Snapshot.check(state.render(size: size).text, named: "resume-finished-\(size)")
        }
    }
}
