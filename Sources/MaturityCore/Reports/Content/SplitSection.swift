/// "Where people differ", as every format and the projector say it: the split dimensions worth
/// discussing (`StageSplit`), sharpest first and at most a few, how many more there are, and the
/// dimensions where only one or two people stand far from the rest.
public struct SplitSection: Sendable, Equatable {
    /// A dimension with people two stages or more from the middle, but no split.
    public struct FarFromTheMiddle: Sendable, Equatable {
        public var dimensionID: String
        public var dimensionName: String
        public var below: Int
        public var above: Int
        /// "1 person two stages or more below the middle".
        public var sentence: String
    }

    /// Split dimensions shown, sharpest first, at most `StageSplit.shownAtMost`.
    public var shown: [SplitItem]
    /// The names of the other split dimensions, not shown.
    public var notShown: [String]
    public var farFromTheMiddle: [FarFromTheMiddle]

    public init(_ summary: GroupSummary, in framework: Framework, words: ReportWords) {
        shown = summary.splitsToShow.compactMap { SplitItem($0, in: framework, words: words) }
        let shownIDs = Set(shown.map(\.dimensionID))
        notShown = zip(framework.dimensions, summary.dimensions)
            .filter { $1.isDisagreement && !shownIDs.contains($1.dimensionID) }.map(\.0.name)
        farFromTheMiddle = zip(framework.dimensions, summary.dimensions).compactMap { dimension, figures in
            let far = figures.farFromTheMiddle
            guard far.below + far.above > 0 else { return nil }
            let sentence: String
            switch (far.below, far.above) {
            case (0, let above): sentence = words(.farAbove, ["people": words.people(above)])
            case (let below, 0): sentence = words(.farBelow, ["people": words.people(below)])
            case (let below, let above): sentence = words(.farBoth, ["people": words.people(below), "above": words.number(above)])
            }
            return FarFromTheMiddle(dimensionID: dimension.id, dimensionName: dimension.name, below: far.below, above: far.above,
                                    sentence: sentence)
        }
    }
}
