/// How much of the picture one response's results rest on: the questions answered with a
/// statement (the only answers that score), and the dimensions that have such an answer.
///
/// The one rule for naming strongest and weakest areas: they are named only when most
/// dimensions (more than half, and at least two) are scored, so that two answers out of 28
/// never make a headline. `ResultSummary` applies it, so the screens and every report follow it.
public struct ResultBasis: Sendable, Equatable {
    /// Questions answered with a statement, and all questions.
    public var scoredQuestions: Int
    public var questions: Int
    /// Dimensions with at least one question answered with a statement, and all dimensions.
    public var scoredDimensions: Int
    public var dimensions: Int

    public init(scoredQuestions: Int, questions: Int, scoredDimensions: Int, dimensions: Int) {
        self.scoredQuestions = scoredQuestions
        self.questions = questions
        self.scoredDimensions = scoredDimensions
        self.dimensions = dimensions
    }

    public init(scores: ResponseScores) {
        self.init(scoredQuestions: scores.dimensions.reduce(0) { $0 + $1.scored }, questions: scores.total,
                  scoredDimensions: scores.dimensions.filter { $0.score != nil }.count, dimensions: scores.dimensions.count)
    }

    /// Strongest and weakest may be named: most dimensions are scored.
    public var namesStrongestAndWeakest: Bool {
        scoredDimensions >= 2 && scoredDimensions * 2 > dimensions
    }

    /// Every question is answered with a statement: nothing to say about the basis.
    public var isWhole: Bool { scoredQuestions == questions }
}
