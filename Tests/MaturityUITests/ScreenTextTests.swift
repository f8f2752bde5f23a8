import MaturityCore
import MaturityUI
import Testing

/// The catalogue of the assessment's own words: every phrase is there in French, written as
/// French is typeset, and the language follows the framework's.
@Suite struct ScreenTextTests {
    /// Phrases that are, or hold, the same words in both languages: "page", "note", "ok" and "code"
    /// are French too, and n answers no in both.
    static let sharedWithEnglish: Set<String> = ["hintPage", "hintNote", "hintConfirmShort", "noAnswers", "presenterCodeLabel"]

    /// Every phrase of `words` by its name, as text. The names come from the catalogue itself
    /// (so that a new phrase cannot be missed); plain texts are read from it, and phrases with
    /// numbers or names inside are called with the samples below, with 1 and 3 where a number
    /// can make a plural. A phrase with no sample is returned with no text.
    static func phrases(of words: ScreenText) -> [(name: String, texts: [String])] {
        Mirror(reflecting: words).children.compactMap { child in
            guard let name = child.label, name != "language", name != "reportWords" else { return nil }
            // Only texts are read through the mirror: it cannot call a stored closure safely.
            if child.value is String || child.value is [String] {
                return (name, (child.value as? String).map { [$0] } ?? (child.value as? [String]) ?? [])
            }
            return (name, calledPhrases[name]?(words) ?? [])
        }
    }

