import MaturityCore

/// The assessment as lines of text in and out: how a screen-reader user takes it, and how a
/// script fills it in. Pure: the shell prints `output`, reads a line, and carries out effects.
public struct PlainSession: Sendable {
    enum Step: Sendable, Equatable {
        case resumeOffer
        case field(Int)
        case question(Int)
        case finished
    }

    public let framework: Framework
    public var response: Response
    public var savedPath: String?
    public var resumeOffer: AppState.ResumeOffer?
    /// Where the answers are saved, said before the first question.
    public let outputFolder: String?
    let questions: [AppState.QuestionRef]
    var step: Step
    var introducedDimension = -1

    /// `askDetails`: false when the organisation was given, so that nothing is asked before
    /// the first question.
    public init(framework: Framework, response: Response, askDetails: Bool, resumeOffer: AppState.ResumeOffer? = nil,
                outputFolder: String? = nil) {
        self.framework = framework
        self.outputFolder = outputFolder
        self.response = response
        self.resumeOffer = resumeOffer
        questions = framework.dimensions.enumerated().flatMap { index, dimension in
            dimension.questions.map { AppState.QuestionRef(dimension: index, question: $0) }
        }
        step = resumeOffer != nil ? .resumeOffer : askDetails ? .field(0) : .question(0)
    }

    public var isFinished: Bool { step == .finished }

    static let fieldPrompts = ["Organisation: ", "Your name (optional, press Enter to skip): ",
                               "Team (optional): ", "Role (optional): "]

    /// What to print before the first line is read.
    public mutating func start() -> [String] {
        var lines = [framework.title, "\(questions.count) questions in \(framework.dimensions.count) dimensions. Answer with the number of the statement that fits best."]
        if let outputFolder {
            lines.append("Each answer, and the name, team and role you give, is saved as soon as you give it, in \(outputFolder)")
        }
        lines += prompt()
        return lines
    }

    /// The question or field being asked, as lines (the last is the prompt itself).
    mutating func prompt() -> [String] {
        switch step {
        case .resumeOffer:
            guard let offer = resumeOffer else { return [] }
            let organisation = offer.organisation.isEmpty ? "" : ", for \(offer.organisation)"
            return ["You have an unfinished assessment: last answered on \(offer.updated.day)\(organisation), with \(offer.answered) of \(questions.count) questions answered.",
                    "Carry on with it? (y to carry on, n to start a new one): "]
        case .field(let index):
            return [Self.fieldPrompts[index]]
        case .question(let index):
            let ref = questions[index]
            var lines: [String] = []
            if ref.dimension != introducedDimension {
                introducedDimension = ref.dimension
                let dimension = framework.dimensions[ref.dimension]
                lines.append("")
                lines.append("Dimension \(ref.dimension + 1) of \(framework.dimensions.count): \(dimension.name)")
                if let description = dimension.description { lines.append(description.trimmed) }
            }
            lines.append("")
            lines.append("Question \(index + 1) of \(questions.count): \(ref.question.text)")
            for (number, statement) in ref.question.statements.enumerated() {
                lines.append("  \(number + 1). \(statement)")
            }
            if ref.question.allows(.dontKnow) { lines.append("  d. Don't know") }
            if ref.question.allows(.notApplicable) { lines.append("  n. Not applicable") }
            if let current = response.answers[ref.question.id] {
                lines.append("  (Your answer so far: \(describe(current)).)")
            }
            lines.append("Answer (\(choices(for: ref.question)), b back, ? guidance): ")
            return lines
        case .finished:
            return []
        }
    }

    func choices(for question: Question) -> String {
        var choices = "1-\(framework.stages.count)"
        if question.allows(.dontKnow) { choices += ", d" }
        if question.allows(.notApplicable) { choices += ", n" }
        return choices
    }

    func describe(_ answer: Answer) -> String {
        switch answer {
        case .stage(let id):
            let index = framework.stageIndex(of: id) ?? 0
            return "\(index + 1), \(framework.stages[index].name)"
        case .dontKnow: return "don't know"
        case .notApplicable: return "not applicable"
        }
    }

