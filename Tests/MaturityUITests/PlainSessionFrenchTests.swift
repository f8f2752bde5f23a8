import MaturityCore
import MaturityUI
import Testing

/// The line-by-line assessment in French: prompts, messages and results in the framework's language.
@Suite struct PlainSessionFrenchTests {
    func session(organisation: String = "Les Amis du Parc", resumeOffer: ResumeOffer? = nil) -> PlainSession {
        let response = Response.new(to: Fixtures.french, id: "plain", organisation: organisation, at: Fixtures.start)
        return PlainSession(framework: Fixtures.french, response: response, askDetails: organisation.isEmpty,
                            resumeOffer: resumeOffer, outputFolder: "/srv/reponses")
    }

    @Test func theQuestionsAndPromptsAreInFrench() {
        var plain = session()
        let output = plain.start()
        #expect(output.first == "La maturité des données pour les associations")
        #expect(output.contains("28 questions en 7 dimensions. Répondez par le numéro de l'affirmation qui correspond le mieux."))
        #expect(output.contains { $0.hasPrefix("Chaque réponse") && $0.hasSuffix("dans /srv/reponses") })
        #expect(output.contains("Dimension 1 sur 7\u{A0}: Usages"))
        #expect(output.contains("Question 1 sur 28\u{A0}: Comment votre association utilise-t-elle les données quand elle prend des décisions ?"))
        #expect(output.contains("  d. Je ne sais pas"))
        #expect(output.last == "Réponse (1-5, d, b retour, n note,\u{A0}? aide, q quitter)\u{A0}: ")
        for line in output { FrenchScreenTests.expectNoEnglish(line, on: "plain start") }
    }

    @Test func badInputGuidanceAndGoingBackAreInFrench() {
        var plain = session()
        _ = plain.start()
        let bad = plain.input("7", at: Fixtures.start)
        #expect(bad.output.first == "Tapez 1-5, d, b pour revenir en arrière, n pour une note,\u{A0}? pour l'aide ou q pour quitter (vos réponses sont enregistrées).")
        #expect(plain.input("d", at: Fixtures.start).effects == [.save])
        let back = plain.input("b", at: Fixtures.start)
        #expect(back.output.contains("  (Votre réponse pour l'instant\u{A0}: je ne sais pas.)"))
        let guidance = plain.input("?", at: Fixtures.start)
        #expect(guidance.output.first?.hasPrefix("Aide\u{A0}: ") == true)
        _ = plain.input("3", at: Fixtures.start)
        let again = plain.input("b", at: Fixtures.start)
        #expect(again.output.contains("  (Votre réponse pour l'instant\u{A0}: 3, En apprentissage.)"))
    }

    @Test func theDetailsAreAskedInFrench() {
        var plain = session(organisation: "")
        #expect(plain.start().last == "Association\u{A0}: ")
        #expect(plain.input("", at: Fixtures.start).output.first == "Le nom de l'association est nécessaire.")
        #expect(plain.input("Les Amis du Parc", at: Fixtures.start).output.last == "Votre nom (facultatif, Entrée pour passer)\u{A0}: ")
        #expect(plain.input("", at: Fixtures.start).output.last == "Équipe (facultatif)\u{A0}: ")
        #expect(plain.input("", at: Fixtures.start).output.last == "Rôle (facultatif)\u{A0}: ")
    }

    @Test func theResultsAreFrenchSentences() {
        var plain = session()
        _ = plain.start()
        var last: [String] = []
        var index = 0
        while !plain.isFinished && index < 100 {
            last = plain.input(index == 4 ? "d" : "4", at: Fixtures.start).output
            index += 1
        }
        #expect(last.contains("Vos résultats"))
        #expect(last.contains("Niveau global\u{A0}: En développement, 4,0 sur 5."))
        #expect(last.contains("Données\u{A0}: En développement, 4,0."))
        #expect(last.contains("Vous avez répondu «\u{A0}Je ne sais pas\u{A0}» à une question\u{A0}; trouver la réponse est une bonne première étape\u{A0}:"))
        #expect(last.contains { $0.hasPrefix("  Question 5\u{A0}: ") })
        #expect(last.contains("Prochaines étapes"))
        for line in last { FrenchScreenTests.expectNoEnglish(line, on: "plain results") }
    }

    @Test func theResumeOfferIsInFrenchAndTakesOuiOrNon() {
        let offer = Fixtures.offer(answered: 6, organisation: "Les Amis du Parc")
        var plain = session(organisation: "", resumeOffer: offer)
        let output = plain.start()
        #expect(output.contains("Vous avez une évaluation non terminée\u{A0}: pour Les Amis du Parc, 6 réponses sur 28, la dernière le 21/11/2026."))
        #expect(output.last == "La reprendre\u{A0}? (o pour la reprendre, n pour en commencer une nouvelle)\u{A0}: ")
        #expect(plain.input("peut-être", at: Fixtures.start).output.first == "Tapez o ou n.")
        let accepted = plain.input("Oui", at: Fixtures.start)
        #expect(accepted.effects == [.resumed])
        #expect(accepted.output.contains { $0.hasPrefix("Question 7 sur 28") })
        #expect(plain.savedPath == "/r/file.yaml")
        var starting = session(organisation: "", resumeOffer: offer)
        _ = starting.start()
        #expect(starting.input("non", at: Fixtures.start).output.last == "Association\u{A0}: ")
    }
}
