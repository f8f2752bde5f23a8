#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Sector figures to set one organisation beside: per dimension and overall, the mean, extremes,
/// spread and quartiles of many organisations' group means. Aggregate figures only: no
/// organisation's name, no person, no single response is in it. Written as JSON:
///
/// ```json
/// {
///   "schema": "maturity-benchmark/1",
///   "framework": { "id": "data-maturity", "version": "1.0", "fingerprint": "9b1d..." },
///   "stages": ["unaware", "emerging", "learning", "developing", "mastering"],
///   "organisations": 7,
///   "created": "2026-11-21T10:20:00Z",
///   "overall": { "organisations": 7, "mean": 2.9, "min": 1.8, "max": 4.1, "sd": 0.7, "q1": 2.4, "median": 2.8, "q3": 3.5 },
///   "dimensions": [ { "id": "uses", "organisations": 7, "mean": 3.1, ... }, { "id": "tools", "organisations": 4 } ]
/// }
/// ```
///
/// A dimension that fewer than `minimumOrganisations` organisations scored carries only its count.
public struct BenchmarkFile: Sendable, Equatable, Codable {
    /// The format this version writes and reads.
    public static let schemaName = "maturity-benchmark/1"
    /// Fewer organisations than this make no benchmark: the figures would say little about a
    /// sector and too much about each organisation in it.
    public static let minimumOrganisations = 5

    /// The framework the figures are for.
    public struct FrameworkReference: Sendable, Equatable, Codable {
        public var id: String
        public var version: String
        public var fingerprint: String

        public init(id: String, version: String, fingerprint: String) {
            self.id = id
            self.version = version
            self.fingerprint = fingerprint
        }
    }

    public var schema: String
    public var framework: FrameworkReference
    /// The framework's stage ids in order: scores are on the scale 1...stages.count, unless
    /// `stageValues` says otherwise.
    public var stages: [String]
    /// Each stage's value (`"stage-values"`), only for a framework whose stages have values.
    public var stageValues: [Double]?
    /// Organisations counted, each once.
    public var organisations: Int
    public var created: Timestamp
    public var overall: BenchmarkFigures
    /// In framework order.
    public var dimensions: [BenchmarkFigures]

    public init(framework: FrameworkReference, stages: [String], stageValues: [Double]? = nil, organisations: Int,
                created: Timestamp, overall: BenchmarkFigures, dimensions: [BenchmarkFigures]) {
        schema = Self.schemaName
        self.framework = framework
        self.stages = stages
        self.stageValues = stageValues
        self.organisations = organisations
        self.created = created
        self.overall = overall
        self.dimensions = dimensions
    }

    /// The scale the figures lie on.
    public var scale: StageScale { stageValues.map(StageScale.init(values:)) ?? StageScale(positions: stages.count) }

    /// The figures of one dimension.
    public func dimension(_ id: String) -> BenchmarkFigures? { dimensions.first { $0.id == id } }

    /// Pretty-printed JSON with sorted keys, so that the same figures give the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and finite numbers cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    enum CodingKeys: String, CodingKey {
        case schema, framework, stages, organisations, created, overall, dimensions
        case stageValues = "stage-values"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        framework = try container.decode(FrameworkReference.self, forKey: .framework)
        stages = try container.decode([String].self, forKey: .stages)
        stageValues = try container.decodeIfPresent([Double].self, forKey: .stageValues)
        organisations = try container.decode(Int.self, forKey: .organisations)
        let createdText = try container.decode(String.self, forKey: .created)
        guard let created = Timestamp(parsing: createdText) else {
            throw DecodingError.dataCorruptedError(forKey: .created, in: container,
                                                   debugDescription: "\"\(createdText)\" is not a date such as 2026-11-21T10:20:00Z")
        }
        self.created = created
        overall = try container.decode(BenchmarkFigures.self, forKey: .overall)
        dimensions = try container.decode([BenchmarkFigures].self, forKey: .dimensions)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(framework, forKey: .framework)
        try container.encode(stages, forKey: .stages)
        try container.encodeIfPresent(stageValues, forKey: .stageValues)
        try container.encode(organisations, forKey: .organisations)
        try container.encode(created.description, forKey: .created)
        try container.encode(overall, forKey: .overall)
        try container.encode(dimensions, forKey: .dimensions)
    }
}

/// One dimension's (or the overall) sector figures: over the organisations' group means.
public struct BenchmarkFigures: Sendable, Equatable, Codable {
    /// The dimension id; nil for the overall figures.
    public var id: String?
    /// Organisations with a score here.
    public var organisations: Int
    /// Nil when fewer than `BenchmarkFile.minimumOrganisations` organisations are scored here.
    public var statistics: ScoreStatistics?

    public init(id: String?, organisations: Int, statistics: ScoreStatistics?) {
        self.id = id
        self.organisations = organisations
        self.statistics = statistics
    }

    enum CodingKeys: String, CodingKey {
        case id, organisations, mean, min, max, sd, q1, median, q3
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        organisations = try container.decode(Int.self, forKey: .organisations)
        let figures = try [CodingKeys.mean, .min, .max, .sd, .q1, .median, .q3].map {
            try container.decodeIfPresent(Double.self, forKey: $0)
        }
        let present = figures.compactMap { $0 }
        if present.isEmpty {
            statistics = nil
        } else if present.count == figures.count {
            statistics = ScoreStatistics(count: organisations, mean: present[0], minimum: present[1], maximum: present[2],
                                         standardDeviation: present[3], lowerQuartile: present[4], median: present[5],
                                         upperQuartile: present[6])
        } else {
            throw DecodingError.dataCorruptedError(forKey: .mean, in: container,
                                                   debugDescription: "give all of mean, min, max, sd, q1, median and q3, or none")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(organisations, forKey: .organisations)
        guard let statistics else { return }
        try container.encode(statistics.mean, forKey: .mean)
        try container.encode(statistics.minimum, forKey: .min)
        try container.encode(statistics.maximum, forKey: .max)
        try container.encode(statistics.standardDeviation, forKey: .sd)
        try container.encode(statistics.lowerQuartile, forKey: .q1)
        try container.encode(statistics.median, forKey: .median)
        try container.encode(statistics.upperQuartile, forKey: .q3)
    }
}
