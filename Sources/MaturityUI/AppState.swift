import MaturityCore

/// Everything the assessment screens show and remember, as a value. Keys change it through
/// `handle(_:)`; `render(size:)` turns it into a Frame. Nothing here touches a terminal or a file:
/// the shell carries out the effects that `handle` returns (saving, resuming, quitting).
public struct AppState: Sendable {
    public enum Screen: Sendable, Equatable {
        case resumeOffer
        case welcome
        case dimensionIntro(Int)
        case question
        /// The question's guidance, as a view of its own that scrolls.
        case guidance
        case overview
        case note
        case results
    }

    public struct StatusMessage: Sendable, Equatable {
        public var text: String
        public var isError: Bool
        /// Said instead when `text` does not fit the status row (a narrow terminal), so that
        /// what matters is not cut off.
        public var short: String?

        public init(text: String, isError: Bool, short: String? = nil) {
            self.text = text
            self.isError = isError
            self.short = short
        }
    }

    /// Where a question sits: its dimension and its place in the flat list.
    public typealias QuestionRef = Assessment.Place

    public var framework: Framework { assessment.framework }
    /// The screens' own words: those of the framework's language unless the caller gives
    /// others, with the framework's names for "don't know" and "not applicable" put in as they
    /// are given (`ScreenText.forFramework`).
    public var words: ScreenText {
        get { wordsForFramework }
        set { wordsForFramework = newValue.forFramework(framework) }
    }
    private var wordsForFramework: ScreenText
    /// The questions, the answers and the rules for moving through them, shared with plain mode.
    public var assessment: Assessment
    public var screen: Screen
    public var form: WelcomeForm
    /// The option the cursor is on in the current question.
    public var highlighted = 0
    /// The person moved the cursor on this question (or picked by number): the highlighted
    /// option is their choice. Until then it is only where the cursor starts.
    public var hasChosen = false
    public var overviewSelection = 0
    /// How far each scrolling view is scrolled, in lines; kept within bounds once the
    /// terminal's size is known.
    public var resultsScroll = 0
    public var guidanceScroll = 0
    public var introScroll = 0
    public var welcomeScroll = 0
    /// The terminal's size as last reported (`Key.resize`), nil before the shell says.
    public var terminalSize: Size?
    public var noteDraft = NoteDraft()
    /// Between the start and the end of a paste (bracketed paste): the text goes into the note
    /// or the field being typed, and nothing else acts on it.
    public var isPasting = false
    /// Characters of the paste under way that did not fit in the note.
    var pasteLeftOut = 0
    /// The scrolling figures of the screen as last laid out (see `scrollMetrics`).
    let scrollMemo = ScrollMetrics.Memo()
    public var message: StatusMessage?
    /// Where answers are saved, shown on the welcome screen.
    public var outputFolder: String
    /// The response file, once the first answer is saved.
    public var savedPath: String?
    public var resumeOffer: ResumeOffer?
    /// In a workshop room: how the participant comes back, shown on the screens; nil elsewhere.
    public var workshop: WorkshopSeat?

    public init(framework: Framework, response: Response, form: WelcomeForm, outputFolder: String,
                resumeOffer: ResumeOffer? = nil) {
        wordsForFramework = ScreenText(language: framework.language).forFramework(framework)
        assessment = Assessment(framework: framework, response: response)
        self.form = form
        // Shown, never opened: made safe once, as every name from outside is.
        self.outputFolder = SafeText.sanitize(outputFolder, keepNewlines: false)
        self.resumeOffer = resumeOffer
        screen = resumeOffer == nil ? .welcome : .resumeOffer
    }

    // MARK: - Derived

    public var questions: [QuestionRef] { assessment.questions }

    public var response: Response {
        get { assessment.response }
        set { assessment.response = newValue }
    }

    public var questionIndex: Int { assessment.index }

    /// The person has been through to the results once: from then on, Tab comes back to them,
    /// and answering the last open question shows them again.
    public var hasSeenResults: Bool { assessment.hasReachedEnd }

    public var currentQuestion: QuestionRef { assessment.current }

    public var currentDimension: Dimension { framework.dimensions[currentQuestion.dimension] }

    public var currentOptions: [Answer] { assessment.options(for: currentQuestion.question) }

    public var answeredCount: Int { assessment.answeredCount }

    /// Roughly how long the assessment takes, at about half a minute a question.
    public var estimatedMinutes: Int { max(1, (questions.count + 1) / 2) }

    /// True when the last reported size is below the smallest the screens are laid out for.
    public var terminalIsTooSmall: Bool {
        guard let size = terminalSize else { return false }
        return size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    // MARK: - Changes the shell reports back

    /// The shell saved the response at `path`.
    public mutating func saved(at path: String) {
        savedPath = path
        if message?.isError == true { message = nil }
    }

    /// The shell could not save: say so plainly, and where the answers are kept instead.
    public mutating func saveFailed(_ reason: String) {
        message = StatusMessage(text: words.notSaved(reason), isError: true)
    }

    /// Carries on the offered unfinished assessment: its answers, from the first unanswered
    /// question, or its results when none is left.
    public mutating func resume(_ offer: ResumeOffer) {
        savedPath = offer.path
        resumeOffer = nil
        let step = assessment.resume(offer)
        form = WelcomeForm(organisation: response.organisation, respondent: response.respondent ?? "",
                           team: response.team ?? "", role: response.role ?? "")
        show(step)
    }

    /// The screen a step of the assessment leads to: a question, a dimension's opening, or
    /// the results (from the top).
    mutating func show(_ step: Assessment.Step) {
        switch step {
        case .question(let index, opensDimension: true): openIntro(questions[index].dimension)
        case .question(let index, opensDimension: false): go(toQuestion: index)
        case .finished:
            screen = .results
            resultsScroll = 0
        }
    }

    mutating func go(toQuestion index: Int) {
        assessment.go(to: index)
        screen = .question
        hasChosen = false
        let answer = response.answers[currentQuestion.question.id]
        highlighted = answer.flatMap { currentOptions.firstIndex(of: $0) } ?? 0
    }
}

/// The welcome screen's short form: the organisation, then the optional name, team and role
/// (their labels are `ScreenText.formLabels`).
public struct WelcomeForm: Sendable, Equatable {
    /// The most characters a field takes.
    public static let fieldLimit = 120

    public var fields: [String]
    public var focus = 0

    public init(organisation: String = "", respondent: String = "", team: String = "", role: String = "") {
        fields = [organisation, respondent, team, role]
        // Start where typing is needed: the organisation, or the name when the organisation is given.
        focus = organisation.isEmpty ? 0 : 1
    }

    public var organisation: String { fields[0].trimmed }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
