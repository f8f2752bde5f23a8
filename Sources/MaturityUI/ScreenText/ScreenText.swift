import MaturityCore

/// The assessment's own words, in one language: every phrase its screens, its line-by-line
/// mode and its closing messages show, besides the framework's texts. The screens follow the
/// framework's language (`ScreenText(language:)`). The words come from the language files in
/// languages/ (`ScreenText(words:)`), built in; a language without a file gets the English.
///
/// A phrase with numbers or names inside is a function, so that callers give values and the
/// language file orders the words and makes the plurals its own way.
public struct ScreenText: Sendable {
    /// The language code these words are in.
    public let language: String
    /// The same language file's words for the figures the workshop view shares with the
    /// reports (`RoomFigures`: "Overall", where people differ, the pooled groups).
    public var reportWords: ReportWords = .english

    // MARK: - Answers and progress

    // The two answers that are not a stage, and the phrases that quote them, are variables:
    // a framework may rename the answers (`forFramework(_:)`).

    public internal(set) var dontKnow: String
    public internal(set) var notApplicable: String
    /// The same answers inside a sentence ("Your answer so far: don't know.").
    public internal(set) var dontKnowInSentence: String
    public internal(set) var notApplicableInSentence: String
    /// "Question 3 of 28".
    public let questionOf: @Sendable (_ number: Int, _ total: Int) -> String
    /// "Dimension 2 of 7".
    public let dimensionOf: @Sendable (_ number: Int, _ total: Int) -> String
    /// "5 of 28 answered", in the header outside the questions.
    public let answeredOf: @Sendable (_ answered: Int, _ total: Int) -> String
    /// "18%", beside the progress bar.
    public let percent: @Sendable (_ percent: Int) -> String

    /// At the right of the screen where there is more to see above, and below.
    public let moreAbove: String
    public let moreBelow: String

    // MARK: - Keys

    /// The names of keys that differ between languages; the others (Tab, PgUp, Ctrl-C) are
    /// printed on the keys themselves.
    public let enterKey: String
    public let escapeKey: String
    /// What each key does in the key bar, in full and in a shorter form for narrow terminals.
    public let hintScroll: String
    public let hintPage: String
    public let hintQuit: String
    public let hintCarryOn: String
    /// After the keys that answer a question, when the screen has no room to say them otherwise.
    public let hintChoose: String
    public let hintSeeResults: String
    public let hintStartAgain: String
    public let hintStartAgainShort: String
    public let hintStart: String
    public let hintMoveBetweenFields: String
    public let hintMoveBetweenFieldsShort: String
    public let hintScrollTheText: String
    public let hintScrollTheTextShort: String
    public let hintBegin: String
    public let hintBeginShort: String
    public let hintBack: String
    public let hintOverview: String
    public let hintOverviewShort: String
    public let hintMove: String
    public let hintConfirm: String
    public let hintConfirmShort: String
    public let hintGuidance: String
    public let hintGuidanceShort: String
    public let hintNote: String
    public let hintBackToTheQuestion: String
    public let hintBackToTheQuestionShort: String
    public let hintSaveNote: String
    public let hintSaveNoteShort: String
    public let hintCancel: String
    public let hintGoToIt: String
    public let hintGoToItShort: String
    public let hintChangeAnswers: String
    public let hintChangeAnswersShort: String
    public let hintLastQuestion: String
    public let hintLastQuestionShort: String

    // MARK: - Status messages

    public let typeOrganisationFirst: String
    public let savedAndCtrlCLeaves: String
    public internal(set) var noDontKnowAnswer: String
    public internal(set) var noNotApplicableAnswer: String
    public let noGuidance: String
    /// Enter on a question with no answer and none chosen: how to answer, and how to skip it.
    public let chooseAnAnswerFirst: @Sendable (_ stages: Int) -> String
    /// The same in 30 columns, for a narrow terminal.
    public let chooseAnAnswerFirstShort: @Sendable (_ stages: Int) -> String
    public let noteRemoved: String
    public let noteSaved: String
    /// "120 of 2,000 characters", under the note being typed.
    public let noteLength: @Sendable (_ count: Int, _ limit: Int) -> String
    /// Typing past the limit.
    public let noteFull: @Sendable (_ limit: Int) -> String
    /// A paste that did not all fit: how many characters were left out.
    public let pasteCut: @Sendable (_ leftOut: Int, _ limit: Int) -> String
    /// "Not saved: " and why.
    public let notSaved: @Sendable (_ reason: String) -> String