    /// Sample values with no punctuation, so that what the typography test finds is the phrase's own.
    static let calledPhrases: [String: @Sendable (ScreenText) -> [String]] = [
        "questionOf": { [$0.questionOf(1, 28), $0.questionOf(3, 28)] },
        "dimensionOf": { [$0.dimensionOf(1, 7), $0.dimensionOf(3, 7)] },
        "answeredOf": { [$0.answeredOf(1, 28), $0.answeredOf(3, 28)] },
        "percent": { [$0.percent(30)] },
        "notSaved": { [$0.notSaved("no space left on device")] },
        "enlargeTerminal": { [$0.enlargeTerminal(Frame.minimumSize, Size(width: 30, height: 8))] },
        "lastAnswered": { [$0.lastAnswered("2026-11-21", "Example Trust", 1, 28), $0.lastAnswered("2026-11-21", "", 6, 28)] },
        "finishedOn": { [$0.finishedOn("2026-11-21", "Example Trust"), $0.finishedOn("2026-11-21", "")] },
        "questionsAndMinutes": { [$0.questionsAndMinutes(1, 1, 1), $0.questionsAndMinutes(28, 7, 14)] },
        "whatIsSaved": { [$0.whatIsSaved("/srv/answers")] },
        "questionsThenBegin": { [$0.questionsThenBegin(1), $0.questionsThenBegin(3)] },
        "score": { [$0.score("2.3")] },
        "scoreOutOf": { [$0.scoreOutOf("2.3", "5")] },
        "onTheWay": { [$0.onTheWay("Developing", 30)] },
        "strongestAndWeakest": { [$0.strongestAndWeakest("Uses", "Data")] },
        "unknownsIntro": { [$0.unknownsIntro(1), $0.unknownsIntro(3)] },
        "unansweredAdvice": { [$0.unansweredAdvice(1), $0.unansweredAdvice(3)] },
        "nextStepHeading": { [$0.nextStepHeading("Uses", "Emerging", "Learning")] },
        "questionStepHeading": { [$0.questionStepHeading(3, "Emerging", "How")] },
        "savedIn": { [$0.savedIn("/srv/answers/file.yaml")] },
        "plainIntroduction": { [$0.plainIntroduction(1, 1), $0.plainIntroduction(28, 7)] },
        "plainWhatIsSaved": { [$0.plainWhatIsSaved("/srv/answers")] },
        "plainResumeOffer": { [$0.plainResumeOffer("2026-11-21", "Example Trust", 1, 28), $0.plainResumeOffer("2026-11-21", "", 6, 28)] },
        "plainDimension": { [$0.plainDimension(1, 7, "Uses")] },
        "plainQuestion": { [$0.plainQuestion(1, 28, "How")] },
        "answerSoFar": { [$0.answerSoFar("3")] },
        "answerPrompt": { [$0.answerPrompt("1-5, d")] },
        "typeAChoice": { [$0.typeAChoice("1-5, d")] },
        "chooseAnAnswerFirst": { [$0.chooseAnAnswerFirst(5)] },
        "chooseAnAnswerFirstShort": { [$0.chooseAnAnswerFirstShort(5)] },
        "plainChooseAnAnswerFirst": { [$0.plainChooseAnAnswerFirst("1-5, d")] },
        "plainOverall": { [$0.plainOverall("Learning", "2.3", "5")] },
        "plainOnTheWay": { [$0.plainOnTheWay("Developing", 30)] },
        "plainDimensionScore": { [$0.plainDimensionScore("Uses", "Learning", "2.3")] },
        "plainDimensionNotScored": { [$0.plainDimensionNotScored("Uses")] },
        "plainStrongestAndWeakest": { [$0.plainStrongestAndWeakest("Uses", "Data")] },
        "plainUnknownQuestion": { [$0.plainUnknownQuestion(7, "How")] },
        "plainUnanswered": { [$0.plainUnanswered(1), $0.plainUnanswered(3)] },
        "plainNextStep": { [$0.plainNextStep("Uses", "Emerging", "Learning")] },
        "finalSavedIn": { [$0.finalSavedIn("/srv/answers/file.yaml", "complete")] },
        "reportHow": { [$0.reportHow("maturity report file")] },
        "howToAnswer": { [$0.howToAnswer("1-5, d")] },
        "resultBasis": { [$0.resultBasis(1, 28, 1, 7), $0.resultBasis(20, 28, 6, 7)] },
        "firstStageIsAStart": { [$0.firstStageIsAStart("Unaware")] },
        "whereToStartStep": { [$0.whereToStartStep("Uses", "Make a list")] },
        "keepItUp": { [$0.keepItUp("Uses", "Mastering")] },
        "inputEnded": { [$0.inputEnded(1, 28, true), $0.inputEnded(3, 28, false)] },
        "noUnfinishedAssessment": { [$0.noUnfinishedAssessment("/srv/answers")] },
        "answersNotSaved": { [$0.answersNotSaved([5], "/srv/answers", "/srv/unsaved"), $0.answersNotSaved([5, 6, 7], "/srv/answers", "/srv/unsaved")] },
        "noteLength": { [$0.noteLength(1, 2000), $0.noteLength(1234, 2000)] },
        "noteFull": { [$0.noteFull(2000)] },
        "pasteCut": { [$0.pasteCut(1, 2000), $0.pasteCut(98000, 2000)] },
        "unfinishedOpenElsewhere": { [$0.unfinishedOpenElsewhere("/srv/answers/file.yaml")] },
        "answersKeptElsewhere": { [$0.answersKeptElsewhere("/srv/answers", "/srv/unsaved")] },
        "folderUnusable": { [$0.folderUnusable("permission denied", "/srv/unsaved")] },
        "saveKeptElsewhere": { [$0.saveKeptElsewhere("disk full", "/srv/answers", "/srv/unsaved/file.yaml")] },
        "saveFailedTwice": { [$0.saveFailedTwice("disk full", "/srv/answers", "permission denied", "/srv/unsaved")] },
        "rejoinShort": { [$0.rejoinShort("otter-maple-42")] },
        "workshopSavedInProgress": { [$0.workshopSavedInProgress("ssh -p 2222 otter-maple-42@192.168.1.23")] },
        "workshopIdle": { [$0.workshopIdle(1, "ssh -p 2222 otter-maple-42@192.168.1.23"), $0.workshopIdle(30, "ssh -p 2222 otter-maple-42@192.168.1.23")] },
        "workshopEndedSummary": { [$0.workshopEndedSummary(1, 1, 0), $0.workshopEndedSummary(23, 19, 4)] },
        "workshopEndedSilent": { [$0.workshopEndedSilent(1, 0, 0, 1), $0.workshopEndedSilent(23, 19, 3, 1)] },
        "workshopNotStarted": { [$0.workshopNotStarted(1), $0.workshopNotStarted(3)] },
        "workshopNext": { [$0.workshopNext("answers")] },
        "workshopStoppedUnexpectedly": { [$0.workshopStoppedUnexpectedly("ssh -p 2222 otter-maple-42@192.168.1.23")] },
        "workshopRoomFull": { [$0.workshopRoomFull(1), $0.workshopRoomFull(200)] },
        "workshopOnlyTheAssessment": { [$0.workshopOnlyTheAssessment("ssh -p 2222 join@192.168.1.23")] },
        "presenterResponses": { [$0.presenterResponses(1), $0.presenterResponses(3)] },
        "presenterInProgress": { [$0.presenterInProgress(1), $0.presenterInProgress(3)] },
        "presenterUnreadable": { [$0.presenterUnreadable(1), $0.presenterUnreadable(3)] },
        "presenterDimensionCaption": { [$0.presenterDimensionCaption("Uses", 2, 7)] },
        "presenterFolderGone": { [$0.presenterFolderGone("/srv/answers")] },
        "presenterFolderMissing": { [$0.presenterFolderMissing("/srv/answers")] },
        "presenterFolderUnreadable": { [$0.presenterFolderUnreadable("/srv/answers", "permission denied")] },
        "presenterWaitingIn": { [$0.presenterWaitingIn("/srv/answers")] },
        "presenterAnswersSoFar": { [$0.presenterAnswersSoFar(1, 5), $0.presenterAnswersSoFar(3, 5)] },
        "presenterFiguresAppear": { [$0.presenterFiguresAppear(1), $0.presenterFiguresAppear(3)] },
        "presenterMean": { [$0.presenterMean("2.3", "Learning")] },
        "presenterGroupScore": { [$0.presenterGroupScore("Finance", "2.3", "Learning")] },
        "presenterUnknownAnswers": { [$0.presenterUnknownAnswers(1), $0.presenterUnknownAnswers(3)] },
        "presenterSplit": { [$0.presenterSplit("Uses", "some say Emerging and some Mastering")] },
        "presenterSplitQuestion": { [$0.presenterSplitQuestion("How", 1, "Emerging", 3, "Mastering")] },
        "presenterAlsoSplit": { [$0.presenterAlsoSplit("Uses and Data")] },
        "presenterFarNote": { [$0.presenterFarNote("Uses", "most say Mastering")] },
        "presenterTeamTooSmall": { [$0.presenterTeamTooSmall(1), $0.presenterTeamTooSmall(3)] },
        "presenterRoleTooSmall": { [$0.presenterRoleTooSmall(1), $0.presenterRoleTooSmall(3)] },
        "presenterGroupsPooled": { [$0.presenterGroupsPooled(1), $0.presenterGroupsPooled(3)] },
        "presenterFileProblem": { [$0.presenterFileProblem(1, "not a response")] },
        "presenterReasonOtherFramework": { [$0.presenterReasonOtherFramework("data skills")] },
        "presenterFileProblemOnLine": { [$0.presenterFileProblemOnLine(1, 12, "not a response")] },
        "presenterStageRule": { [$0.presenterStageRule("2.96", "2.9", "Emerging", "Learning")] },
        "presenterNoNames": { [$0.presenterNoNames(1), $0.presenterNoNames(3)] },
        "presenterConnected": { [$0.presenterConnected(1), $0.presenterConnected(3)] },
        "presenterJoinRejoin": { [$0.presenterJoinRejoin("join")] },
        "presenterJoinScreenReader": { [$0.presenterJoinScreenReader("ssh -p 2222 plain@192.168.1.23")] },
        "presenterJoinOtherAddresses": { [$0.presenterJoinOtherAddresses("ssh -p 2222 join@10.0.0.2")] },
        "presenterJoinStatus": { [$0.presenterJoinStatus(1, 1, 30), $0.presenterJoinStatus(3, 4, 30)] },
    ]

