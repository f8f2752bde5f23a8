/// The scale a framework's scores lie on: each stage's value, from least to most mature.
///
/// The one place that says what a stage scores, which stage a score reaches, how far it has
/// come toward the next, and where the scale starts and ends for every display ("2.3 of 3").
/// A stage's value is its position (1...N) unless the framework gives `value:` to its stages
/// (SAMM's levels 0 to 3, say). docs/scoring.md writes these rules down.
public struct StageScale: Sendable, Equatable {
    /// Each stage's value, strictly increasing.
    public let values: [Double]

    public init(values: [Double]) {
        self.values = values
    }

    /// The scale of these stages: their values, or their positions 1...N where they have none.
    public init(stages: [Stage]) {
        values = stages.enumerated().map { index, stage in stage.value ?? Double(index + 1) }
    }

    /// The scale of stages valued by position, 1...count.
    public init(positions count: Int) {
        values = (0..<max(count, 0)).map { Double($0 + 1) }
    }

    public var count: Int { values.count }
    /// The first stage's value: the lowest score there is.
    public var minimum: Double { values.first ?? 1 }
    /// The last stage's value: the highest score there is, as in "2.3 of 3".
    public var maximum: Double { values.last ?? 1 }
    /// Where bars and charts start: 0, or the minimum when the scale goes below 0. A first
    /// stage valued 1 thus shows a bar a fraction long, and a first stage valued 0 none.
    public var origin: Double { min(0, minimum) }

    /// The value of the stage at this 0-based position.
    public func value(ofStageAt index: Int) -> Double {
        values.indices.contains(index) ? values[index] : Double(index + 1)
    }

    /// The 0-based stage a score reaches: the last stage whose value it has reached, within
    /// `Scoring.tolerance`; the first stage for a score below every value.
    public func stageIndex(for score: Double) -> Int {
        var reached = 0
        for (index, value) in values.enumerated() where score + Scoring.tolerance >= value { reached = index }
        return reached
    }

    /// How far a score has come from its stage's value toward the next stage's, 0..<1; nil at
    /// the last stage.
    public func progressToNextStage(for score: Double) -> Double? {
        let stage = stageIndex(for: score)
        guard stage + 1 < values.count else { return nil }
        let step = values[stage + 1] - values[stage]
        return step > 0 ? min(max((score - values[stage]) / step, 0), 1) : nil
    }

    /// The share of a bar a score fills, from `origin` (0) to `maximum` (1).
    public func fraction(of score: Double) -> Double {
        let span = maximum - origin
        return span > 0 ? min(max((score - origin) / span, 0), 1) : 0
    }

    /// A stage's value as people read it: "3", "2.5", "-1".
    public static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// The highest score as people read it, for "2.3 of 3".
    public var maximumText: String { Self.text(maximum) }
}
