/// A group's view of one area: the figures over the respondents' area scores.
public struct AreaSummary: Sendable, Equatable {
    public var areaID: String
    public var scores: ScoreSummary

    public init(areaID: String, scores: ScoreSummary) {
        self.areaID = areaID
        self.scores = scores
    }
}
