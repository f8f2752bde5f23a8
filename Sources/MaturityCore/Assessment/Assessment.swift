/// One person's way through a framework's questions, as a value: the questions in order,
/// where the person is, what they answered, and when the response is complete.
///
/// Both front ends wrap it (the full screen's `AppState` and the line-by-line `PlainSession`),
/// so that every rule about answering, moving on, going back and resuming is written once.
/// Nothing here knows how a question is shown or which key was pressed.
public struct Assessment: Sendable {
    /// A question and the dimension (by position) that holds it.
    public struct Place: Sendable, Equatable {
        public var dimension: Int
        public var question: Question

        public init(dimension: Int, question: Question) {
            self.dimension = dimension
            self.question = question
        }
    }

    /// Where moving on leads.
    public enum Step: Sendable, Equatable {
        /// To the question at this position; `opensDimension` when it is the first one seen
        /// of a dimension other than the last question's (a front end introduces it).
        case question(Int, opensDimension: Bool)
        /// Past the last question, or every question answered after the end was reached
        /// once: the results.
        case finished
    }

    /// What confirming a question (Enter) did.
    public enum Confirmation: Sendable, Equatable {
        /// The answer chosen, or the one given before, is kept; on to the step.
        case answered(Step)
        /// Nothing chosen on a question with no answer: nothing is recorded, and the person
        /// is to be told how to answer (and that confirming again skips the question).
        case needsChoice
        /// Confirmed again without a choice: on to the step, the question left unanswered.
        case skipped(Step)
    }

    /// The details asked before the first question, in the order they are asked.
    public enum Detail: Int, Sendable, CaseIterable {
        case organisation, respondent, team, role
    }

    public let framework: Framework
    /// Every question, dimension by dimension.
    public let questions: [Place]
    public var response: Response
    /// The question the person is at.
    public private(set) var index = 0
    /// The person has been to the end once: from then on, answering the last open question
    /// finishes again rather than walking on through questions already answered.
    public private(set) var hasReachedEnd = false
    /// The question where the person was just told how to answer, until they move.
    public private(set) var toldHowToAnswer: Int?

    public init(framework: Framework, response: Response) {
        self.framework = framework
        self.response = response
        questions = framework.dimensions.enumerated().flatMap { index, dimension in
            dimension.questions.map { Place(dimension: index, question: $0) }
        }
    }

    // MARK: - Derived

    /// The question the person is at.
    public var current: Place { questions[min(index, questions.count - 1)] }

    /// The answers offered for a question, in the order shown: one per stage, then the others
    /// it allows.
    public func options(for question: Question) -> [Answer] {
        framework.stages.map { Answer.stage($0.id) }
            + (question.allows(.dontKnow) ? [.dontKnow] : [])
            + (question.allows(.notApplicable) ? [.notApplicable] : [])
    }

    /// The answer a stage number (from 1) stands for, or nil when there is no such stage.
    public func stageAnswer(number: Int) -> Answer? {
        guard number >= 1, number <= framework.stages.count else { return nil }
        return .stage(framework.stages[number - 1].id)
    }

    /// The answer given to the question at `position`, if any.
    public func answer(at position: Int) -> Answer? {
        response.answers[questions[position].question.id]
    }

    public var answeredCount: Int {
        questions.filter { response.answers[$0.question.id] != nil }.count
    }

    /// Every question has an answer (a stage, "don't know" or "not applicable").
    public var isComplete: Bool { answeredCount == questions.count }

    /// The first question without an answer, nil when there is none.
    public var firstUnanswered: Int? {
        questions.firstIndex { response.answers[$0.question.id] == nil }
    }

    // MARK: - Moving

    /// To the question at `position`, kept within the questions.
    public mutating func go(to position: Int) {
        index = min(max(position, 0), questions.count - 1)
        toldHowToAnswer = nil
    }

    /// Back one question; false (and nothing changes) at the first.
    @discardableResult
    public mutating func goBack() -> Bool {
        guard index > 0 else { return false }
        go(to: index - 1)
        return true
    }

    /// On to the next question, answered or not, or to the end.
    ///
    /// The response is complete only when every question has an answer: someone who skipped
    /// questions reaches the end and is told which are still open, and the file stays in
    /// progress, so that a report does not count it yet and the next run offers to carry on.
    public mutating func moveOn() -> Step {
        let next = index + 1
        guard next < questions.count, !(hasReachedEnd && isComplete) else { return finish() }
        let opens = questions[next].dimension != current.dimension
        go(to: next)
        return .question(next, opensDimension: opens)
    }

    /// To the end: the status says whether every question is answered.
    mutating func finish() -> Step {
        toldHowToAnswer = nil
        response.status = isComplete ? .complete : .inProgress
        hasReachedEnd = true
        return .finished
    }

    // MARK: - Recording

    /// Records `answer` to the current question; false (and nothing changes) when the
    /// question does not offer it.
    @discardableResult
    public mutating func record(_ answer: Answer, at time: Timestamp) -> Bool {
        guard options(for: current.question).contains(answer) else { return false }
        response.answers[current.question.id] = answer
        response.updated = max(time, response.updated)
        return true
    }

    /// Confirms the current question (Enter) with the answer the person chose, nil when they
    /// chose none. No answer is ever recorded that the person did not choose: on a question
    /// with no answer, confirming without a choice first asks for one, and only confirming
    /// again moves on, the question left unanswered.
    public mutating func confirm(_ choice: Answer?, at time: Timestamp) -> Confirmation {
        if let choice, record(choice, at: time) { return .answered(moveOn()) }
        if answer(at: index) != nil { return .answered(moveOn()) }
        if toldHowToAnswer == index { return .skipped(moveOn()) }
        toldHowToAnswer = index
        return .needsChoice
    }

    /// The current question's note; empty text removes it.
    public mutating func setNote(_ text: String, at time: Timestamp) {
        let id = current.question.id
        if text.isEmpty { response.notes.removeValue(forKey: id) } else { response.notes[id] = text }
        response.updated = max(time, response.updated)
    }

    /// One of the details asked first; an optional one left empty is not given.
    public mutating func set(_ detail: Detail, to text: String) {
        let given = text.isEmpty ? nil : text
        switch detail {
        case .organisation: response.organisation = text
        case .respondent: response.respondent = given
        case .team: response.team = given
        case .role: response.role = given
        }
    }

    // MARK: - Resuming

    /// Carries on the offered unfinished response: its answers, from its first unanswered
    /// question, or its results when every question is answered.
    public mutating func resume(_ offer: ResumeOffer) -> Step {
        response = offer.response
        response.status = .inProgress
        guard let next = firstUnanswered else {
            go(to: questions.count - 1)
            return finish()
        }
        go(to: next)
        // Carried on where it was left: no dimension is introduced again.
        return .question(next, opensDimension: false)
    }
}
