import MaturityCore
import PropertyBased
import Testing

/// The assessment's rules, shared by the full screen and plain mode: answering, moving on,
/// going back, resuming, and when a response is complete. No terminal, no keys.
@Suite struct AssessmentTests {
    /// Three stages; dimension "a" has a1 and a2 (a2 allows "not applicable"); "b" has b1.
    static let framework = Framework(
        id: "f", version: "1", language: "en", title: "F", description: "D",
        stages: [Stage(id: "low", name: "Low"), Stage(id: "mid", name: "Mid"), Stage(id: "high", name: "High")],
        dimensions: [
            Dimension(id: "a", name: "A", questions: [
                Question(id: "a1", text: "?", statements: ["1", "2", "3"]),
                Question(id: "a2", text: "?", allowed: [.dontKnow, .notApplicable], statements: ["1", "2", "3"]),
            ]),
            Dimension(id: "b", name: "B", questions: [
                Question(id: "b1", text: "?", allowed: [], statements: ["1", "2", "3"]),
            ]),
        ])
    static let start = Timestamp(seconds: 1_795_000_000)

    static func fresh() -> Assessment {
        Assessment(framework: framework, response: Response.new(to: framework, id: "r", organisation: "O", at: start))
    }

    @Test func questionsComeDimensionByDimensionWithTheirOptions() {
        let assessment = Self.fresh()
        #expect(assessment.questions.map(\.question.id) == ["a1", "a2", "b1"])
        #expect(assessment.questions.map(\.dimension) == [0, 0, 1])
        let a2 = assessment.questions[1].question
        #expect(assessment.options(for: a2) == [.stage("low"), .stage("mid"), .stage("high"), .dontKnow, .notApplicable])
        #expect(assessment.options(for: assessment.questions[2].question) == [.stage("low"), .stage("mid"), .stage("high")])
        #expect(assessment.stageAnswer(number: 2) == .stage("mid"))
        #expect(assessment.stageAnswer(number: 0) == nil && assessment.stageAnswer(number: 4) == nil)
    }

    @Test func anAnswerIsRecordedOnlyWhenTheQuestionOffersIt() {
        var assessment = Self.fresh()
        let notOffered = assessment.record(.notApplicable, at: Self.start)
        let unknown = assessment.record(.stage("nonsense"), at: Self.start)
        #expect(!notOffered && !unknown)
        #expect(assessment.response.answers.isEmpty)
        let recorded = assessment.record(.stage("mid"), at: Timestamp(seconds: Self.start.seconds + 5))
        #expect(recorded)
        #expect(assessment.response.answers == ["a1": .stage("mid")])
        #expect(assessment.response.updated == Timestamp(seconds: Self.start.seconds + 5))
    }

    @Test func movingOnSaysWhenADimensionOpensAndWhenTheEndIsReached() {
        var assessment = Self.fresh()
        let steps = [assessment.moveOn(), assessment.moveOn(), assessment.moveOn()]
        #expect(steps == [.question(1, opensDimension: false), .question(2, opensDimension: true), .finished])
        #expect(assessment.hasReachedEnd)
        // Nothing answered: the end is reached, but the response stays in progress.
        #expect(assessment.response.status == .inProgress)
        #expect(assessment.index == 2)
    }

    @Test func goingBackStopsAtTheFirstQuestion() {
        var assessment = Self.fresh()
        let atFirst = assessment.goBack()
        #expect(!atFirst)
        assessment.go(to: 99)
        #expect(assessment.index == 2)
        let back = assessment.goBack()
        #expect(back)
        #expect(assessment.index == 1)
    }

    @Test func afterTheEndAnsweringTheLastOpenQuestionFinishesAgain() {
        var assessment = Self.fresh()
        assessment.record(.stage("low"), at: Self.start)
        _ = assessment.moveOn()
        _ = assessment.moveOn()
        assessment.record(.stage("high"), at: Self.start)
        let end = assessment.moveOn()
        #expect(end == .finished)
        #expect(assessment.response.status == .inProgress)
        // Back to the skipped question: answering it finishes at once, complete.
        assessment.go(to: 1)
        assessment.record(.dontKnow, at: Self.start)
        let again = assessment.moveOn()
        #expect(again == .finished)
        #expect(assessment.response.status == .complete)
    }

    @Test func resumingIsPureAndStartsAtTheFirstUnansweredQuestion() {
        var earlier = Response.new(to: Self.framework, id: "earlier", organisation: "Earlier", at: Self.start)
        earlier.answers = ["a1": .stage("low"), "b1": .stage("mid")]
        earlier.status = .complete  // whatever the file said: the answers decide
        var assessment = Self.fresh()
        let step = assessment.resume(ResumeOffer(path: "/r.yaml", response: earlier))
        #expect(step == .question(1, opensDimension: false))
        #expect(assessment.response.id == "earlier")
        #expect(assessment.response.status == .inProgress)
        #expect(assessment.index == 1)

        earlier.answers["a2"] = .notApplicable
        var done = Self.fresh()
        let finished = done.resume(ResumeOffer(path: "/r.yaml", response: earlier))
        #expect(finished == .finished)
        #expect(done.response.status == .complete)
        #expect(done.index == 2)
    }

