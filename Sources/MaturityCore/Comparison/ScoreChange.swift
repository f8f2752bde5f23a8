/// How one score moved between two points in time: by how much, and whether its stage changed.
public struct ScoreChange: Sendable, Equatable {
    /// Whether a score's stage went up, down or stayed.
    public enum Movement: String, Sendable, Equatable {
        case up
        case down
        case same
    }

    /// Nil where the score was "not scored" at that point.
    public var before: Double?
    public var after: Double?

    /// Whether the stage moved; nil unless both are scored.
    public var movement: Movement?

    public init(before: Double?, after: Double?, movement: Movement?) {
        self.before = before
        self.after = after
        self.movement = movement
    }

    /// Compares the stages of the two scores (as `StageScale` finds them), so 2.9 to 3.0
    /// moves up a stage while 2.1 to 2.9 does not.
    public init(before: Double?, after: Double?, scale: StageScale) {
        var movement: Movement?
        if let before, let after {
            let from = scale.stageIndex(for: before)
            let to = scale.stageIndex(for: after)
            movement = to > from ? .up : to < from ? .down : .same
        }
        self.init(before: before, after: after, movement: movement)
    }

    /// After minus before; nil unless both are scored (a change from "not scored" is no number).
    public var difference: Double? {
        guard let before, let after else { return nil }
        return after - before
    }

    /// A difference as people see it: one decimal place with its sign, "+0.3", "-1.2", "0.0";
    /// "no change figure" when there is no difference to show.
    public static func display(difference: Double?) -> String {
        guard let difference else { return "no change figure" }
        let tenths = Int((abs(difference) * 10 + Scoring.tolerance).rounded())
        guard tenths != 0 else { return "0.0" }
        return (difference < 0 ? "-" : "+") + "\(tenths / 10).\(tenths % 10)"
    }
}