    // MARK: - Too small

    /// "Please enlarge the terminal (need 40x12, have 30x8)".
    public let enlargeTerminal: @Sendable (_ need: Size, _ have: Size) -> String
    public let answersAreSaved: String
    public let pressCtrlCToLeave: String

    // MARK: - Resume offer

    public let unfinishedAssessment: String
    /// "Last answered on 2026-11-21, for Example Trust, with 6 of 28 questions answered."
    /// (`organisation` empty: no "for" part).
    public let lastAnswered: @Sendable (_ day: String, _ organisation: String, _ answered: Int, _ total: Int) -> String
    public let carryOnWhereYouLeftOff: String
    public let startANewAssessment: String
    /// The offer of the last finished assessment, to see its results again.
    public let finishedAssessment: String
    /// "Finished on 2026-11-21, for Example Trust." (`organisation` empty: no "for" part).
    public let finishedOn: @Sendable (_ day: String, _ organisation: String) -> String
    public let seeItsResultsAgain: String
    public let startANewAssessmentAfterFinished: String

    // MARK: - Welcome

    /// The form's labels: the organisation, the name, the team and the role.
    public let formLabels: [String]
    /// "28 questions in 7 dimensions, about 14 minutes."
    public let questionsAndMinutes: @Sendable (_ questions: Int, _ dimensions: Int, _ minutes: Int) -> String
    public let whatIsSaved: @Sendable (_ folder: String) -> String
    /// On the welcome screen: how a screen-reader user gets the line-by-line mode.
    public let screenReaderAdvice: String

    // MARK: - Dimension opening, questions and the views over them

    /// "4 questions. Press Enter to begin."
    public let questionsThenBegin: @Sendable (_ count: Int) -> String
    /// "Your note: ", before the note under a question.
    public let yourNotePrefix: String
    /// Under the statements: "Type 1-5, d or ↑↓ to choose (saved at once); Enter goes on."
    public let howToAnswer: @Sendable (_ keys: String) -> String
    public let pressForGuidance: String
    public let guidanceHeading: String
    public let noteEditorHeading: String
    public let overviewHeading: String

    // MARK: - Results

    public let yourResults: String
    /// "Overall: ", before the stage.
    public let overallPrefix: String
    /// A score as this language writes it: 2.3, or 2,3 in French.
    public let score: @Sendable (_ score: String) -> String
    /// "2.3 of 5": a score as the scoring writes it, out of the highest score (the last stage's value).
    public let scoreOutOf: @Sendable (_ score: String, _ maximum: String) -> String
    /// "On the way to Developing: 30% of the way there."
    public let onTheWay: @Sendable (_ nextStage: String, _ percent: Int) -> String
    public let notScoredYet: String
    /// Before the headline: "These results rest on 2 of 28 questions answered with a statement, in 2 of 7 areas."
    public let resultBasis: @Sendable (_ scored: Int, _ total: Int, _ scoredAreas: Int, _ areas: Int) -> String
    /// Said when the first stage is shown: what it means, and that it is a start.
    public let firstStageIsAStart: @Sendable (_ stage: String) -> String
    /// Beside a dimension's empty bar.
    public let notScored: String
    /// "Strongest: A, B.  Weakest: C." from the lists already joined.
    public let strongestAndWeakest: @Sendable (_ strongest: String, _ weakest: String) -> String
    /// In place of strongest and weakest when too few areas are scored (`ResultBasis`).
    public let tooFewToCompare: String
    /// "You answered "don't know" to 3 questions; finding these out is a useful first step:"
    public internal(set) var unknownsIntro: @Sendable (_ count: Int) -> String
    /// "2 questions are not answered yet: press Tab to answer them."
    public let unansweredAdvice: @Sendable (_ count: Int) -> String
    public let nextSteps: String
    /// The heading of the first few steps, for the weakest areas.
    public let whereToStart: String
    /// "Tools: Move one paper record …".
    public let whereToStartStep: @Sendable (_ dimension: String, _ step: String) -> String
    /// "Uses: from Emerging toward Learning".
    public let nextStepHeading: @Sendable (_ dimension: String, _ from: String, _ toward: String) -> String
    /// "Question 3, answered Starting: Where do you keep…?", above a question's own next step.
    public let questionStepHeading: @Sendable (_ number: Int, _ stage: String, _ question: String) -> String
    /// The heading over the scores of the areas that group the dimensions.
    public let areasHeading: String
    /// A dimension at the top stage: keep it up.
    public let keepItUp: @Sendable (_ dimension: String, _ stage: String) -> String
    public let savedIn: @Sendable (_ path: String) -> String