    /// Reads one line of input: prints what follows and says what the shell must do.
    public mutating func input(_ line: String, at time: Timestamp = .now()) -> (output: [String], effects: [Effect]) {
        let text = SafeText.sanitize(line, keepNewlines: false).trimmed
        switch step {
        case .resumeOffer:
            switch text.lowercased() {
            case "y", "yes", "": return ([], [.resume])
            case "n", "no":
                resumeOffer = nil
                step = .field(0)
                return (prompt(), [])
            default: return (["Please type y or n."] + prompt(), [])
            }
        case .field(let index):
            if index == 0 && text.isEmpty { return (["The organisation's name is needed."] + prompt(), []) }
            switch index {
            case 0: response.organisation = text
            case 1: response.respondent = text.isEmpty ? nil : text
            case 2: response.team = text.isEmpty ? nil : text
            default: response.role = text.isEmpty ? nil : text
            }
            step = index < 3 ? .field(index + 1) : .question(0)
            return (prompt(), [])
        case .question(let index):
            return answer(text, to: index, at: time)
        case .finished:
            return ([], [])
        }
    }

    mutating func answer(_ text: String, to index: Int, at time: Timestamp) -> (output: [String], effects: [Effect]) {
        let question = questions[index].question
        let answer: Answer
        switch text.lowercased() {
        case "b", "back":
            if index > 0 { step = .question(index - 1) }
            return (prompt(), [])
        case "?":
            let guidance = question.guidance?.trimmed ?? "There is no guidance for this question."
            return (["Guidance: " + guidance, "Answer (\(choices(for: question)), b back, ? guidance): "], [])
        case "d" where question.allows(.dontKnow): answer = .dontKnow
        case "n" where question.allows(.notApplicable): answer = .notApplicable
        default:
            guard let number = Int(text), number >= 1, number <= framework.stages.count else {
                return (["Please type \(choices(for: question)), b to go back or ? for guidance."]
                        + ["Answer (\(choices(for: question)), b back, ? guidance): "], [])
            }
            answer = .stage(framework.stages[number - 1].id)
        }
        response.answers[question.id] = answer
        response.updated = max(time, response.updated)
        if index + 1 < questions.count {
            step = .question(index + 1)
            return (prompt(), [.save])
        }
        response.status = .complete
        step = .finished
        return (resultLines(), [.save])
    }

    /// The results as plain sentences: no bars or symbols, which screen readers read badly.
    public func resultLines() -> [String] {
        let summary = ResultSummary(scores: Scoring.score(response, in: framework), framework: framework)
        var lines = ["", "Your results"]
        if let overall = summary.overall, let stage = summary.overallStageName {
            var sentence = "Overall: \(stage), \(Scoring.display(overall)) of \(framework.stages.count)."
            if let next = summary.nextStageName, let progress = summary.progressToNext, progress >= 0.01 {
                sentence += " On the way to \(next), \(AppState.percent(progress)) percent of the way there."
            }
            lines.append(sentence)
        } else {
            lines.append("Not scored: no question was answered with a statement.")
        }
        for dimension in summary.dimensions {
            if let score = dimension.score, let stage = dimension.stageName {
                lines.append("\(dimension.name): \(stage), \(Scoring.display(score)).")
            } else {
                lines.append("\(dimension.name): not scored.")
            }
        }
        if !summary.strongest.isEmpty {
            lines.append("Strongest: \(summary.strongest.joined(separator: ", ")). Weakest: \(summary.weakest.joined(separator: ", ")).")
        }
        let unknown = questions.enumerated().filter { response.answers[$0.element.question.id] == .dontKnow }
        if !unknown.isEmpty {
            let count = unknown.count == 1 ? "one question" : "\(unknown.count) questions"
            lines.append("You answered \"don't know\" to \(count); finding these out is a useful first step:")
            lines += unknown.map { "  Question \($0.offset + 1): \($0.element.question.text)" }
        }
        if summary.unanswered > 0 { lines.append("Not answered: \(summary.unanswered) questions.") }
        if !summary.nextSteps.isEmpty {
            lines.append("")
            lines.append("Next steps")
            for step in summary.nextSteps {
                lines.append("\(step.dimensionName), from \(step.fromStage) toward \(step.toStage):")
                lines += step.text.trimmed.split(separator: "\n").map { "  " + $0 }
            }
        }
        return lines
    }

    /// Continues an unfinished assessment from its first unanswered question.
    public mutating func resume(with earlier: Response, path: String) -> [String] {
        response = earlier
        response.status = .inProgress
        savedPath = path
        resumeOffer = nil
        guard let next = questions.firstIndex(where: { earlier.answers[$0.question.id] == nil }) else {
            response.status = .complete
            step = .finished
            return resultLines()
        }
        step = .question(next)
        return prompt()
    }

    /// How many questions are answered, for the message when input ends early.
    public var answeredCount: Int { questions.filter { response.answers[$0.question.id] != nil }.count }
}
