/// One dimension (or the overall score) beside the sector, as every format shows it, worked out
/// once from a `BenchmarkComparison.Position`.
public struct SectorRow: Sendable, Equatable {
    /// Nil for the overall score.
    public var id: String?
    public var name: String
    public var yours: ScoreText
    /// The sector's figures with one decimal place; nil when too few organisations scored it.
    public var sector: Figures?
    /// "+0.3", "-1.2", "0.0"; nil when there is no difference to show.
    public var difference: String?
    public var placing: BenchmarkComparison.Placing?
    /// The estimated share of organisations below, as a whole number 0...100.
    public var percentile: Int?

    public struct Figures: Sendable, Equatable {
        public var mean: String
        public var minimum: String
        public var lowerQuartile: String
        public var median: String
        public var upperQuartile: String
        public var maximum: String
    }

    public var isOverall: Bool { id == nil }

    /// "▲ above", "= level", "▼ below", with the symbol beside the word (never colour alone);
    /// nil when there is no placing.
    public var placingShown: String?

    init(name: String, _ position: BenchmarkComparison.Position, framework: Framework, words: ReportWords) {
        id = position.id
        self.name = name
        yours = ScoreText(position.organisation, in: framework)
        sector = position.sector.map {
            let shown = { words.number(Scoring.display($0)) }
            return Figures(mean: shown($0.mean), minimum: shown($0.minimum), lowerQuartile: shown($0.lowerQuartile),
                           median: shown($0.median), upperQuartile: shown($0.upperQuartile), maximum: shown($0.maximum))
        }
        difference = position.difference == nil ? nil : words.number(ScoreChange.display(difference: position.difference))
        placing = position.placing
        placingShown = position.placing.map { placing in
            switch placing {
            case .above: return words(.sectorAbove)
            case .level: return words(.sectorLevel)
            case .below: return words(.sectorBelow)
            }
        }
        percentile = position.percentile.map { Int($0.rounded()) }
    }

    /// A row per dimension of the framework, in its order, then the overall row.
    public static func rows(of comparison: BenchmarkComparison, in framework: Framework, words: ReportWords) -> [SectorRow] {
        zip(framework.dimensions, comparison.dimensions).map { SectorRow(name: $0.name, $1, framework: framework, words: words) }
            + [SectorRow(name: words(.overall), comparison.overall, framework: framework, words: words)]
    }
}
