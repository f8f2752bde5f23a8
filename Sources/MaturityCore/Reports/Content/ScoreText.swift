/// A score as every format and the projector show it: the value, its text with one decimal
/// place ("2.8", never rounded up to a stage not reached), and the stage it is at.
public struct ScoreText: Sendable, Equatable {
    /// The full, unrounded value; nil when not scored.
    public var value: Double?
    /// "2.8", or "not scored".
    public var shown: String
    /// 0-based stage index, and the stage's name; nil when not scored.
    public var stageIndex: Int?
    public var stageName: String?

    public init(_ value: Double?, in framework: Framework) {
        self.value = value
        shown = Scoring.display(value)
        stageIndex = value.map { framework.scale.stageIndex(for: $0) }
        stageName = stageIndex.flatMap { framework.stages.indices.contains($0) ? framework.stages[$0].name : nil }
    }
}
