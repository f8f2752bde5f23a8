/// The assessment's words in British English: the words of every other language without its own.
extension ScreenText {
    public static let english = ScreenText(
        language: "en",

        dontKnow: "Don't know",
        notApplicable: "Not applicable",
        dontKnowInSentence: "don't know",
        notApplicableInSentence: "not applicable",
        questionOf: { number, total in "Question \(number) of \(total)" },
        dimensionOf: { number, total in "Dimension \(number) of \(total)" },
        answeredOf: { answered, total in "\(answered) of \(total) answered" },
        percent: { percent in "\(percent)%" },
        moreAbove: "↑ more",
        moreBelow: "↓ more",

        enterKey: "Enter",
        escapeKey: "Esc",
        hintScroll: "scroll",
        hintPage: "page",
        hintQuit: "quit",
        hintCarryOn: "carry on",
        hintStartAgain: "start again",
        hintStartAgainShort: "new",
        hintStart: "start",
        hintMoveBetweenFields: "move between fields",
        hintMoveBetweenFieldsShort: "fields",
        hintScrollTheText: "scroll the text",
        hintScrollTheTextShort: "scroll",
        hintBegin: "begin",
        hintBeginShort: "begin",
        hintBack: "back",
        hintOverview: "overview",
        hintOverviewShort: "list",
        hintMove: "move",
        hintConfirm: "confirm",
        hintConfirmShort: "ok",
        hintGuidance: "guidance",
        hintGuidanceShort: "guide",
        hintNote: "note",
        hintBackToTheQuestion: "back to the question",
        hintBackToTheQuestionShort: "back",
        hintSaveNote: "save note",
        hintSaveNoteShort: "save",
        hintCancel: "cancel",
        hintGoToIt: "go to it",
        hintGoToItShort: "go",
        hintChangeAnswers: "change answers",
        hintChangeAnswersShort: "answers",
        hintLastQuestion: "last question",
        hintLastQuestionShort: "back",

        typeOrganisationFirst: "Please type your organisation's name first.",
        savedAndCtrlCLeaves: "Your answers are saved; Ctrl-C leaves.",
        noDontKnowAnswer: "This question has no \"Don't know\" answer.",
        noNotApplicableAnswer: "This question has no \"Not applicable\" answer.",
        noGuidance: "This question has no guidance.",
        chooseAnAnswerFirst: { stages in "No answer yet: press 1-\(stages), or ↑↓ and Enter. Enter again skips it." },
        chooseAnAnswerFirstShort: { stages in "Type 1-\(stages) or ↑↓; Enter skips" },
        noteRemoved: "Note removed.",
        noteSaved: "Note saved.",
        noteLength: { count, limit in "\(Self.grouped(count, separator: ",")) of \(Self.grouped(limit, separator: ",")) characters" },
        noteFull: { limit in "A note holds \(Self.grouped(limit, separator: ",")) characters at most; nothing more can be added." },
        pasteCut: { leftOut, limit in
            "A note holds \(Self.grouped(limit, separator: ",")) characters at most: the last \(Self.grouped(leftOut, separator: ",")) character\(leftOut == 1 ? " of the paste was" : "s of the paste were") left out. Enter saves the note."
        },
        notSaved: { reason in "Not saved: \(reason)" },

        enlargeTerminal: { need, have in "Please enlarge the terminal (need \(need), have \(have))" },
        answersAreSaved: "Your answers are saved.",
        pressCtrlCToLeave: "Press Ctrl-C to leave.",

        unfinishedAssessment: "You have an unfinished assessment",
        lastAnswered: { day, organisation, answered, total in
            "Last answered on \(day)\(organisation.isEmpty ? "" : ", for \(organisation)"), with \(answered) of \(total) questions answered."
        },
        carryOnWhereYouLeftOff: "carry on where you left off",
        startANewAssessment: "start a new assessment (the unfinished one stays saved)",

        formLabels: ["Organisation", "Your name (optional)", "Team (optional)", "Role (optional)"],
        questionsAndMinutes: { questions, dimensions, minutes in
            "\(Self.count(questions, "question")) in \(Self.count(dimensions, "dimension")), about \(Self.count(minutes, "minute"))."
        },
        whatIsSaved: { folder in
            "Your answers, your notes and the name, team and role you give are saved as soon as you give them, in \(folder)"
        },

        questionsThenBegin: { count in "\(Self.count(count, "question")). Press Enter to begin." },
        yourNotePrefix: "Your note: ",
        pressForGuidance: "Press ? to read the guidance on this question.",
        guidanceHeading: "Guidance",
        noteEditorHeading: "Your note on this question:",
        overviewHeading: "All questions: choose one to go to it",

        yourResults: "Your results",
        overallPrefix: "Overall: ",
        score: { score in score },
        scoreOutOf: { score, stages in "\(score) of \(stages)" },
        onTheWay: { next, percent in "On the way to \(next): \(percent)% of the way there." },
        notScoredYet: "Not scored yet: no question has been answered with a statement.",
        notScored: "not scored",
        strongestAndWeakest: { strongest, weakest in "Strongest: \(strongest).  Weakest: \(weakest)." },
        unknownsIntro: { count in
            "You answered \"don't know\" to \(count == 1 ? "one question" : "\(count) questions"); finding these out is a useful first step:"
        },
        unansweredAdvice: { count in
            count == 1 ? "1 question is not answered yet: press Tab to answer it."
                : "\(count) questions are not answered yet: press Tab to answer them."
        },
        nextSteps: "Next steps",
        nextStepHeading: { dimension, from, toward in "\(dimension): from \(from) toward \(toward)" },
        savedIn: { path in "Your answers are saved in \(path)" },

        fieldPrompts: ["Organisation: ", "Your name (optional, press Enter to skip): ", "Team (optional): ", "Role (optional): "],
        plainIntroduction: { questions, dimensions in
            "\(Self.count(questions, "question")) in \(Self.count(dimensions, "dimension")). Answer with the number of the statement that fits best."
        },
        plainWhatIsSaved: { folder in "Each answer, and the name, team and role you give, is saved as soon as you give it, in \(folder)" },
        plainResumeOffer: { day, organisation, answered, total in
            "You have an unfinished assessment: last answered on \(day)\(organisation.isEmpty ? "" : ", for \(organisation)"), with \(answered) of \(total) questions answered."
        },
        plainResumePrompt: "Carry on with it? (y to carry on, n to start a new one): ",
        yesAnswers: ["y", "yes"],
        noAnswers: ["n", "no"],
        typeYesOrNo: "Please type y or n.",
        organisationNeeded: "The organisation's name is needed.",
        plainDimension: { number, total, name in "Dimension \(number) of \(total): \(name)" },
        plainQuestion: { number, total, text in "Question \(number) of \(total): \(text)" },
        answerSoFar: { answer in "(Your answer so far: \(answer).)" },
        answerPrompt: { choices in "Answer (\(choices), b back, ? guidance): " },
        noGuidanceForQuestion: "There is no guidance for this question.",
        guidancePrefix: "Guidance: ",
        typeAChoice: { choices in "Please type \(choices), b to go back or ? for guidance." },
        plainChooseAnAnswerFirst: { choices in "No answer yet: type \(choices). Press Enter again to leave this question unanswered." },
        plainOverall: { stage, score, stages in "Overall: \(stage), \(score) of \(stages)." },
        plainOnTheWay: { next, percent in "On the way to \(next), \(percent) percent of the way there." },
        plainNotScored: "Not scored: no question was answered with a statement.",
        plainDimensionScore: { dimension, stage, score in "\(dimension): \(stage), \(score)." },
        plainDimensionNotScored: { dimension in "\(dimension): not scored." },
        plainStrongestAndWeakest: { strongest, weakest in "Strongest: \(strongest). Weakest: \(weakest)." },
        plainUnknownQuestion: { number, text in "Question \(number): \(text)" },
        plainUnanswered: { count in "Not answered: \(Self.count(count, "question"))." },
        plainNextStep: { dimension, from, toward in "\(dimension), from \(from) toward \(toward):" },

        finalSavedIn: { path, state in "Your answers are saved in \(path) (\(state))." },
        stateComplete: "complete",
        stateInProgress: "in progress",
        stateInProgressRunAgain: "in progress: run the same command again to carry on",
        stateInProgressForScripts: "in progress: to carry on, run the same command with --resume, or run it in a terminal",
        nothingSaved: "No answer was given, so nothing was saved.",
        openInAnotherSession: "the file is open in another session of maturity",
        unfinishedOpenElsewhere: { path in
            "your unfinished assessment in \(path) is open in another session, so it is not offered here: carry on there, or close it and run maturity again. A new assessment starts here."
        },
        inputEnded: { answered, total, kept in
            "input ended after \(answered) of \(total) questions\(kept ? "; the answers so far are saved, in progress" : "")"
        },
        noUnfinishedAssessment: { folder in "you have no unfinished assessment of this framework in \(folder); starting a new one" },
        answersNotSaved: { questions, folder, fallback in
            let list = Self.numberList(questions, and: "and", more: { "and \($0) more" })
            let these = questions.count == 1 ? "the answer to question \(list) is" : "the answers to questions \(list) are"
            return "\(these) not saved: they could be saved neither in \(folder) nor in \(fallback). Free some space or choose another folder with --out, and give \(questions.count == 1 ? "that answer" : "those answers") again"
        },
        answersKeptElsewhere: { folder, fallback in "some answers could not be saved in \(folder); they are kept in \(fallback)" },
        folderUnusable: { reason, fallback in "\(reason); answers will be kept in \(fallback) instead" },
        saveKeptElsewhere: { reason, folder, path in "\(reason) in \(folder); kept in \(path)" },
        saveFailedTwice: { reason, folder, second, fallback in "\(reason) in \(folder), and \(second) in \(fallback)" },

        workshopWhatIsSaved: "Your answers, your notes and the name, team and role you give are saved on the workshop's computer as soon as you give them.",
        rejoinAdvice: "If your connection drops, join again with this command and the same room code, and you carry on where you were:",
        rejoinShort: { name in "rejoin as \(name)" },
        workshopSavedComplete: "Your answers are saved for the workshop. Thank you!",
        workshopSavedInProgress: { command in "Your answers so far are saved for the workshop. To carry on, join again with: \(command)" },
        workshopEnded: "The workshop has ended. Your answers are saved. Thank you for taking part!",
        workshopIdle: { minutes, command in
            "You were disconnected after \(Self.count(minutes, "minute")) without a key. Your answers are saved; to carry on, join again with: \(command)"
        },
        workshopRoomFull: { seats in "The room is full: \(Self.count(seats, "person", plural: "people")) connected. Ask the host, or try again in a few minutes." },
        workshopReplaced: "This assessment was opened again from another connection, which carries on with it. Your answers are saved.",
        workshopOnlyTheAssessment: { command in "Only the assessment runs here. Join with ssh and no command, like this: \(command)" },
        workshopCouldNotStart: "The assessment could not be started on the workshop's computer. Please tell the host.",
        workshopStoppedUnexpectedly: { command in
            "Your assessment stopped unexpectedly. The answers you gave are saved; to carry on, join again with: \(command)"
        },
        workshopBanner: "Workshop: your password is the room code shown on the screen."
    )

    /// "1 question", "28 questions": English plurals add an s, unless they are irregular.
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}
