import MaturityCore
import PropertyBased
import Testing

/// The rules of docs/scoring.md, each with a hand-computed expectation.
@Suite struct ScoringTests {
    /// Three stages; dimension "a" (weight 2) has questions a1 (weight 1) and a2 (weight 3);
    /// dimension "b" (weight 1) has b1 and b2, both weight 1 and b2 allowing not-applicable.
    static let framework = Framework(
        id: "f", version: "1", language: "en", title: "F", description: "D",
        stages: [Stage(id: "low", name: "Low"), Stage(id: "mid", name: "Mid"), Stage(id: "high", name: "High")],
        dimensions: [
            Dimension(id: "a", name: "A", weight: 2, questions: [
                Question(id: "a1", text: "?", weight: 1, statements: ["1", "2", "3"]),
                Question(id: "a2", text: "?", weight: 3, statements: ["1", "2", "3"]),
            ]),
            Dimension(id: "b", name: "B", weight: 1, questions: [
                Question(id: "b1", text: "?", statements: ["1", "2", "3"]),
                Question(id: "b2", text: "?", allowed: [.dontKnow, .notApplicable], statements: ["1", "2", "3"]),
            ]),
        ])

    static func response(_ answers: [String: Answer]) -> Response {
        var response = Response.new(to: framework, id: "r", organisation: "O", at: Timestamp(seconds: 0))
        response.answers = answers
        return response
    }

    @Test func weightedMeansFollowTheQuestionAndDimensionWeights() throws {
        let scores = Scoring.score(Self.response(["a1": .stage("low"), "a2": .stage("high"), "b1": .stage("mid"), "b2": .dontKnow]),
                                   in: Self.framework)
        // a = (1×1 + 3×3) / (1 + 3) = 10/4 = 2.5; b = 2 (b2 is not scored).
        #expect(scores.dimension("a")?.score == 2.5)
        #expect(scores.dimension("b")?.score == 2)
        // overall = (2.5×2 + 2×1) / (2 + 1) = 7/3
        let overall = try #require(scores.overall)
        #expect(abs(overall - 7.0 / 3.0) < 1e-12)
        #expect(scores.overallStage == 1)
        #expect(Scoring.display(scores.overall) == "2.3")
        #expect(scores.answered == 4)
        #expect(scores.dimension("b")?.dontKnow == 1)
        #expect(scores.dimension("b")?.scored == 1)
    }

    @Test func aDimensionWithNothingScoredIsNotScoredNeverZero() {
        let scores = Scoring.score(Self.response(["a1": .stage("high"), "b1": .dontKnow, "b2": .notApplicable]), in: Self.framework)
        #expect(scores.dimension("b")?.score == nil)
        #expect(scores.dimension("b")?.stage == nil)
        #expect(scores.dimension("b")?.answered == 2)
        // The overall is the mean of the scored dimensions only: a alone, 3.
        #expect(scores.overall == 3)
        #expect(Scoring.display(nil) == "not scored")
        let empty = Scoring.score(Self.response([:]), in: Self.framework)
        #expect(empty.overall == nil)
        #expect(empty.completeness == 0)
    }

    @Test func theStageIsTheFloorOfTheScoreWithATolerance() {
        #expect(StageScale(positions: 5).stageIndex(for: 3.9) == 2)
        #expect(StageScale(positions: 5).stageIndex(for: 4.0) == 3)
        #expect(StageScale(positions: 5).stageIndex(for: 3.9999999999) == 3)
        #expect(StageScale(positions: 5).stageIndex(for: 1.0) == 0)
        #expect(StageScale(positions: 5).stageIndex(for: 5.0) == 4)
        let progress = StageScale(positions: 5).progressToNextStage(for: 3.9) ?? -1
        #expect(abs(progress - 0.9) < 1e-9)
        #expect(StageScale(positions: 5).progressToNextStage(for: 5) == nil)
    }

    @Test func displayRoundsToOneDecimal() {
        #expect(Scoring.display(2.25) == "2.3")
        #expect(Scoring.display(2.24) == "2.2")
        #expect(Scoring.display(3) == "3.0")
        #expect(Scoring.display(3.75) == "3.8")
        #expect(Scoring.display(-0.5) == "-0.5")
        #expect(Scoring.display(-0.04) == "0.0")
        // Never rounded up to a whole number the score has not reached: its stage is below.
        #expect(Scoring.display(4.95) == "4.9")
        #expect(Scoring.display(2.96) == "2.9")
        #expect(Scoring.display(2.9999999999) == "3.0")
        // Other figures are rounded as usual.
        #expect(Scoring.display(figure: 0.96) == "1.0")
        #expect(Scoring.display(figure: nil) == "–")
    }

    /// Whatever the score, the whole part shown is the stage's position: "3.0" never stands
    /// beside the second stage.
    @Test func theNumberShownNeverDisagreesWithTheStage() {
        for hundredths in 100...500 {
            for offset in [0.0, 0.004, 0.005, 0.0049999, 0.0099] {
                let score = Double(hundredths) / 100 + offset
                guard score <= 5 else { continue }
                let shown = Scoring.display(score)
                let wholePart = Int(shown.split(separator: ".")[0])!
                #expect(wholePart == StageScale(positions: 5).stageIndex(for: score) + 1, "\(score) shown as \(shown)")
                #expect(abs((Double(shown) ?? 0) - score) <= 0.1 + 1e-9, "\(score) shown as \(shown)")
            }
        }
    }

    @Test func answersTheFrameworkLacksAreNotCounted() {
        let scores = Scoring.score(Self.response(["a1": .stage("top"), "zz": .stage("high")]), in: Self.framework)
        #expect(scores.answered == 0)
        #expect(scores.overall == nil)
    }

    static let answerGen = Gen.element(of: [Answer.stage("low"), .stage("mid"), .stage("high"), .dontKnow, .notApplicable]).map { $0! }
    static let answersGen = Gen.element(of: ["a1", "a2", "b1", "b2"]).map { $0! }.array(of: 0...4)

    @Test func scoresStayWithinTheScale() async {
        await propertyCheck(count: 300, input: Self.answersGen, Self.answerGen.array(of: 4)) { questions, answers in
            let scores = Scoring.score(Self.response(Dictionary(zip(questions, answers)) { a, _ in a }), in: Self.framework)
            for score in scores.dimensions.compactMap(\.score) + [scores.overall].compactMap({ $0 }) {
                #expect(score >= 1 && score <= 3)
            }
            #expect(scores.answered <= scores.total)
        }
    }

    @Test func addingADontKnowNeverChangesAScore() async {
        await propertyCheck(count: 300, input: Self.answersGen, Self.answerGen.array(of: 4), Gen.element(of: ["a1", "a2", "b1", "b2"])) {
            questions, answers, extra in
            var given = Dictionary(zip(questions, answers)) { a, _ in a }
            given.removeValue(forKey: extra!)
            let before = Scoring.score(Self.response(given), in: Self.framework)
            given[extra!] = .dontKnow
            let after = Scoring.score(Self.response(given), in: Self.framework)
            #expect(before.overall == after.overall)
            #expect(before.dimensions.map(\.score) == after.dimensions.map(\.score))
            #expect(after.answered == before.answered + 1)
        }
    }
}
