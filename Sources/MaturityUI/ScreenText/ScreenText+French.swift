/// The assessment's words in French, for volunteers of small associations: plain words, "vous",
/// short sentences. French typography: `\u{A0}` is a no-break space, before : ; ? ! and % and
/// inside « », so that a wrapped line never starts with the sign (the key ? too). Decimals take a comma,
/// dates are day/month/year, and 0 and 1 take the singular.
extension ScreenText {
    public static let french = ScreenText(
        language: "fr",

        dontKnow: "Je ne sais pas",
        notApplicable: "Sans objet",
        dontKnowInSentence: "je ne sais pas",
        notApplicableInSentence: "sans objet",
        questionOf: { number, total in "Question \(number) sur \(total)" },
        dimensionOf: { number, total in "Dimension \(number) sur \(total)" },
        answeredOf: { answered, total in "\(answered) \(plural(answered, "réponse", "réponses")) sur \(total)" },
        percent: { percent in "\(percent)\u{A0}%" },
        moreAbove: "↑ plus",
        moreBelow: "↓ plus",

        enterKey: "Entrée",
        escapeKey: "Échap",
        hintScroll: "défiler",
        // The same word in French.
        hintPage: "page",
        hintQuit: "quitter",
        hintCarryOn: "reprendre",
        hintStartAgain: "recommencer",
        hintStartAgainShort: "nouvelle",
        hintStart: "commencer",
        hintMoveBetweenFields: "changer de champ",
        hintMoveBetweenFieldsShort: "champs",
        hintScrollTheText: "faire défiler le texte",
        hintScrollTheTextShort: "défiler",
        hintBegin: "commencer",
        // Short enough for the scrolling keys to share the row at 40 columns.
        hintBeginShort: "ok",
        hintBack: "retour",
        hintOverview: "vue d'ensemble",
        hintOverviewShort: "liste",
        hintMove: "se déplacer",
        hintConfirm: "valider",
        hintConfirmShort: "ok",
        hintGuidance: "aide",
        hintGuidanceShort: "aide",
        // The same word in French.
        hintNote: "note",
        hintBackToTheQuestion: "retour à la question",
        hintBackToTheQuestionShort: "retour",
        hintSaveNote: "enregistrer la note",
        hintSaveNoteShort: "enregistrer",
        hintCancel: "annuler",
        hintGoToIt: "y aller",
        hintGoToItShort: "aller",
        hintChangeAnswers: "modifier les réponses",
        hintChangeAnswersShort: "réponses",
        hintLastQuestion: "dernière question",
        hintLastQuestionShort: "retour",

        typeOrganisationFirst: "Tapez d'abord le nom de votre association.",
        savedAndCtrlCLeaves: "Vos réponses sont enregistrées\u{A0}; Ctrl-C pour quitter.",
        noDontKnowAnswer: "Cette question n'a pas de réponse «\u{A0}Je ne sais pas\u{A0}».",
        noNotApplicableAnswer: "Cette question n'a pas de réponse «\u{A0}Sans objet\u{A0}».",
        noGuidance: "Cette question n'a pas d'aide.",
        chooseAnAnswerFirst: { stages in "Pas de réponse\u{A0}: tapez 1-\(stages), ou ↑↓ puis Entrée. Entrée à nouveau pour passer." },
        chooseAnAnswerFirstShort: { stages in "Tapez 1-\(stages) ou ↑↓\u{A0}; Entrée passe" },
        noteRemoved: "Note supprimée.",
        noteSaved: "Note enregistrée.",
        noteLength: { count, limit in
            "\(Self.grouped(count, separator: "\u{A0}")) caractère\(count > 1 ? "s" : "") sur \(Self.grouped(limit, separator: "\u{A0}"))"
        },
        noteFull: { limit in "Une note compte \(Self.grouped(limit, separator: "\u{A0}")) caractères au plus\u{A0}; rien de plus ne peut être ajouté." },
        pasteCut: { leftOut, limit in
            "Une note compte \(Self.grouped(limit, separator: "\u{A0}")) caractères au plus\u{A0}: "
                + (leftOut > 1 ? "les \(Self.grouped(leftOut, separator: "\u{A0}")) derniers caractères collés ont été laissés de côté."
                    : "le dernier caractère collé a été laissé de côté.")
                + " Entrée enregistre la note."
        },
        notSaved: { reason in "Échec de l'enregistrement\u{A0}: \(reason)" },

        enlargeTerminal: { need, have in "Agrandissez le terminal (il faut \(need), il n'a que \(have))" },
        answersAreSaved: "Vos réponses sont enregistrées.",
        pressCtrlCToLeave: "Appuyez sur Ctrl-C pour quitter.",

        unfinishedAssessment: "Vous avez une évaluation non terminée",
        lastAnswered: { day, organisation, answered, total in
            (organisation.isEmpty ? "" : "Pour \(organisation)\u{A0}: ")
                + "\(answered) \(plural(answered, "réponse", "réponses")) sur \(total), la dernière le \(date(day))."
        },
        carryOnWhereYouLeftOff: "reprendre là où vous en étiez",
        startANewAssessment: "en commencer une nouvelle (celle-ci reste enregistrée)",

        formLabels: ["Association", "Votre nom (facultatif)", "Équipe (facultatif)", "Rôle (facultatif)"],
        questionsAndMinutes: { questions, dimensions, minutes in
            "\(questions) \(plural(questions, "question", "questions")) en \(dimensions) \(plural(dimensions, "dimension", "dimensions")), environ \(minutes) \(plural(minutes, "minute", "minutes"))."
        },
        whatIsSaved: { folder in
            "Vos réponses, vos notes, ainsi que le nom, l'équipe et le rôle que vous indiquez, sont enregistrés dès que vous les donnez, dans \(folder)"
        },

        questionsThenBegin: { count in "\(count) \(plural(count, "question", "questions")). Appuyez sur Entrée pour commencer." },
        yourNotePrefix: "Votre note\u{A0}: ",
        pressForGuidance: "Appuyez sur\u{A0}? pour lire l'aide sur cette question.",
        guidanceHeading: "Aide",
        noteEditorHeading: "Votre note sur cette question\u{A0}:",
        overviewHeading: "Choisissez une question pour y aller",

        yourResults: "Vos résultats",
        overallPrefix: "Niveau global\u{A0}: ",
        score: { score in decimal(score) },
        scoreOutOf: { score, stages in "\(decimal(score)) sur \(stages)" },
        onTheWay: { next, percent in "Vers «\u{A0}\(next)\u{A0}»\u{A0}: \(percent)\u{A0}% du chemin parcouru." },
        notScoredYet: "Pas encore de score\u{A0}: choisissez une affirmation pour au moins une question.",
        notScored: "sans score",
        strongestAndWeakest: { strongest, weakest in "Points forts\u{A0}: \(strongest).  Points faibles\u{A0}: \(weakest)." },
        unknownsIntro: { count in
            count == 1 ? "Vous avez répondu «\u{A0}Je ne sais pas\u{A0}» à une question\u{A0}; trouver la réponse est une bonne première étape\u{A0}:"
                : "Vous avez répondu «\u{A0}Je ne sais pas\u{A0}» à \(count) questions\u{A0}; trouver ces réponses est une bonne première étape\u{A0}:"
        },
        unansweredAdvice: { count in
            count <= 1 ? "\(count) question n'a pas encore de réponse\u{A0}: appuyez sur Tab pour y répondre."
                : "\(count) questions n'ont pas encore de réponse\u{A0}: appuyez sur Tab pour y répondre."
        },
        nextSteps: "Prochaines étapes",
        nextStepHeading: { dimension, from, toward in "\(dimension)\u{A0}: de «\u{A0}\(from)\u{A0}» vers «\u{A0}\(toward)\u{A0}»" },
        savedIn: { path in "Vos réponses sont enregistrées dans \(path)" },

        fieldPrompts: ["Association\u{A0}: ", "Votre nom (facultatif, Entrée pour passer)\u{A0}: ", "Équipe (facultatif)\u{A0}: ",
                       "Rôle (facultatif)\u{A0}: "],
        plainIntroduction: { questions, dimensions in
            "\(questions) \(plural(questions, "question", "questions")) en \(dimensions) \(plural(dimensions, "dimension", "dimensions")). Répondez par le numéro de l'affirmation qui correspond le mieux."
        },
        plainWhatIsSaved: { folder in
            "Chaque réponse, ainsi que le nom, l'équipe et le rôle que vous indiquez, est enregistrée dès que vous la donnez, dans \(folder)"
        },
        plainResumeOffer: { day, organisation, answered, total in
            "Vous avez une évaluation non terminée\u{A0}: \(organisation.isEmpty ? "" : "pour \(organisation), ")"
                + "\(answered) \(plural(answered, "réponse", "réponses")) sur \(total), la dernière le \(date(day))."
        },
        plainResumePrompt: "La reprendre\u{A0}? (o pour la reprendre, n pour en commencer une nouvelle)\u{A0}: ",
        // y and yes too, for someone used to English prompts.
        yesAnswers: ["o", "oui", "y", "yes"],
        noAnswers: ["n", "non", "no"],
        typeYesOrNo: "Tapez o ou n.",
        organisationNeeded: "Le nom de l'association est nécessaire.",
        plainDimension: { number, total, name in "Dimension \(number) sur \(total)\u{A0}: \(name)" },
        plainQuestion: { number, total, text in "Question \(number) sur \(total)\u{A0}: \(text)" },
        answerSoFar: { answer in "(Votre réponse pour l'instant\u{A0}: \(answer).)" },
        answerPrompt: { choices in "Réponse (\(choices), b retour,\u{A0}? aide)\u{A0}: " },
        noGuidanceForQuestion: "Il n'y a pas d'aide pour cette question.",
        guidancePrefix: "Aide\u{A0}: ",
        typeAChoice: { choices in "Tapez \(choices), b pour revenir en arrière ou\u{A0}? pour l'aide." },
        plainChooseAnAnswerFirst: { choices in
            "Pas encore de réponse\u{A0}: tapez \(choices). Appuyez de nouveau sur Entrée pour laisser cette question sans réponse."
        },
        plainOverall: { stage, score, stages in "Niveau global\u{A0}: \(stage), \(decimal(score)) sur \(stages)." },
        plainOnTheWay: { next, percent in "Vers «\u{A0}\(next)\u{A0}», \(percent)\u{A0}% du chemin parcouru." },
        plainNotScored: "Pas de score\u{A0}: aucune affirmation n'a été choisie.",
        plainDimensionScore: { dimension, stage, score in "\(dimension)\u{A0}: \(stage), \(decimal(score))." },
        plainDimensionNotScored: { dimension in "\(dimension)\u{A0}: sans score." },
        plainStrongestAndWeakest: { strongest, weakest in "Points forts\u{A0}: \(strongest). Points faibles\u{A0}: \(weakest)." },
        plainUnknownQuestion: { number, text in "Question \(number)\u{A0}: \(text)" },
        plainUnanswered: { count in "Sans réponse\u{A0}: \(count) \(plural(count, "question", "questions"))." },
        plainNextStep: { dimension, from, toward in "\(dimension), de «\u{A0}\(from)\u{A0}» vers «\u{A0}\(toward)\u{A0}»\u{A0}:" },

        finalSavedIn: { path, state in "Vos réponses sont enregistrées dans \(path) (\(state))." },
        stateComplete: "évaluation terminée",
        stateInProgress: "évaluation en cours",
        stateInProgressRunAgain: "évaluation en cours\u{A0}: relancez la même commande pour la reprendre",
        stateInProgressForScripts: "évaluation en cours\u{A0}: pour la reprendre, relancez la même commande avec --resume, ou lancez-la dans un terminal",
        nothingSaved: "Aucune réponse n'a été donnée\u{A0}: rien n'est enregistré.",
        openInAnotherSession: "le fichier est ouvert dans une autre session de maturity",
        unfinishedOpenElsewhere: { path in
            "votre évaluation inachevée, dans \(path), est ouverte dans une autre session\u{A0}: elle n'est pas proposée ici. Continuez-la là-bas, ou fermez-la et relancez maturity. Une nouvelle évaluation commence ici."
        },
        inputEnded: { answered, total, kept in
            "la saisie s'est arrêtée après \(answered) \(plural(answered, "question", "questions")) sur \(total)\(kept ? "\u{A0}; les réponses déjà données sont enregistrées, évaluation en cours" : "")"
        },
        noUnfinishedAssessment: { folder in
            "vous n'avez pas d'évaluation non terminée de ce questionnaire dans \(folder)\u{A0}; une nouvelle commence"
        },
        answersNotSaved: { questions, folder, fallback in
            let list = Self.numberList(questions, and: "et", more: { "et \($0) autres" })
            let these = questions.count == 1 ? "la réponse à la question \(list) n'est pas enregistrée" : "les réponses aux questions \(list) ne sont pas enregistrées"
            return "\(these)\u{A0}: \(questions.count == 1 ? "elle n'a" : "elles n'ont") pu l'être ni dans \(folder) ni dans \(fallback). Libérez de la place ou choisissez un autre dossier avec --out, puis donnez-\(questions.count == 1 ? "la" : "les") de nouveau"
        },
        answersKeptElsewhere: { folder, fallback in
            "des réponses n'ont pas pu être enregistrées dans \(folder)\u{A0}; elles sont gardées dans \(fallback)"
        },
        folderUnusable: { reason, fallback in "\(reason)\u{A0}; les réponses seront gardées dans \(fallback) à la place" },
        saveKeptElsewhere: { reason, folder, path in "\(reason) dans \(folder)\u{A0}; réponses gardées dans \(path)" },
        saveFailedTwice: { reason, folder, second, fallback in "\(reason) dans \(folder), et \(second) dans \(fallback)" },

        workshopWhatIsSaved: "Vos réponses, vos notes, ainsi que le nom, l'équipe et le rôle que vous indiquez sont enregistrés sur l'ordinateur de l'atelier dès que vous les donnez.",
        rejoinAdvice: "Si votre connexion est coupée, revenez avec cette commande et le même code, et vous reprendrez où vous en étiez\u{A0}:",
        rejoinShort: { name in "pour revenir\u{A0}: \(name)" },
        workshopSavedComplete: "Vos réponses sont enregistrées pour l'atelier. Merci\u{A0}!",
        workshopSavedInProgress: { command in "Vos réponses sont enregistrées pour l'atelier. Pour continuer, revenez avec\u{A0}: \(command)" },
        workshopEnded: "L'atelier est terminé. Vos réponses sont enregistrées. Merci de votre participation\u{A0}!",
        workshopIdle: { minutes, command in
            "Vous avez été déconnecté après \(minutes)\u{A0}\(Self.plural(minutes, "minute", "minutes")) sans appuyer sur une touche. Vos réponses sont enregistrées\u{A0}; pour continuer, revenez avec\u{A0}: \(command)"
        },
        workshopRoomFull: { seats in
            "La salle est pleine\u{A0}: \(seats)\u{A0}\(Self.plural(seats, "personne connectée", "personnes connectées")). Demandez à l'animateur, ou réessayez dans quelques minutes."
        },
        workshopReplaced: "Cette évaluation a été rouverte depuis une autre connexion, qui la poursuit. Vos réponses sont enregistrées.",
        workshopOnlyTheAssessment: { command in "Seule l'évaluation fonctionne ici. Connectez-vous avec ssh, sans commande, ainsi\u{A0}: \(command)" },
        workshopCouldNotStart: "L'évaluation n'a pas pu démarrer sur l'ordinateur de l'atelier. Merci de prévenir l'animateur.",
        workshopStoppedUnexpectedly: { command in
            "Votre évaluation s'est arrêtée de façon inattendue. Les réponses données sont enregistrées\u{A0}; pour continuer, revenez avec\u{A0}: \(command)"
        },
        workshopBanner: "Atelier\u{A0}: votre mot de passe est le code de la salle affiché à l'écran."
    )

    /// French takes the singular for 0 and 1.
    static func plural(_ number: Int, _ singular: String, _ plural: String) -> String {
        abs(number) <= 1 ? singular : plural
    }

    /// 2.3 written 2,3.
    static func decimal(_ number: String) -> String {
        String(number.map { $0 == "." ? "," : $0 })
    }

    /// 2026-11-21 written 21/11/2026; anything else as it is.
    static func date(_ day: String) -> String {
        let parts = day.split(separator: "-")
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return day }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