    @Test func notesAndDetailsAreKeptAsGiven() {
        var assessment = Self.fresh()
        assessment.setNote("ask Sam", at: Self.start)
        #expect(assessment.response.notes == ["a1": "ask Sam"])
        assessment.setNote("", at: Self.start)
        #expect(assessment.response.notes.isEmpty)
        assessment.set(.organisation, to: "Food Bank")
        assessment.set(.respondent, to: "")
        assessment.set(.team, to: "Kitchen")
        #expect(assessment.response.organisation == "Food Bank")
        #expect(assessment.response.respondent == nil)
        #expect(assessment.response.team == "Kitchen")
    }

    // MARK: - Properties over any sequence of steps

    /// One step a person can take: 0-5 record the option of that number (if offered),
    /// 6 moves on, 7 goes back, 8 and 9 jump to a question.
    static func apply(_ step: Int, to assessment: inout Assessment, at time: Timestamp) {
        switch step {
        case 0...5:
            let options = assessment.options(for: assessment.current.question)
            if step < options.count { assessment.record(options[step], at: time) }
        case 6: _ = assessment.moveOn()
        case 7: assessment.goBack()
        default: assessment.go(to: step == 8 ? 0 : 2)
        }
    }

    static let stepsGen = Gen.int(in: 0...9).array(of: 0...40)

    @Test func noSequenceOfStepsCallsAResponseWithAnOpenQuestionComplete() async {
        await propertyCheck(count: 400, input: Self.stepsGen) { steps in
            var assessment = Self.fresh()
            var previous = assessment.response.updated
            for (offset, step) in steps.enumerated() {
                Self.apply(step, to: &assessment, at: Timestamp(seconds: Self.start.seconds + Int64(offset % 7)))
                #expect(assessment.questions.indices.contains(assessment.index))
                #expect(assessment.response.status != .complete || assessment.isComplete)
                #expect(assessment.response.updated >= previous)
                previous = assessment.response.updated
                for place in assessment.questions {
                    if let answer = assessment.response.answers[place.question.id] {
                        #expect(assessment.options(for: place.question).contains(answer))
                    }
                }
            }
        }
    }

    @Test func resumingAnyUnfinishedResponseKeepsEveryAnswer() async {
        await propertyCheck(count: 300, input: Self.stepsGen, Self.stepsGen) { earlierSteps, laterSteps in
            var first = Self.fresh()
            for step in earlierSteps { Self.apply(step, to: &first, at: Self.start) }
            var resumed = Self.fresh()
            let step = resumed.resume(ResumeOffer(path: "/r.yaml", response: first.response))
            #expect(resumed.response.answers == first.response.answers)
            if let open = first.firstUnanswered {
                #expect(step == .question(open, opensDimension: false))
                #expect(resumed.index == open)
                #expect(resumed.response.status == .inProgress)
            } else {
                #expect(step == .finished)
                #expect(resumed.response.status == .complete)
            }
            // Carrying on never loses what the earlier session answered, unless answered again.
            for later in laterSteps { Self.apply(later, to: &resumed, at: Self.start) }
            for (id, _) in first.response.answers { #expect(resumed.response.answers[id] != nil) }
        }
    }
}

/// Issue 15, item 1, in the model: confirming records only what the person chose.
@Suite struct AssessmentConfirmationTests {
    typealias F = AssessmentTests

    @Test func confirmingWithoutAChoiceFirstAsksThenSkips() {
        var assessment = F.fresh()
        let asked = assessment.confirm(nil, at: F.start)
        #expect(asked == .needsChoice)
        #expect(assessment.toldHowToAnswer == 0)
        let skipped = assessment.confirm(nil, at: F.start)
        #expect(skipped == .skipped(.question(1, opensDimension: false)))
        #expect(assessment.response.answers.isEmpty)
        // Told on one question is not told on the next.
        let askedAgain = assessment.confirm(nil, at: F.start)
        #expect(askedAgain == .needsChoice)
    }

    @Test func aChoiceOrAnEarlierAnswerIsKeptAndMovesOn() {
        var assessment = F.fresh()
        let chosen = assessment.confirm(.stage("high"), at: F.start)
        #expect(chosen == .answered(.question(1, opensDimension: false)))
        assessment.goBack()
        let kept = assessment.confirm(nil, at: F.start)
        #expect(kept == .answered(.question(1, opensDimension: false)))
        #expect(assessment.response.answers == ["a1": .stage("high")])
        // An answer the question does not offer is no choice.
        assessment.go(to: 2)
        let refused = assessment.confirm(.notApplicable, at: F.start)
        #expect(refused == .needsChoice)
    }

    @Test func noSequenceOfConfirmationsWithoutAChoiceRecordsAnything() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...3).array(of: 0...30)) { steps in
            var assessment = F.fresh()
            for step in steps {
                switch step {
                case 0: assessment.goBack()
                case 1: _ = assessment.moveOn()
                default: _ = assessment.confirm(nil, at: F.start)
                }
            }
            #expect(assessment.response.answers.isEmpty)
            #expect(assessment.response.status == .inProgress)
        }
    }
}
