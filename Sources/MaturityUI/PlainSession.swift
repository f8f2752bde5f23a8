import MaturityCore

/// The assessment as lines of text in and out: how a screen-reader user takes it, and how a
/// script fills it in. Pure: the shell prints `output`, reads a line, and carries out effects.
public struct PlainSession: Sendable {
    enum Step: Sendable, Equatable {
        case resumeOffer
        case field(Int)
        case question
        /// The next line is the current question's note.
        case note
        case finished
    }

    public var framework: Framework { assessment.framework }
    /// The prompts' and messages' words: those of the framework's language unless the caller
    /// gives others, with the framework's names for "don't know" and "not applicable" put in as
    /// they are given (`ScreenText.forFramework`).
    public var words: ScreenText {
        get { wordsForFramework }
        set { wordsForFramework = newValue.forFramework(framework) }
    }
    private var wordsForFramework: ScreenText
    /// The questions, the answers and the rules for moving through them, shared with the full screen.
    public var assessment: Assessment
    public var response: Response { assessment.response }
    public var savedPath: String?
    public var resumeOffer: ResumeOffer?
    /// Where the answers are saved, said before the first question.
    public let outputFolder: String?
    /// In a workshop room: how the participant comes back, said before the first question.
    public var workshop: WorkshopSeat?
    var questions: [Assessment.Place] { assessment.questions }
    var step: Step
    var introducedDimension = -1

    /// `askDetails`: false when the organisation was given, so that nothing is asked before
    /// the first question.
    public init(framework: Framework, response: Response, askDetails: Bool, resumeOffer: ResumeOffer? = nil,
                outputFolder: String? = nil) {
        wordsForFramework = ScreenText(language: framework.language).forFramework(framework)
        self.outputFolder = outputFolder.map { SafeText.sanitize($0, keepNewlines: false) }
        assessment = Assessment(framework: framework, response: response)
        self.resumeOffer = resumeOffer
        step = resumeOffer != nil ? .resumeOffer : askDetails ? .field(0) : .question
    }

    public var isFinished: Bool { step == .finished }

    /// What to print before the first line is read.
    public mutating func start() -> [String] {
        var lines = [framework.title, words.plainIntroduction(questions.count, framework.dimensions.count)]
        if let workshop {
            lines.append(words.workshopWhatIsSaved)
            lines.append(words.rejoinAdvice)
            lines.append("  " + workshop.rejoinCommand)
        } else if let outputFolder {
            lines.append(words.plainWhatIsSaved(outputFolder))
        }
        lines += prompt()
        return lines
    }

    /// The question or field being asked, as lines (the last is the prompt itself).
    mutating func prompt() -> [String] {
        switch step {
        case .resumeOffer:
            guard let offer = resumeOffer else { return [] }
            if offer.isFinished {
                return [words.finishedAssessment, words.finishedOn(offer.updated.day, offer.organisation), words.plainFinishedPrompt]
            }
            return [words.plainResumeOffer(offer.updated.day, offer.organisation, offer.answered, questions.count),
                    words.plainResumePrompt]
        case .field(let index):
            return [words.fieldPrompts[index]]
        case .question:
            let index = assessment.index
            let ref = questions[index]
            var lines: [String] = []
            if ref.dimension != introducedDimension {
                introducedDimension = ref.dimension
                let dimension = framework.dimensions[ref.dimension]
                lines.append("")
                lines.append(words.plainDimension(ref.dimension + 1, framework.dimensions.count, dimension.name))
                if let description = dimension.description { lines.append(description.trimmed) }
            }
            lines.append("")
            lines.append(words.plainQuestion(index + 1, questions.count, ref.question.text))
            for (number, statement) in ref.question.statements.enumerated() {
                lines.append("  \(number + 1). \(statement)")
                // What the statement means for this question, under it.
                if let guidance = ref.question.guidance(forStatementAt: number) {
                    lines += guidance.trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { "     " + $0 }
                }
            }
            if ref.question.allows(.dontKnow) { lines.append("  d. " + words.dontKnow) }
            if ref.question.allows(.notApplicable) { lines.append("  a. " + words.notApplicable) }
            if let current = response.answers[ref.question.id] {
                lines.append("  " + words.answerSoFar(describe(current)))
            }
            if let note = response.notes[ref.question.id] { lines.append("  " + words.yourNotePrefix + note) }
            lines.append(words.answerPrompt(choices(for: ref.question)))
            return lines
        case .note:
            return [words.plainNotePrompt]
        case .finished:
            return []
        }
    }

