import MaturityCore
import Testing

/// How much of the picture the results rest on, and the one rule for naming strongest and weakest.
@Suite struct ResultBasisTests {
    @Test(arguments: [(0, 7, false), (1, 7, false), (2, 7, false), (3, 7, false), (4, 7, true), (7, 7, true),
                      (1, 2, false), (2, 2, true), (2, 3, true), (2, 4, false), (3, 4, true)])
    func strongestAndWeakestNeedMostDimensionsScored(scored: Int, dimensions: Int, names: Bool) {
        let basis = ResultBasis(scoredQuestions: scored, questions: 28, scoredDimensions: scored, dimensions: dimensions)
        #expect(basis.namesStrongestAndWeakest == names)
    }

    @Test func countsOnlyAnswersWithAStatement() {
        let scores = Scoring.score(ScoringTests.response(["a1": .stage("high"), "b1": .dontKnow, "b2": .notApplicable]),
                                   in: ScoringTests.framework)
        let basis = ResultBasis(scores: scores)
        #expect(basis == ResultBasis(scoredQuestions: 1, questions: 4, scoredDimensions: 1, dimensions: 2))
        #expect(!basis.namesStrongestAndWeakest)
        #expect(!basis.isWhole)
    }

    /// The case: two answers out of 28, in two of seven dimensions, named a strongest
    /// and a weakest; they are not named now.
    @Test func twoAnswersOutOf28NameNoStrongestOrWeakest() {
        let basis = ResultBasis(scoredQuestions: 2, questions: 28, scoredDimensions: 2, dimensions: 7)
        #expect(!basis.namesStrongestAndWeakest)
    }
}
