import MaturityCore
import Testing

/// Where to start, the rest of the steps by dimension, and the top stage.
@Suite struct ResultGuideTests {
    /// Three stages; A (weight 2), B and C (weight 1), each with one question and three steps
    /// from each stage below the top.
    static let framework: Framework = {
        let steps = ["low": "first\nsecond\nthird", "mid": "first\nsecond\nthird"]
        func dimension(_ id: String, weight: Double) -> Dimension {
            Dimension(id: id, name: id.uppercased(), weight: weight,
                      questions: [Question(id: id + "1", text: "?", statements: ["1", "2", "3"])],
                      nextSteps: steps.mapValues { $0.split(separator: "\n").map { "\(id.uppercased()) \($0)" }.joined(separator: "\n") })
        }
        return Framework(id: "g", version: "1", language: "en", title: "G", description: "D",
                         stages: [Stage(id: "low", name: "Low"), Stage(id: "mid", name: "Mid"), Stage(id: "high", name: "High")],
                         dimensions: [dimension("a", weight: 2), dimension("b", weight: 1), dimension("c", weight: 1)])
    }()

    static func guide(_ answers: [String: Answer]) -> ResultGuide {
        var response = Response.new(to: framework, id: "r", organisation: "O", at: Timestamp(seconds: 0))
        response.answers = answers
        return ResultGuide(scores: Scoring.score(response, in: framework), framework: framework)
    }

    @Test func theWeakestFirstWeightsConsideredOneStepEach() {
        // A and B both at the middle stage, but A weighs twice as much: its one stage to go
        // counts as much as C's two (C is at the lowest), and A comes first in the framework.
        let guide = Self.guide(["a1": .stage("mid"), "b1": .stage("mid"), "c1": .stage("low")])
        #expect(guide.whereToStart.map(\.text) == ["A first", "C first", "B first"])
        #expect(guide.byDimension.map(\.steps) == [["A second", "A third"], ["B second", "B third"], ["C second", "C third"]])
        #expect(guide.byDimension.map(\.toStage) == ["High", "High", "Mid"])
        #expect(guide.showsFirstStage)
    }

    @Test func withOneDimensionScoredItsFirstStepsFillTheStart() {
        let guide = Self.guide(["b1": .stage("low")])
        #expect(guide.whereToStart.map(\.text) == ["B first", "B second", "B third"])
        #expect(guide.byDimension.isEmpty, "every step is already shown")
    }

    @Test func aDimensionAtTheTopStageIsToKeepUp() {
        let guide = Self.guide(["a1": .stage("high"), "b1": .stage("mid"), "c1": .stage("high")])
        #expect(guide.whereToStart.map(\.text) == ["B first", "B second", "B third"])
        #expect(guide.byDimension.map(\.dimensionName) == ["A", "C"])
        #expect(guide.byDimension.allSatisfy { $0.isAtTopStage })
        #expect(!guide.showsFirstStage)
    }

    @Test func nothingScoredGivesNothingToDo() {
        let guide = Self.guide(["a1": .dontKnow])
        #expect(guide.whereToStart.isEmpty && guide.byDimension.isEmpty)
    }
}