    func choices(for question: Question) -> String {
        AnswerKeys.list(for: question, stageCount: framework.stages.count)
    }

    func describe(_ answer: Answer) -> String {
        switch answer {
        case .stage(let id):
            let index = framework.stageIndex(of: id) ?? 0
            return "\(index + 1), \(framework.stages[index].name)"
        case .dontKnow: return words.dontKnowInSentence
        case .notApplicable: return words.notApplicableInSentence
        }
    }

    /// Reads one line of input: prints what follows and says what the shell must do.
    public mutating func input(_ line: String, at time: Timestamp = .now()) -> (output: [String], effects: [Effect]) {
        let text = SafeText.sanitize(line, keepNewlines: false).trimmed
        switch step {
        case .resumeOffer:
            let answer = text.lowercased()
            if answer.isEmpty || words.yesAnswers.contains(answer), let offer = resumeOffer {
                return (resume(offer), [.resumed])
            }
            guard words.noAnswers.contains(answer) else { return ([words.typeYesOrNo] + prompt(), []) }
            resumeOffer = nil
            step = .field(0)
            return (prompt(), [])
        case .field(let index):
            if index == 0 && text.isEmpty { return ([words.organisationNeeded] + prompt(), []) }
            // A script's answers piped in without --organisation: never taken as the details.
            if Self.looksLikeAnAnswer(text) { return ([words.detailLooksLikeAnAnswer] + prompt(), []) }
            if let detail = Assessment.Detail(rawValue: index) { assessment.set(detail, to: text) }
            step = index + 1 < Assessment.Detail.allCases.count ? .field(index + 1) : .question
            return (prompt(), [])
        case .question:
            return answer(text, at: time)
        case .note:
            return note(text, at: time)
        case .finished:
            return ([], [])
        }
    }

    /// The line typed after `n`: the question's note. Enter alone leaves the note as it was,
    /// a single "-" removes it; then back to the same question's prompt.
    mutating func note(_ text: String, at time: Timestamp) -> (output: [String], effects: [Effect]) {
        step = .question
        let id = assessment.current.question.id
        let before = response.notes[id]
        let prompt = words.answerPrompt(choices(for: assessment.current.question))
        switch text {
        case "":
            return ([words.plainNoteUnchanged, prompt], [])
        case "-":
            guard before != nil else { return ([words.plainNoteUnchanged, prompt], []) }
            assessment.setNote("", at: time)
            return ([words.noteRemoved, prompt], [.save])
        default:
            var draft = NoteDraft()
            let cut = draft.append(text) > 0 ? [words.noteFull(NoteDraft.limit)] : []
            guard draft.text != before else { return (cut + [words.noteSaved, prompt], []) }
            assessment.setNote(draft.text, at: time)
            return (cut + [words.noteSaved, prompt], [.save])
        }
    }

    mutating func answer(_ text: String, at time: Timestamp) -> (output: [String], effects: [Effect]) {
        let question = assessment.current.question
        let choices = choices(for: question)
        // What the person chose; nil for an empty line, which chooses nothing.
        let choice: Answer?
        switch text.lowercased() {
        case "b", "back":
            assessment.goBack()
            return (prompt(), [])
        case "q", "quit":
            return ([], [.quit])
        case "n":
            step = .note
            return (prompt(), [])
        case "?":
            let guidance = question.guidance?.trimmed ?? words.noGuidanceForQuestion
            return ([words.guidancePrefix + guidance, words.answerPrompt(choices)], [])
        case "": choice = nil
        case "d" where question.allows(.dontKnow): choice = .dontKnow
        case "a" where question.allows(.notApplicable): choice = .notApplicable
        default:
            guard let number = Int(text), let stage = assessment.stageAnswer(number: number) else {
                return ([words.typeAChoice(choices), words.answerPrompt(choices)], [])
            }
            choice = stage
        }
        let before = response
        switch assessment.confirm(choice, at: time) {
        case .needsChoice:
            return ([words.plainChooseAnAnswerFirst(choices), words.answerPrompt(choices)], [])
        case .answered(let step):
            return (show(step), [.save])
        case .skipped(let step):
            // Nothing new to keep, unless reaching the end changed the response's status.
            return (show(step), response != before ? [.save] : [])
        }
    }