    @Test func everyPhraseCanBeSampled() {
        let names = Self.phrases(of: .english).map(\.name)
        for (name, texts) in Self.phrases(of: .english) {
            #expect(!texts.isEmpty, "\(name) has no sample: add it to calledPhrases")
        }
        #expect(Set(Self.calledPhrases.keys).isSubset(of: names), "a sample names a phrase the catalogue lacks")
        #expect(names.count > 100)
    }

    @Test func everyPhraseIsInFrenchAndDiffersFromTheEnglish() {
        let english = Dictionary(uniqueKeysWithValues: Self.phrases(of: .english).map { ($0.name, $0.texts) })
        for (name, texts) in Self.phrases(of: ScreenText(language: "fr")) {
            #expect(!texts.isEmpty && texts.allSatisfy { !$0.trimmingPrefix(" ").isEmpty }, "\(name) is empty in French")
            let same = zip(texts, english[name] ?? []).contains { $0 == $1 }
            if Self.sharedWithEnglish.contains(name) {
                #expect(same, "\(name) is listed as shared with English, but is not")
            } else {
                #expect(!same, "\(name) is still English in French: \(texts)")
            }
        }
    }

    /// A no-break space before : ; ? ! % and », after «, so that a wrapped line never starts
    /// with one of them; English has none of those spaces.
    @Test func frenchIsTypesetWithNoBreakSpaces() {
        for (name, texts) in Self.phrases(of: ScreenText(language: "fr")) {
            for text in texts {
                let characters = Array(text)
                for (index, character) in characters.enumerated() where index > 0 && ":;?!%»".contains(character) {
                    #expect(characters[index - 1] != " ", "\(name): a plain space before \"\(character)\" in \(text)")
                }
                for (index, character) in characters.enumerated() where character == "«" && index + 1 < characters.count {
                    #expect(characters[index + 1] == "\u{A0}", "\(name): no no-break space after « in \(text)")
                }
                #expect(!text.contains("\""), "\(name): French quotes are « », not \" in \(text)")
            }
        }
        for (name, texts) in Self.phrases(of: .english) {
            #expect(!texts.contains { $0.contains("\u{A0}") }, "\(name) has a no-break space in English")
        }
    }

