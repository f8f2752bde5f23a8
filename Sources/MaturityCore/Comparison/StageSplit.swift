/// Where people stand far apart, by the stage of each person's own score (or the stage each
/// chose for a question): the rule behind "where people differ", for the projector and every
/// report alike (docs/scoring.md, "Where people differ").
///
/// A **split** is two ends of the room two stages or more apart, each holding at least a fifth
/// of the people counted, and at least two: some people at or below one stage, some at or
/// above the stage two higher. One person two stages from everyone else is not a split (it
/// flagged 7 of 7 dimensions in every real room tried); they are counted as **far from the
/// middle** instead.
public struct StageSplit: Sendable, Equatable {
    /// The ends must be at least this many stages apart.
    public static let stagesApart = 2
    /// At most this many split dimensions are shown, the sharpest first.
    public static let shownAtMost = 3
    /// At most this many questions are named for a split dimension.
    public static let questionsAtMost = 2

    /// The fewest people each end needs: a fifth of those counted, and at least two.
    public static func smallestEnd(of counted: Int) -> Int { max(2, (counted + 4) / 5) }

    /// The stages (0-based) where the low end's people stand, lowest to highest.
    public var low: ClosedRange<Int>
    public var lowPeople: Int
    /// The stages where the high end's people stand.
    public var high: ClosedRange<Int>
    public var highPeople: Int

    /// How sharp the split is: the people at its smaller end.
    public var strength: Int { min(lowPeople, highPeople) }

    /// The split among people counted by stage (`counts[i]` people at the stage of index i), or
    /// nil when there is none. Of the possible cuts, the one with the largest smaller end is
    /// taken, then the one with more people at its ends, then the lowest.
    public init?(counts: [Int]) {
        let counted = counts.reduce(0, +)
        let needed = Self.smallestEnd(of: counted)
        var best: StageSplit?
        for cut in counts.indices {
            let lowStages = counts.indices.filter { $0 <= cut && counts[$0] > 0 }
            let highStages = counts.indices.filter { $0 >= cut + Self.stagesApart && counts[$0] > 0 }
            guard let lowFirst = lowStages.first, let lowLast = lowStages.last,
                  let highFirst = highStages.first, let highLast = highStages.last else { continue }
            let candidate = StageSplit(low: lowFirst...lowLast, lowPeople: lowStages.reduce(0) { $0 + counts[$1] },
                                       high: highFirst...highLast, highPeople: highStages.reduce(0) { $0 + counts[$1] })
            guard candidate.strength >= needed else { continue }
            if let current = best,
               (candidate.strength, candidate.lowPeople + candidate.highPeople) <= (current.strength, current.lowPeople + current.highPeople) {
                continue
            }
            best = candidate
        }
        guard let best else { return nil }
        self = best
    }

    init(low: ClosedRange<Int>, lowPeople: Int, high: ClosedRange<Int>, highPeople: Int) {
        self.low = low
        self.lowPeople = lowPeople
        self.high = high
        self.highPeople = highPeople
    }

    /// People two stages or more below (or above) the middle of everyone counted (the stage of
    /// the middle person; with an even count, of the two middle people): the lone outliers a
    /// split leaves out.
    public static func farFromTheMiddle(counts: [Int]) -> (below: Int, above: Int) {
        let stages = counts.indices.flatMap { Array(repeating: $0, count: max(0, counts[$0])) }
        guard !stages.isEmpty else { return (0, 0) }
        let lowerMiddle = stages[(stages.count - 1) / 2]
        let upperMiddle = stages[stages.count / 2]
        return (stages.filter { $0 <= lowerMiddle - stagesApart }.count, stages.filter { $0 >= upperMiddle + stagesApart }.count)
    }
}
