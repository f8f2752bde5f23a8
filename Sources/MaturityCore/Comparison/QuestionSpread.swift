/// How far apart the stages people chose for one question are: the lowest and highest stage
/// positions (1...N) among the respondents who answered it with a stage, and how many chose each.
public struct QuestionSpread: Sendable, Equatable {
    public var questionID: String
    /// Respondents who answered with a stage (don't know and not applicable are not positions).
    public var answers: Int
    public var lowest: Int
    public var highest: Int
    /// How many chose each stage, by 0-based stage index; empty when not counted.
    public var counts: [Int]

    public init(questionID: String, answers: Int, lowest: Int, highest: Int, counts: [Int] = []) {
        self.questionID = questionID
        self.answers = answers
        self.lowest = lowest
        self.highest = highest
        self.counts = counts
    }

    /// Highest minus lowest position, in stages.
    public var spread: Int { highest - lowest }

    /// Whether the answers to this question split the group (`StageSplit`), and where.
    public var split: StageSplit? { StageSplit(counts: counts) }
}