    // MARK: - Line by line

    /// The prompts for the form's fields, each ending in ": ".
    public let fieldPrompts: [String]
    public let plainIntroduction: @Sendable (_ questions: Int, _ dimensions: Int) -> String
    public let plainWhatIsSaved: @Sendable (_ folder: String) -> String
    public let plainResumeOffer: @Sendable (_ day: String, _ organisation: String, _ answered: Int, _ total: Int) -> String
    public let plainResumePrompt: String
    public let plainFinishedPrompt: String
    /// What a person may type to carry on, and to start anew, lower case.
    public let yesAnswers: [String]
    public let noAnswers: [String]
    public let typeYesOrNo: String
    public let organisationNeeded: String
    /// A statement's number (or `d`) typed where a name is asked.
    public let detailLooksLikeAnAnswer: String
    /// "Dimension 1 of 7: Uses".
    public let plainDimension: @Sendable (_ number: Int, _ total: Int, _ name: String) -> String
    /// "Question 1 of 28: How does ...?"
    public let plainQuestion: @Sendable (_ number: Int, _ total: Int, _ text: String) -> String
    /// "(Your answer so far: 3, Learning.)"
    public let answerSoFar: @Sendable (_ answer: String) -> String
    /// "Answer (1-5, d, b back, ? guidance): "
    public let answerPrompt: @Sendable (_ choices: String) -> String
    public let noGuidanceForQuestion: String
    /// "Guidance: ", before the guidance.
    public let guidancePrefix: String
    public let typeAChoice: @Sendable (_ choices: String) -> String
    /// An empty line on a question with no answer: how to answer, and how to skip it.
    public let plainChooseAnAnswerFirst: @Sendable (_ choices: String) -> String
    /// After `n`: the line that follows is the question's note.
    public let plainNotePrompt: String
    /// An empty line (or "-" with no note) after `n`.
    public let plainNoteUnchanged: String
    public let plainOverall: @Sendable (_ stage: String, _ score: String, _ maximum: String) -> String
    public let plainOnTheWay: @Sendable (_ nextStage: String, _ percent: Int) -> String
    public let plainNotScored: String
    public let plainDimensionScore: @Sendable (_ dimension: String, _ stage: String, _ score: String) -> String
    public let plainDimensionNotScored: @Sendable (_ dimension: String) -> String
    public let plainStrongestAndWeakest: @Sendable (_ strongest: String, _ weakest: String) -> String
    /// "Question 7: Do you know ...?", in the list of unknowns.
    public let plainUnknownQuestion: @Sendable (_ number: Int, _ text: String) -> String
    public let plainUnanswered: @Sendable (_ count: Int) -> String
    public let plainNextStep: @Sendable (_ dimension: String, _ from: String, _ toward: String) -> String

    // MARK: - Said by the shell

    /// "Your answers are saved in PATH (STATE)."
    public let finalSavedIn: @Sendable (_ path: String, _ state: String) -> String
    public let stateComplete: String
    public let stateInProgress: String
    public let stateInProgressRunAgain: String
    public let stateInProgressForScripts: String
    /// After where the answers are: the command that makes a report of them, to see the results again.
    public let reportHow: @Sendable (_ command: String) -> String
    public let nothingSaved: String
    /// Why a save went elsewhere: the file is open in another session.
    public let openInAnotherSession: String
    /// Said on start when this person's unfinished assessment is open in another session.
    public let unfinishedOpenElsewhere: @Sendable (_ path: String) -> String
    /// The reason the input ended early, after "maturity: ".
    public let inputEnded: @Sendable (_ answered: Int, _ total: Int, _ kept: Bool) -> String
    /// The input ended while the details were asked: how a script gives them.
    public let inputEndedBeforeTheQuestions: String
    public let noUnfinishedAssessment: @Sendable (_ folder: String) -> String
    /// Answers given that are on disk nowhere: which questions (by number), and where saving failed.
    public let answersNotSaved: @Sendable (_ questions: [Int], _ folder: String, _ fallback: String) -> String
    public let answersKeptElsewhere: @Sendable (_ folder: String, _ fallback: String) -> String
    /// The output folder cannot be made: why (from the system), and where answers go instead.
    public let folderUnusable: @Sendable (_ reason: String, _ fallback: String) -> String
    /// A save failed and the answers went to the fallback file.
    public let saveKeptElsewhere: @Sendable (_ reason: String, _ folder: String, _ path: String) -> String
    /// A save failed in both folders.
    public let saveFailedTwice: @Sendable (_ reason: String, _ folder: String, _ secondReason: String, _ fallback: String) -> String

