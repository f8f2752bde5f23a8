/// One organisation's group summary set beside a benchmark, dimension by dimension: how far
/// from the sector mean it is, and roughly where among the organisations it falls.
public struct BenchmarkComparison: Sendable, Equatable {
    /// Whether the organisation's mean is below, level with or above the sector mean.
    public enum Placing: String, Sendable, Equatable {
        case below
        case level
        case above
    }

    /// One dimension (or the overall score) beside the sector.
    public struct Position: Sendable, Equatable {
        /// The dimension id; nil for the overall score.
        public var id: String?
        /// The organisation's group mean; nil when not scored.
        public var organisation: Double?
        /// The sector figures; nil when the benchmark has none for this dimension.
        public var sector: ScoreStatistics?

        public init(id: String?, organisation: Double?, sector: ScoreStatistics?) {
            self.id = id
            self.organisation = organisation
            self.sector = sector
        }

        /// Organisation minus sector mean; nil unless both exist.
        public var difference: Double? {
            guard let organisation, let sector else { return nil }
            return organisation - sector.mean
        }

        /// Level when the difference shows as 0.0 at one decimal place, so a report never
        /// says "above" beside a difference it prints as zero.
        public var placing: Placing? {
            guard let difference else { return nil }
            if Int((abs(difference) * 10 + Scoring.tolerance).rounded()) == 0 { return .level }
            return difference > 0 ? .above : .below
        }

        /// An estimate of the share of organisations (0...100) scoring below this one, read off
        /// the benchmark's quartiles by straight lines between min (0), q1 (25), median (50),
        /// q3 (75) and max (100). Where several quartiles are equal to the score, the middle of
        /// their percentiles.
        public var percentile: Double? {
            guard let value = organisation, let sector else { return nil }
            return BenchmarkComparison.percentile(of: value, in: sector)
        }
    }

    public var frameworkID: String
    /// In the summary's (framework) order.
    public var dimensions: [Position]
    public var overall: Position
    /// The benchmark was built from a framework of another shape: a report must warn.
    public var fingerprintDiffers: Bool
    /// The summary's dimensions that the benchmark does not have, in framework order.
    public var dimensionsNotInBenchmark: [String]

    /// Sets `summary` (one organisation's group summary) beside `benchmark`; dimensions are
    /// matched by id.
    ///
    /// - Throws: `.frameworkMismatch` when the benchmark is for another framework.
    public init(summary: GroupSummary, benchmark: BenchmarkFile) throws(BenchmarkError) {
        guard summary.frameworkID == benchmark.framework.id else {
            throw .frameworkMismatch(benchmark: benchmark.framework.id, summary: summary.frameworkID)
        }
        frameworkID = summary.frameworkID
        dimensions = summary.dimensions.map {
            Position(id: $0.dimensionID, organisation: $0.scores.mean, sector: benchmark.dimension($0.dimensionID)?.statistics)
        }
        overall = Position(id: nil, organisation: summary.overall.mean, sector: benchmark.overall.statistics)
        fingerprintDiffers = summary.versions.frameworkFingerprint != benchmark.framework.fingerprint
        dimensionsNotInBenchmark = summary.dimensions.map(\.dimensionID).filter { benchmark.dimension($0) == nil }
    }

    /// The position of one dimension.
    public func dimension(_ id: String) -> Position? { dimensions.first { $0.id == id } }

    /// Percentile by linear interpolation through the five-number summary.
    static func percentile(of value: Double, in sector: ScoreStatistics) -> Double {
        let knots = [sector.minimum, sector.lowerQuartile, sector.median, sector.upperQuartile, sector.maximum]
        let shares = [0.0, 25, 50, 75, 100]
        if value < knots[0] { return 0 }
        if value > knots[4] { return 100 }
        // The lowest and highest percentile at which the curve reaches the value; they differ
        // only where the curve is flat at this value.
        var lowest = 100.0
        for i in 0..<4 where knots[i] <= value && value <= knots[i + 1] {
            lowest = knots[i + 1] == knots[i] ? shares[i]
                : shares[i] + 25 * (value - knots[i]) / (knots[i + 1] - knots[i])
            break
        }
        var highest = 0.0
        for i in (0..<4).reversed() where knots[i] <= value && value <= knots[i + 1] {
            highest = knots[i + 1] == knots[i] ? shares[i + 1]
                : shares[i] + 25 * (value - knots[i]) / (knots[i + 1] - knots[i])
            break
        }
        return min(max((lowest + highest) / 2, 0), 100)
    }
}
