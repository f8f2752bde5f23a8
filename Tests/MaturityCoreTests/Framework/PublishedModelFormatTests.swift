import MaturityCore
import Testing

/// The keys that let the format hold published maturity models (stage values, guidance per
/// statement, next steps per question, areas), read from a framework and from a translation.
/// Each mistake in them has its exact message in the malformed corpus (format_mistakes.py).
@Suite struct PublishedModelFormatTests {
    static func decode(_ text: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        FrameworkDecoder.decode(bytes: Array(text.utf8), file: "model.yaml")
    }

    static func translate(_ text: String, _ base: Framework) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        FrameworkTranslator.apply(DocumentReader.read(text: text, file: "model.fr.yaml"), to: base)
    }

    static let model = """
        framework: model
        version: "1"
        language: en
        title: Model
        description: Levels 0 to 2.
        stages:
          - id: none
            name: None
            value: 0
          - id: some
            name: Some
            value: 1
          - id: all
            name: All
            value: 2
        dimensions:
          - id: only
            name: Only
            questions:
              - id: q1
                text: Is it so?
                statements:
                  none: Not at all.
                  some:
                    text: In places.
                    guidance: Some teams do it, others do not.
                  all: Everywhere.

        """

    @Test func aStatementMayCarryGuidanceBesideItsText() throws {
        let (framework, diagnostics) = Self.decode(Self.model)
        #expect(diagnostics.isEmpty)
        let question = try #require(framework?.questions.first)
        #expect(question.statements == ["Not at all.", "In places.", "Everywhere."])
        #expect(question.statementGuidance == [nil, "Some teams do it, others do not.", nil])
        #expect(question.guidance(forStatementAt: 1) == "Some teams do it, others do not.")
        #expect(framework?.stages.map(\.value) == [0, 1, 2])
        #expect(framework?.scale.maximumText == "2")
    }

    @Test func aTranslationTranslatesAStatementsGuidanceOrIsToldItIsMissing() throws {
        let base = try #require(Self.decode(Self.model).framework)
        let head = "translation: model\nlanguage: fr\nversion: \"1\"\ntitle: Modèle\ndescription: Niveaux.\n"
            + "stages:\n  none:\n    name: Aucun\n  some:\n    name: Un peu\n  all:\n    name: Tout\n"
            + "dimensions:\n  only:\n    name: Seule\n"
            + "questions:\n  q1:\n    text: Est-ce ainsi ?\n    statements:\n      none: Pas du tout.\n      all: Partout.\n"
        let (translated, diagnostics) = Self.translate(head + "      some:\n        text: Par endroits.\n        guidance: Certaines équipes.\n", base)
        #expect(diagnostics.isEmpty)
        #expect(translated?.questions.first?.statementGuidance == [nil, "Certaines équipes.", nil])
        let (untranslated, warnings) = Self.translate(head + "      some: Par endroits.\n", base)
        #expect(warnings.map(\.message) == ["the guidance of the statement for \"some\" of question \"q1\" is not translated; the original text is shown"])
        #expect(untranslated?.questions.first?.statementGuidance == [nil, "Some teams do it, others do not.", nil])
    }
}

extension PublishedModelFormatTests {
    static let withSteps = model.replacingOccurrences(of: "          all: Everywhere.\n", with: "          all: Everywhere.\n"
        + "        next-steps:\n"
        + "          none: Ask one team to try it for a month.\n"
        + "          some: Write down how the teams that do it go about it.\n"
        + "    next-steps:\n"
        + "      none: Make a start.\n"
        + "      some: Spread it.\n")