    // MARK: - In a workshop room (`maturity workshop`)

    /// On the welcome screen, in place of the folder the answers go to.
    public let workshopWhatIsSaved: String
    /// How to come back after a dropped connection; the command follows on a line of its own.
    public let rejoinAdvice: String
    /// The rejoin name, short, in the header of every screen.
    public let rejoinShort: @Sendable (_ name: String) -> String
    /// The closing line of a finished assessment.
    public let workshopSavedComplete: String
    /// The closing line of an unfinished one.
    public let workshopSavedInProgress: @Sendable (_ command: String) -> String
    /// Said by the server when the host ends the workshop.
    public let workshopEnded: String
    /// Said by the server when a participant pressed no key for a long time.
    public let workshopIdle: @Sendable (_ minutes: Int, _ command: String) -> String
    public let workshopRoomFull: @Sendable (_ seats: Int) -> String
    /// Said to a connection whose assessment was picked up by a newer one, with the same name.
    public let workshopReplaced: String
    /// Said to a client that asked to run a command, a subsystem, or a second session.
    public let workshopOnlyTheAssessment: @Sendable (_ command: String) -> String
    public let workshopCouldNotStart: String
    /// Said by the server when an assessment was killed or crashed.
    public let workshopStoppedUnexpectedly: @Sendable (_ command: String) -> String
    /// Shown by the participant's SSH client before it asks for the password.
    public let workshopBanner: String
    /// The host's closing lines ("Workshop ended: 23 people joined; 19 finished, …").
    public let workshopEndedNobody: String
    public let workshopEndedSummary: @Sendable (_ joined: Int, _ finished: Int, _ unfinished: Int) -> String
    public let workshopEndedSilent: @Sendable (_ joined: Int, _ finished: Int, _ unfinished: Int, _ silent: Int) -> String
    public let workshopNotStarted: @Sendable (Int) -> String
    public let workshopNext: @Sendable (_ folder: String) -> String

    // MARK: - The presenter (`maturity present`, and the workshop's projector)

