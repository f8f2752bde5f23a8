/// Descriptive figures for a set of scores on the 1...N scale: mean, extremes, population
/// standard deviation and quartiles. Used for a group's dimension scores and for a benchmark.
public struct ScoreStatistics: Sendable, Equatable {
    /// How many scores the figures describe; at least 1.
    public var count: Int
    public var mean: Double
    public var minimum: Double
    public var maximum: Double
    /// Population standard deviation: the spread of exactly these scores, not an estimate
    /// for a wider population, since a group report describes the people who answered.
    public var standardDeviation: Double
    /// Quartiles by linear interpolation between the sorted scores (the method of
    /// spreadsheets' QUARTILE.INC): the median of 1, 2, 3, 4 is 2.5.
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double

    public init(count: Int, mean: Double, minimum: Double, maximum: Double, standardDeviation: Double,
                lowerQuartile: Double, median: Double, upperQuartile: Double) {
        self.count = count
        self.mean = mean
        self.minimum = minimum
        self.maximum = maximum
        self.standardDeviation = standardDeviation
        self.lowerQuartile = lowerQuartile
        self.median = median
        self.upperQuartile = upperQuartile
    }

    /// The figures for these scores, or nil when there are none (nothing to describe is
    /// "not scored", never zero).
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        // Summing in sorted order makes every figure independent of the order the responses
        // came in, down to the last bit.
        let sorted = values.sorted()
        let n = Double(sorted.count)
        let minimum = sorted[0]
        let maximum = sorted[sorted.count - 1]
        // The true mean lies within the extremes; rounding in the sum must not push it out.
        let mean = min(max(sorted.reduce(0, +) / n, minimum), maximum)
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        self.init(count: sorted.count, mean: mean, minimum: minimum, maximum: maximum,
                  standardDeviation: (squares / n).squareRoot(),
                  lowerQuartile: Self.quantile(0.25, ofSorted: sorted), median: Self.quantile(0.5, ofSorted: sorted),
                  upperQuartile: Self.quantile(0.75, ofSorted: sorted))
    }

    /// Maximum minus minimum: the disagreement rule looks at this.
    public var range: Double { maximum - minimum }

    /// The value below which a fraction `p` of the sorted values lie, interpolating linearly.
    static func quantile(_ p: Double, ofSorted sorted: [Double]) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