    @Test func theLanguageCodeChoosesTheWordsAndOthersGetEnglish() {
        #expect(ScreenText(language: "fr").language == "fr")
        #expect(ScreenText(language: "fr-CA").language == "fr")
        #expect(ScreenText(language: "en").language == "en")
        #expect(ScreenText(language: "de").language == "en")
        #expect(ScreenText(language: "").language == "en")
    }

    @Test func frenchNumbersDatesAndPlurals() {
        let french = ScreenText(language: "fr")
        #expect(french.questionOf(3, 28) == "Question 3 sur 28")
        #expect(french.dimensionOf(2, 7) == "Dimension 2 sur 7")
        #expect(french.scoreOutOf("2.3", "5") == "2,3 sur 5")
        #expect(french.percent(30) == "30\u{A0}%")
        #expect(french.answeredOf(1, 28) == "1 réponse sur 28")
        #expect(french.answeredOf(0, 28) == "0 réponse sur 28")
        #expect(french.answeredOf(5, 28) == "5 réponses sur 28")
        #expect(french.questionsThenBegin(1) == "1 question. Appuyez sur Entrée pour commencer.")
        #expect(french.lastAnswered("2026-11-21", "Example Trust", 6, 28)
                == "Pour Example Trust\u{A0}: 6 réponses sur 28, la dernière le 21/11/2026.")
        #expect(french.lastAnswered("2026-11-21", "", 1, 28) == "1 réponse sur 28, la dernière le 21/11/2026.")
        // English keeps its words, with a singular where there is one.
        let english = ScreenText.english
        #expect(english.questionsAndMinutes(28, 7, 14) == "28 questions in 7 dimensions, about 14 minutes.")
        #expect(english.questionsAndMinutes(1, 1, 1) == "1 question in 1 dimension, about 1 minute.")
        #expect(english.plainUnanswered(1) == "Not answered: 1 question.")
    }
}
