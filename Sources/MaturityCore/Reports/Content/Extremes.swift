/// The dimensions with the highest and the lowest group mean, compared as shown (one decimal
/// place), so that two dimensions both shown as 2.3 are named together and a difference too
/// small to see is not called one.
public struct Extremes: Sendable, Equatable {
    public var highest: [String]
    /// "3.1", as shown beside the names.
    public var highestShown: String
    public var lowest: [String]
    public var lowestShown: String

    /// From each dimension's row (not the overall one); nil when fewer than two dimensions are
    /// scored or all show the same mean.
    public init?(dimensions: [FigureRow]) {
        let scored = dimensions.compactMap { row in row.mean.value.map { (name: row.name, value: $0, shown: row.mean.shown) } }
        guard let best = scored.max(by: { $0.value < $1.value }), let worst = scored.min(by: { $0.value < $1.value }),
              best.shown != worst.shown else { return nil }
        highest = scored.filter { $0.shown == best.shown }.map(\.name)
        highestShown = best.shown
        lowest = scored.filter { $0.shown == worst.shown }.map(\.name)
        lowestShown = worst.shown
    }
}