    @Test func aQuestionsNextStepsAreShownWithItsAnswerBesideTheDimensions() throws {
        let (decoded, diagnostics) = Self.decode(Self.withSteps)
        #expect(diagnostics.isEmpty)
        let framework = try #require(decoded)
        #expect(framework.questions[0].nextSteps == ["none": "Ask one team to try it for a month.",
                                                     "some": "Write down how the teams that do it go about it."])
        #expect(framework.dimensions[0].nextSteps["some"] == "Spread it.")
        let time = Timestamp(parsing: "2026-11-21T10:00:00Z")!
        let response = Response(id: "r", frameworkID: "model", frameworkVersion: "1", language: "en", organisation: "Trust",
                                started: time, updated: time, answers: ["q1": .stage("some")])
        let summary = ResultSummary(scores: Scoring.score(response, in: framework), framework: framework, answers: response.answers)
        #expect(summary.questionSteps.map(\.text) == ["Write down how the teams that do it go about it."])
        #expect(summary.questionSteps.first?.stage == "Some" && summary.questionSteps.first?.number == 1)
        // At the last stage there is no next step, for the dimension or the question.
        let top = ResultSummary(scores: Scoring.score(Response(id: "r", frameworkID: "model", frameworkVersion: "1", language: "en",
                                                              organisation: "Trust", started: time, updated: time,
                                                              answers: ["q1": .stage("all")]), in: framework),
                                framework: framework, answers: ["q1": .stage("all")])
        #expect(top.questionSteps.isEmpty && top.nextSteps.isEmpty)
    }

    @Test func aTranslationTranslatesAQuestionsNextSteps() throws {
        let base = try #require(Self.decode(Self.withSteps).framework)
        let text = "translation: model\nlanguage: fr\nversion: \"1\"\ntitle: Modèle\ndescription: Niveaux.\n"
            + "stages:\n  none:\n    name: Aucun\n  some:\n    name: Un peu\n  all:\n    name: Tout\n"
            + "dimensions:\n  only:\n    name: Seule\n    next-steps:\n      none: Commencez.\n      some: Étendez.\n"
            + "questions:\n  q1:\n    text: Est-ce ainsi ?\n    statements:\n      none: Pas du tout.\n"
            + "      some:\n        text: Par endroits.\n        guidance: Certaines équipes.\n      all: Partout.\n"
            + "    next-steps:\n      none: Essayez un mois.\n"
        let (translated, diagnostics) = Self.translate(text, base)
        #expect(diagnostics.map(\.message) == ["the next step for \"some\" of question \"q1\" is not translated; the original text is shown"])
        #expect(translated?.questions[0].nextSteps == ["none": "Essayez un mois.", "some": "Write down how the teams that do it go about it."])
    }
}

extension PublishedModelFormatTests {
    /// Two dimensions in one area and one in another; "lead" weighs 3.
    static let withAreas = model
        + "  - id: lead\n    name: Lead\n    weight: 3\n    questions:\n      - id: q2\n        text: Do leaders ask?\n"
        + "        statements:\n          none: Never.\n          some: Sometimes.\n          all: Always.\n"
        + "  - id: tools\n    name: Tools\n    questions:\n      - id: q3\n        text: Do tools help?\n"
        + "        statements:\n          none: Never.\n          some: Sometimes.\n          all: Always.\n"
        + "areas:\n  - id: people\n    name: People\n    dimensions:\n      - only\n      - lead\n"
        + "  - id: kit\n    name: Kit\n    description: What we use.\n    dimensions:\n      - tools\n"

    @Test func anAreaScoresTheWeightedMeanOfItsScoredDimensions() throws {
        let (decoded, diagnostics) = Self.decode(Self.withAreas)
        #expect(diagnostics.isEmpty)
        let framework = try #require(decoded)
        #expect(framework.areas.map(\.dimensionIDs) == [["only", "lead"], ["tools"]])
        let time = Timestamp(parsing: "2026-11-21T10:00:00Z")!
        let response = Response(id: "r", frameworkID: "model", frameworkVersion: "1", language: "en", organisation: "Trust",
                                started: time, updated: time, answers: ["q1": .stage("all"), "q2": .stage("some"), "q3": .dontKnow])
        let scores = Scoring.score(response, in: framework)
        // people: (2 x 1 + 1 x 3) / (1 + 3) = 1.25, the stage valued 1; kit: not scored.
        #expect(scores.areas == [AreaScore(areaID: "people", score: 1.25, stage: 1), AreaScore(areaID: "kit", score: nil, stage: nil)])
        let summary = ResultSummary(scores: scores, framework: framework)
        #expect(summary.areas.map(\.name) == ["People", "Kit"])
        #expect(summary.areas.first?.stageName == "Some" && summary.areas.first?.dimensionNames == ["Only", "Lead"])
        let group = GroupSummary(responses: [response], framework: framework)
        #expect(group.areas.map(\.areaID) == ["people", "kit"])
        #expect(group.areas.first?.scores.mean == 1.25)
    }

    @Test func aTranslationNamesTheAreas() throws {
        let base = try #require(Self.decode(Self.withAreas).framework)
        let text = "translation: model\nlanguage: fr\nversion: \"1\"\ntitle: Modèle\ndescription: Niveaux.\n"
            + "areas:\n  people:\n    name: Personnes\n  kit:\n    name: Outils\n    description: Ce que nous utilisons.\n"
        let (translated, diagnostics) = Self.translate(text, base)
        #expect(translated?.areas.map(\.name) == ["Personnes", "Outils"])
        #expect(translated?.areas.last?.description == "Ce que nous utilisons.")
        #expect(!diagnostics.contains { $0.message.contains("area") }, "\(diagnostics.map(\.message))")
        let (_, misspelt) = Self.translate(text.replacingOccurrences(of: "  kit:", with: "  kitt:"), base)
        #expect(misspelt.contains { $0.message == "the framework has no area \"kitt\"; did you mean \"kit\"?" })
    }
}
