/// How far apart the stages people chose for one question are: the lowest and highest stage
/// positions (1...N) among the respondents who answered it with a stage.
public struct QuestionSpread: Sendable, Equatable {
    public var questionID: String
    /// Respondents who answered with a stage (don't know and not applicable are not positions).
    public var answers: Int
    public var lowest: Int
    public var highest: Int

    public init(questionID: String, answers: Int, lowest: Int, highest: Int) {
        self.questionID = questionID
        self.answers = answers
        self.lowest = lowest
        self.highest = highest
    }

    /// Highest minus lowest position, in stages.
    public var spread: Int { highest - lowest }
}
