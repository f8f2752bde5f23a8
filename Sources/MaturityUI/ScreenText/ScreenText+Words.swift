import MaturityCore

/// The screens' words made from a language file (languages/*.yaml): each phrase is looked up by
/// its key and its blanks filled with values written as the language writes them (decimals,
/// digit groups, dates). The file is completed from the English first, so every key is there.
extension ScreenText {
    public init(words: LanguageFile) {
        let text: @Sendable (String, [String: String]) -> String = { key, values in
            words.text(key, values) ?? words.plural(key, count: 0, values) ?? Self.missing(key)
        }
        let counted: @Sendable (String, Int, [String: String]) -> String = { key, count, values in
            words.plural(key, count: count, values) ?? words.text(key, values) ?? Self.missing(key)
        }
        let phrase: @Sendable (String) -> String = { text($0, [:]) }
        let number: @Sendable (Int) -> String = { words.grouped($0) }
        let questions: @Sendable (Int) -> String = { counted("count-questions", $0, ["count": number($0)]) }
        let dimensions: @Sendable (Int) -> String = { counted("count-dimensions", $0, ["count": number($0)]) }
        let list: @Sendable ([Int]) -> String = { numbers in
            Self.numberList(numbers.map(number), last: { text("list-last", ["list": $0, "last": $1]) },
                            more: { counted("list-more", $1, ["list": $0, "count": number($1)]) })
        }
        let answered: @Sendable (String, String, String, Int, Int) -> String = { key, day, organisation, count, total in
            var values = ["day": words.day(day), "answered": number(count), "total": number(total)]
            if !organisation.isEmpty { values["organisation"] = organisation }
            return counted(organisation.isEmpty ? key : key + "-for", count, values)
        }
        // "y, yes": what a person may type, lower case.
        let choices: @Sendable (String) -> [String] = { key in
            phrase(key).split(separator: ",").map { String($0.filter { $0 != " " }).lowercased() }.filter { !$0.isEmpty }
        }

        self.init(
            language: words.language,
            dontKnow: phrase("dont-know"),
            notApplicable: phrase("not-applicable"),
            dontKnowInSentence: phrase("dont-know-in-sentence"),
            notApplicableInSentence: phrase("not-applicable-in-sentence"),
            questionOf: { text("question-of", ["number": number($0), "total": number($1)]) },
            dimensionOf: { text("dimension-of", ["number": number($0), "total": number($1)]) },
            answeredOf: { counted("answered-of", $0, ["answered": number($0), "total": number($1)]) },
            percent: { text("percent", ["percent": String($0)]) },
            moreAbove: phrase("more-above"),
            moreBelow: phrase("more-below"),

            enterKey: phrase("key-enter"),
            escapeKey: phrase("key-escape"),
            hintScroll: phrase("hint-scroll"),
            hintPage: phrase("hint-page"),
            hintQuit: phrase("hint-quit"),
            hintCarryOn: phrase("hint-carry-on"),
            hintChoose: phrase("hint-choose"),
            hintSeeResults: phrase("hint-see-results"),
            hintStartAgain: phrase("hint-start-again"),
            hintStartAgainShort: phrase("hint-start-again-short"),
            hintStart: phrase("hint-start"),
            hintMoveBetweenFields: phrase("hint-move-between-fields"),
            hintMoveBetweenFieldsShort: phrase("hint-move-between-fields-short"),
            hintScrollTheText: phrase("hint-scroll-the-text"),
            hintScrollTheTextShort: phrase("hint-scroll-the-text-short"),
            hintBegin: phrase("hint-begin"),
            hintBeginShort: phrase("hint-begin-short"),
            hintBack: phrase("hint-back"),
            hintOverview: phrase("hint-overview"),
            hintOverviewShort: phrase("hint-overview-short"),
            hintMove: phrase("hint-move"),
            hintConfirm: phrase("hint-confirm"),
            hintConfirmShort: phrase("hint-confirm-short"),
            hintGuidance: phrase("hint-guidance"),
            hintGuidanceShort: phrase("hint-guidance-short"),
            hintNote: phrase("hint-note"),
            hintBackToTheQuestion: phrase("hint-back-to-the-question"),
            hintBackToTheQuestionShort: phrase("hint-back-to-the-question-short"),
            hintSaveNote: phrase("hint-save-note"),
            hintSaveNoteShort: phrase("hint-save-note-short"),
            hintCancel: phrase("hint-cancel"),
            hintGoToIt: phrase("hint-go-to-it"),
            hintGoToItShort: phrase("hint-go-to-it-short"),
            hintChangeAnswers: phrase("hint-change-answers"),
            hintChangeAnswersShort: phrase("hint-change-answers-short"),
            hintLastQuestion: phrase("hint-last-question"),
            hintLastQuestionShort: phrase("hint-last-question-short"),

            typeOrganisationFirst: phrase("type-organisation-first"),
            savedAndCtrlCLeaves: phrase("saved-and-ctrl-c-leaves"),
            noDontKnowAnswer: phrase("no-dont-know-answer"),
            noNotApplicableAnswer: phrase("no-not-applicable-answer"),
            noGuidance: phrase("no-guidance"),
            chooseAnAnswerFirst: { text("choose-an-answer-first", ["stages": String($0)]) },
            chooseAnAnswerFirstShort: { text("choose-an-answer-first-short", ["stages": String($0)]) },
            noteRemoved: phrase("note-removed"),
            noteSaved: phrase("note-saved"),
            noteLength: { counted("note-length", $0, ["count": number($0), "limit": number($1)]) },
            noteFull: { text("note-full", ["limit": number($0)]) },
            pasteCut: { counted("paste-cut", $0, ["left-out": number($0), "limit": number($1)]) },
            notSaved: { text("not-saved", ["reason": $0]) },

            enlargeTerminal: { text("enlarge-terminal", ["need": "\($0)", "have": "\($1)"]) },
            answersAreSaved: phrase("answers-are-saved"),
            pressCtrlCToLeave: phrase("press-ctrl-c-to-leave"),

            unfinishedAssessment: phrase("unfinished-assessment"),
            lastAnswered: { answered("last-answered", $0, $1, $2, $3) },
            carryOnWhereYouLeftOff: phrase("carry-on-where-you-left-off"),
            startANewAssessment: phrase("start-a-new-assessment"),
            finishedAssessment: phrase("finished-assessment"),
            finishedOn: { day, organisation in
                organisation.isEmpty ? text("finished-on", ["day": words.day(day)])
                    : text("finished-on-for", ["day": words.day(day), "organisation": organisation])
            },
            seeItsResultsAgain: phrase("see-its-results-again"),
            startANewAssessmentAfterFinished: phrase("start-a-new-assessment-after-finished"),

            formLabels: ["form-organisation", "form-name", "form-team", "form-role"].map(phrase),
            questionsAndMinutes: { count, inDimensions, minutes in
                text("questions-and-minutes", ["questions": questions(count), "dimensions": dimensions(inDimensions),
                                               "minutes": counted("count-minutes", minutes, ["count": number(minutes)])])
            },
            whatIsSaved: { text("what-is-saved", ["folder": $0]) },
            screenReaderAdvice: phrase("screen-reader-advice"),

            questionsThenBegin: { text("questions-then-begin", ["questions": questions($0)]) },
            yourNotePrefix: phrase("your-note-prefix"),
            howToAnswer: { text("how-to-answer", ["keys": $0]) },
            pressForGuidance: phrase("press-for-guidance"),
            guidanceHeading: phrase("guidance-heading"),
            noteEditorHeading: phrase("note-editor-heading"),
            overviewHeading: phrase("overview-heading"),

            yourResults: phrase("your-results"),
            overallPrefix: phrase("overall-prefix"),
            score: { words.number($0) },
            scoreOutOf: { text("score-out-of", ["score": words.number($0), "maximum": words.number($1)]) },
            onTheWay: { text("on-the-way", ["next": $0, "percent": String($1)]) },
            notScoredYet: phrase("not-scored-yet"),
            resultBasis: { scored, total, scoredAreas, areas in
                counted("result-basis", scored, ["scored": number(scored), "total": number(total),
                                                 "scored-areas": number(scoredAreas), "areas": number(areas)])
            },
            firstStageIsAStart: { text("first-stage-is-a-start", ["stage": $0]) },
            notScored: phrase("not-scored"),
            strongestAndWeakest: { text("strongest-and-weakest", ["strongest": $0, "weakest": $1]) },
            tooFewToCompare: phrase("too-few-to-compare"),
            unknownsIntro: { counted("unknowns-intro", $0, ["count": number($0)]) },
            unansweredAdvice: { counted("unanswered-advice", $0, ["count": number($0)]) },
            nextSteps: phrase("next-steps"),
            whereToStart: phrase("where-to-start"),
            whereToStartStep: { text("where-to-start-step", ["dimension": $0, "step": $1]) },
            nextStepHeading: { text("next-step-heading", ["dimension": $0, "from": $1, "toward": $2]) },
            questionStepHeading: { text("question-step-heading", ["number": number($0), "stage": $1, "question": $2]) },
            areasHeading: phrase("areas-heading"),
            keepItUp: { text("keep-it-up", ["dimension": $0, "stage": $1]) },
            savedIn: { text("saved-in", ["path": $0]) },

            fieldPrompts: ["prompt-organisation", "prompt-name", "prompt-team", "prompt-role"].map(phrase),
            plainIntroduction: { text("plain-introduction", ["questions": questions($0), "dimensions": dimensions($1)]) },
            plainWhatIsSaved: { text("plain-what-is-saved", ["folder": $0]) },
            plainResumeOffer: { answered("plain-resume-offer", $0, $1, $2, $3) },
            plainResumePrompt: phrase("plain-resume-prompt"),
            plainFinishedPrompt: phrase("plain-finished-prompt"),
            yesAnswers: choices("yes-answers"),
            noAnswers: choices("no-answers"),
            typeYesOrNo: phrase("type-yes-or-no"),
            organisationNeeded: phrase("organisation-needed"),
            detailLooksLikeAnAnswer: phrase("detail-looks-like-an-answer"),
            plainDimension: { text("plain-dimension", ["number": number($0), "total": number($1), "name": $2]) },
            plainQuestion: { text("plain-question", ["number": number($0), "total": number($1), "text": $2]) },
            answerSoFar: { text("answer-so-far", ["answer": $0]) },
            answerPrompt: { text("answer-prompt", ["choices": $0]) },
            noGuidanceForQuestion: phrase("no-guidance-for-question"),
            guidancePrefix: phrase("guidance-prefix"),
            typeAChoice: { text("type-a-choice", ["choices": $0]) },
            plainChooseAnAnswerFirst: { text("plain-choose-an-answer-first", ["choices": $0]) },
            plainNotePrompt: phrase("plain-note-prompt"),
            plainNoteUnchanged: phrase("plain-note-unchanged"),
            plainOverall: { text("plain-overall", ["stage": $0, "score": words.number($1), "maximum": words.number($2)]) },
            plainOnTheWay: { text("plain-on-the-way", ["next": $0, "percent": String($1)]) },
            plainNotScored: phrase("plain-not-scored"),
            plainDimensionScore: { text("plain-dimension-score", ["dimension": $0, "stage": $1, "score": words.number($2)]) },
            plainDimensionNotScored: { text("plain-dimension-not-scored", ["dimension": $0]) },
            plainStrongestAndWeakest: { text("plain-strongest-and-weakest", ["strongest": $0, "weakest": $1]) },
            plainUnknownQuestion: { text("plain-unknown-question", ["number": number($0), "text": $1]) },
            plainUnanswered: { text("plain-unanswered", ["questions": questions($0)]) },
            plainNextStep: { text("plain-next-step", ["dimension": $0, "from": $1, "toward": $2]) },

            finalSavedIn: { text("final-saved-in", ["path": $0, "state": $1]) },
            stateComplete: phrase("state-complete"),
            stateInProgress: phrase("state-in-progress"),
            stateInProgressRunAgain: phrase("state-in-progress-run-again"),
            stateInProgressForScripts: phrase("state-in-progress-for-scripts"),
            reportHow: { text("report-how", ["command": $0]) },
            nothingSaved: phrase("nothing-saved"),
            openInAnotherSession: phrase("open-in-another-session"),
            unfinishedOpenElsewhere: { text("unfinished-open-elsewhere", ["path": $0]) },
            inputEnded: { count, total, kept in
                counted(kept ? "input-ended-kept" : "input-ended", count, ["answered": number(count), "total": number(total)])
            },
            inputEndedBeforeTheQuestions: phrase("input-ended-before-the-questions"),
            noUnfinishedAssessment: { text("no-unfinished-assessment", ["folder": $0]) },
            answersNotSaved: { numbers, folder, fallback in
                counted("answers-not-saved", numbers.count, ["questions": list(numbers), "folder": folder, "fallback": fallback])
            },
            answersKeptElsewhere: { text("answers-kept-elsewhere", ["folder": $0, "fallback": $1]) },
            folderUnusable: { text("folder-unusable", ["reason": $0, "fallback": $1]) },
            saveKeptElsewhere: { text("save-kept-elsewhere", ["reason": $0, "folder": $1, "path": $2]) },
            saveFailedTwice: { text("save-failed-twice", ["reason": $0, "folder": $1, "second-reason": $2, "fallback": $3]) },

            workshopWhatIsSaved: phrase("workshop-what-is-saved"),
            rejoinAdvice: phrase("rejoin-advice"),
            rejoinShort: { text("rejoin-short", ["name": $0]) },
            workshopSavedComplete: phrase("workshop-saved-complete"),
            workshopSavedInProgress: { text("workshop-saved-in-progress", ["command": $0]) },
            workshopEnded: phrase("workshop-ended"),
            workshopIdle: { counted("workshop-idle", $0, ["minutes": number($0), "command": $1]) },
            workshopRoomFull: { counted("workshop-room-full", $0, ["seats": number($0)]) },
            workshopReplaced: phrase("workshop-replaced"),
            workshopOnlyTheAssessment: { text("workshop-only-the-assessment", ["command": $0]) },
            workshopCouldNotStart: phrase("workshop-could-not-start"),
            workshopStoppedUnexpectedly: { text("workshop-stopped-unexpectedly", ["command": $0]) },
            workshopBanner: phrase("workshop-banner")
        )
    }

    /// Shown for a key the file lacks: never the case for a file completed from the English,
    /// which BuiltInLanguageTests checks by looking for this mark in every phrase.
    static func missing(_ key: String) -> String { "[missing text: \(key)]" }
}