    /// "12 responses" in the header.
    public let presenterResponses: @Sendable (_ count: Int) -> String
    /// "2 in progress": assessments begun and not finished.
    public let presenterInProgress: @Sendable (_ count: Int) -> String
    /// "1 unreadable (e)": files that could not be used, and the key that lists them.
    public let presenterUnreadable: @Sendable (_ count: Int) -> String
    public let presenterAllDimensions: String
    /// "Uses  (dimension 2 of 7)".
    public let presenterDimensionCaption: @Sendable (_ name: String, _ number: Int, _ total: Int) -> String
    public let presenterWherePeopleDiffer: String
    public let presenterFilesNotUsed: String
    public let presenterKeys: String
    public let presenterHowToJoin: String
    public let presenterGroupedByTeam: String
    public let presenterGroupedByRole: String
    public let presenterByTeam: String
    public let presenterByRole: String
    public let presenterFrozen: String
    public let presenterFrozenWaiting: String
    public let presenterResultsHidden: String
    public let presenterAnswerFirst: String
    public let presenterMoreAboveAndBelow: String
    public let presenterMoreBelow: String
    public let presenterMoreAbove: String
    public let presenterTheAnswersFolder: String
    public let presenterFolderGone: @Sendable (_ folder: String) -> String
    public let presenterFolderBack: String
    public let presenterFolderMissing: @Sendable (_ folder: String) -> String
    public let presenterFolderMadeWhen: String
    public let presenterFolderUnreadable: @Sendable (_ folder: String, _ reason: String) -> String
    public let presenterWaiting: String
    public let presenterWaitingIn: @Sendable (_ folder: String) -> String
    public let presenterAnswersSoFar: @Sendable (_ count: Int, _ needed: Int) -> String
    public let presenterFiguresAppear: @Sendable (_ minimum: Int) -> String
    /// "Mean 2.3: Learning", from the score as the scoring writes it.
    public let presenterMean: @Sendable (_ score: String, _ stage: String) -> String
    public let presenterMeanMarker: String
    public internal(set) var presenterNotScoredYet: String
    public let presenterGroupScore: @Sendable (_ group: String, _ score: String, _ stage: String) -> String
    public internal(set) var presenterUnknownAnswers: @Sendable (_ count: Int) -> String
    public let presenterNoSplit: String
    public let presenterSplit: @Sendable (_ dimension: String, _ sentence: String) -> String
    /// A question the room is split on: how many chose the low stages, and how many the high.
    public let presenterSplitQuestion: @Sendable (_ question: String, _ low: Int, _ lowStages: String, _ high: Int, _ highStages: String) -> String
    public let presenterAlsoSplit: @Sendable (_ dimensions: String) -> String
    public let presenterFarFromTheRest: String
    public let presenterFarNote: @Sendable (_ dimension: String, _ sentence: String) -> String
    public let presenterTeamProtected: String
    public let presenterRoleProtected: String
    public let presenterTeamTooSmall: @Sendable (_ minimum: Int) -> String
    public let presenterRoleTooSmall: @Sendable (_ minimum: Int) -> String
    public let presenterGroupsPooled: @Sendable (_ minimum: Int) -> String
    public let presenterEveryFileRead: String
    public let presenterEGoesBack: String
    public let presenterFileProblem: @Sendable (_ number: Int, _ reason: String) -> String
    public let presenterFileProblemOnLine: @Sendable (_ number: Int, _ line: Int, _ reason: String) -> String
    public let presenterFileNamesOffScreen: String
    /// Why a file is not used, for the problems a language can say itself.
    public let presenterReasonCannotBeRead: String
    public let presenterReasonDetailsHidden: String
    public let presenterReasonOtherFramework: @Sendable (_ framework: String) -> String
    public let presenterReasonUnknownFramework: String
    public let presenterFolderWord: String
    public let presenterKeySpace: String
    public let presenterHintDimension: String
    public let presenterHintOverview: String
    public let presenterHintDifferences: String
    public let presenterHintGroup: String
    public let presenterHintShow: String
    public let presenterHintHide: String
    public let presenterHintFreeze: String
    public let presenterHintUnfreeze: String
    public let presenterHintErrors: String
    public let presenterHintJoin: String
    public let presenterHintHelp: String
    public let presenterHintEnd: String
    public let presenterHelpViews: String
    public let presenterHelpScroll: String
    public let presenterHelpOverview: String
    public let presenterHelpDifferences: String
    public let presenterHelpGroup: String
    public let presenterHelpHide: String
    public let presenterHelpFreeze: String
    public let presenterHelpErrors: String
    public let presenterHelpHelp: String
    public let presenterHelpQuit: String
    public let presenterHelpJoin: String
    public let presenterHelpEnd: String
    /// Why "3.0" can sit beside the second stage: "2.96 is shown as 2.9, still …".
    public let presenterStageRule: @Sendable (_ example: String, _ shown: String, _ stage: String, _ next: String) -> String
    public let presenterStageRuleShort: String
    public let presenterNoNames: @Sendable (_ minimum: Int) -> String
    public let presenterConnected: @Sendable (_ count: Int) -> String
    public let presenterJoinLabel: String
    public let presenterCodeLabel: String
    public let presenterKeyLabel: String
    public let presenterJoinStepTerminal: String
    public let presenterJoinStepType: String
    public let presenterJoinStepKey: String
    public let presenterJoinStepYes: String
    public let presenterJoinStepCode: String
    public let presenterJoinRejoin: @Sendable (_ user: String) -> String
    public let presenterJoinScreenReader: @Sendable (_ command: String) -> String
    public let presenterJoinOtherAddresses: @Sendable (_ commands: String) -> String
    public let presenterJoinStatus: @Sendable (_ connected: Int, _ joined: Int, _ seats: Int) -> String
    public let presenterEndQuestion: String
    public let presenterEndKeys: String
}