    /// The results as plain sentences: no bars or symbols, which screen readers read badly.
    public func resultLines() -> [String] {
        let scores = Scoring.score(response, in: framework)
        let summary = ResultSummary(scores: scores, framework: framework, answers: response.answers)
        let basis = ResultBasis(scores: scores)
        let guide = ResultGuide(scores: scores, framework: framework)
        var lines = ["", words.yourResults]
        lines.append(words.resultBasis(basis.scoredQuestions, basis.questions, basis.scoredDimensions, basis.dimensions))
        if summary.unanswered > 0 { lines.append(words.plainUnanswered(summary.unanswered)) }
        if let overall = summary.overall, let stage = summary.overallStageName {
            var sentence = words.plainOverall(stage, Scoring.display(overall), framework.scale.maximumText)
            if let next = summary.nextStageName, let progress = summary.progressToNext, progress >= 0.01 {
                sentence += " " + words.plainOnTheWay(next, AppState.percent(progress))
            }
            lines.append(sentence)
            if let description = stageDescription(for: overall) { lines.append("  " + description) }
        } else {
            lines.append(words.plainNotScored)
        }
        if let first = framework.stages.first, guide.showsFirstStage { lines.append(words.firstStageIsAStart(first.name)) }
        if !guide.whereToStart.isEmpty {
            lines.append("")
            lines.append(words.whereToStart)
            lines += guide.whereToStart.map { "  " + words.whereToStartStep($0.dimensionName, $0.text) }
        }
        lines.append("")
        for dimension in summary.dimensions {
            if let score = dimension.score, let stage = dimension.stageName {
                lines.append(words.plainDimensionScore(dimension.name, stage, Scoring.display(score)))
                if let description = stageDescription(for: score) { lines.append("  " + description) }
            } else {
                lines.append(words.plainDimensionNotScored(dimension.name))
            }
        }
        if !summary.areas.isEmpty { lines.append(words.areasHeading) }
        for area in summary.areas {
            if let score = area.score, let stage = area.stageName {
                lines.append("  " + words.plainDimensionScore(area.name, stage, Scoring.display(score)))
            } else {
                lines.append("  " + words.plainDimensionNotScored(area.name))
            }
        }
        if !basis.namesStrongestAndWeakest {
            if basis.scoredDimensions > 0 { lines.append(words.tooFewToCompare) }
        } else if !summary.strongest.isEmpty {
            lines.append(words.plainStrongestAndWeakest(summary.strongest.joined(separator: ", "), summary.weakest.joined(separator: ", ")))
        }
        let unknown = questions.enumerated().filter { response.answers[$0.element.question.id] == .dontKnow }
        if !unknown.isEmpty {
            lines.append(words.unknownsIntro(unknown.count))
            lines += unknown.map { "  " + words.plainUnknownQuestion($0.offset + 1, $0.element.question.text) }
        }
        if !guide.byDimension.isEmpty || !summary.questionSteps.isEmpty {
            lines.append("")
            lines.append(words.nextSteps)
            for group in guide.byDimension {
                guard let toward = group.toStage else {
                    lines.append(words.keepItUp(group.dimensionName, group.fromStage))
                    continue
                }
                lines.append(words.plainNextStep(group.dimensionName, group.fromStage, toward))
                lines += group.steps.map { "  " + $0 }
            }
            for step in summary.questionSteps {
                lines.append(words.questionStepHeading(step.number, step.stage, step.questionText))
                lines += step.text.trimmed.split(separator: "\n").map { "  " + $0 }
            }
        }
        return lines
    }

    /// What the stage of a score means, as the framework says it.
    func stageDescription(for score: Double) -> String? {
        framework.stages[framework.scale.stageIndex(for: score)].description?.trimmed
    }

    /// Carries on the offered unfinished assessment from its first unanswered question, or
    /// shows its results when none is left.
    public mutating func resume(_ offer: ResumeOffer) -> [String] {
        savedPath = offer.path
        resumeOffer = nil
        return show(assessment.resume(offer))
    }

    /// The lines a step of the assessment leads to: the next question, or the results.
    mutating func show(_ step: Assessment.Step) -> [String] {
        switch step {
        case .question:
            self.step = .question
            return prompt()
        case .finished:
            self.step = .finished
            return resultLines()
        }
    }

    /// A line that answers a question (a statement's number, or `d`), typed where a detail
    /// (a name) is asked: refused there, since no organisation, person, team or role is called "2".
    static func looksLikeAnAnswer(_ text: String) -> Bool {
        Int(text) != nil || text.lowercased() == "d"
    }

    /// The details (organisation, name, team, role) are being asked: no question yet.
    public var isAskingDetails: Bool {
        if case .field = step { return true }
        return false
    }

    /// How many questions are answered, for the message when input ends early.
    public var answeredCount: Int { assessment.answeredCount }
}
