import Foundation
import MaturityCore
import Testing

/// Benchmark files: building (each organisation once, at least five), reading back with
/// checks, and setting an organisation beside one.
@Suite struct BenchmarkComparisonTests {
    typealias F = ComparisonFixtures
    static let created = Timestamp(parsing: "2026-11-21T12:00:00Z")!

    /// Five organisations, everyone answering every question with one stage: Alpha 1, Beta 2,
    /// Gamma 3, Delta 4, and Epsilon's forty people all 4.
    static let sector: [Response] = [
        F.response("a1", organisation: "Alpha", F.all("unaware")),
        F.response("b1", organisation: "Beta", F.all("emerging")),
        F.response("g1", organisation: "Gamma", F.all("developing")),
        F.response("d1", organisation: "Delta", F.all("mastering")),
    ] + (1...40).map { F.response("e\($0)", organisation: $0 % 2 == 0 ? "Epsilon" : "epsilon ", F.all("mastering")) }

    @Test func eachOrganisationCountsOnceByItsGroupMean() throws {
        let benchmark = try BenchmarkFile.build(from: Self.sector, framework: F.framework, created: Self.created)
        #expect(benchmark.organisations == 5)
        #expect(benchmark.schema == "maturity-benchmark/1")
        #expect(benchmark.stages == F.stageIDs)
        #expect(benchmark.framework == .init(id: "worked-example", version: "1", fingerprint: F.framework.fingerprint))
        for figures in benchmark.dimensions + [benchmark.overall] {
            let s = try #require(figures.statistics)
            // Organisation means 1, 2, 3, 4, 4: mean 14 / 5 = 2.8 (per person it would be 170 / 44 = 3.86).
            #expect(figures.organisations == 5 && s.count == 5)
            #expect(close(s.mean, 2.8))
            #expect(s.minimum == 1 && s.maximum == 4)
            // Deviations -1.8, -0.8, 0.2, 1.2, 1.2: squares 3.24 + 0.64 + 0.04 + 1.44 + 1.44 = 6.8; / 5 = 1.36.
            #expect(close(s.standardDeviation, 1.36.squareRoot()))
            // Sorted 1, 2, 3, 4, 4: q1 at position 1 = 2, median at 2 = 3, q3 at 3 = 4.
            #expect(s.lowerQuartile == 2 && s.median == 3 && s.upperQuartile == 4)
        }
        #expect(benchmark.dimensions.map(\.id) == ["data", "leadership", "tools"])
        #expect(benchmark.overall.id == nil)
    }

    @Test func theFileHoldsNoNamesAndNoPeople() throws {
        let benchmark = try BenchmarkFile.build(from: Self.sector, framework: F.framework, created: Self.created)
        let text = String(decoding: benchmark.encoded(), as: UTF8.self).lowercased()
        for name in ["alpha", "beta", "gamma", "delta", "epsilon", "example trust", "\"a1\"", "\"e12\""] {
            #expect(!text.contains(name), "the benchmark file holds \(name)")
        }
        #expect(text.contains("\"schema\" : \"maturity-benchmark/1\""))
        #expect(text.contains("\"created\" : \"2026-11-21t12:00:00z\""))
    }

    @Test func fewerThanFiveOrganisationsAreRefused() {
        let four = Array(Self.sector.prefix(4))
        #expect(throws: BenchmarkError.tooFewOrganisations(found: 4, needed: 5)) {
            try BenchmarkFile.build(from: four, framework: F.framework, created: Self.created)
        }
        // A fifth organisation that only says "don't know" has no score and does not count,
        // and neither do responses with no organisation name.
        let unscored = four + [F.response("u", organisation: "Unsure", F.all("dont-know")),
                               F.response("n", organisation: "  ", F.all("mastering"))]
        #expect(throws: BenchmarkError.tooFewOrganisations(found: 4, needed: 5)) {
            try BenchmarkFile.build(from: unscored, framework: F.framework, created: Self.created)
        }
        #expect(BenchmarkError.tooFewOrganisations(found: 4, needed: 5).description.contains("at least 5 organisations"))
    }

    @Test func responsesToAnotherFrameworkAreRefused() {
        var other = F.framework
        other.id = "other"
        let mixed = Self.sector + [F.response("x", organisation: "Zeta", framework: other, F.all("mastering"))]
        #expect(throws: BenchmarkError.self) {
            try BenchmarkFile.build(from: mixed, framework: F.framework, created: Self.created)
        }
        do {
            _ = try BenchmarkFile.build(from: mixed, framework: F.framework, created: Self.created)
        } catch {
            guard case .otherFrameworks(let leftOut) = error else { Issue.record("wrong error \(error)"); return }
            #expect(leftOut.map(\.responseID) == ["x"])
        }
    }

    @Test func aDimensionFewerThanFiveScoredCarriesOnlyItsCount() throws {
        // Alpha and Beta say don't know to every Tools question: Tools has 3 organisations.
        var responses = Self.sector
        responses[0].answers["t1"] = .dontKnow
        responses[0].answers["t2"] = .dontKnow
        responses[1].answers["t1"] = .dontKnow
        responses[1].answers["t2"] = .notApplicable
        let benchmark = try BenchmarkFile.build(from: responses, framework: F.framework, created: Self.created)
        let tools = try #require(benchmark.dimension("tools"))
        #expect(tools.organisations == 3 && tools.statistics == nil)
        #expect(benchmark.dimension("data")?.statistics != nil)
        let read = try BenchmarkFile.read(benchmark.encoded())
        #expect(read == benchmark)
        #expect(!String(decoding: benchmark.encoded(), as: UTF8.self).contains("\"tools\",\n      \"mean\""))
    }

    @Test func writingThenReadingGivesTheSameFigures() throws {
        let benchmark = try BenchmarkFile.build(from: Self.sector, framework: F.framework, created: Self.created)
        #expect(try BenchmarkFile.read(benchmark.encoded()) == benchmark)
        #expect(benchmark.problems().isEmpty)
    }

    /// Reads `json` expecting failure, and returns the problems.
    func problems(_ json: String) -> [String] {
        do {
            _ = try BenchmarkFile.read(Data(json.utf8))
            Issue.record("read without complaint: \(json)")
            return []
        } catch {
            return error.problems
        }
    }

    func good(_ change: (inout [String: Any]) -> Void) throws -> String {
        let benchmark = try BenchmarkFile.build(from: Self.sector, framework: F.framework, created: Self.created)
        var object = try #require(try JSONSerialization.jsonObject(with: benchmark.encoded()) as? [String: Any])
        change(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func readingRefusesOtherFilesAndImpossibleFigures() throws {
        #expect(problems("not json") == ["the file is not a JSON object; a benchmark file is JSON written by `maturity`"])
        #expect(problems("{\"schema\": \"maturity-benchmark/2\"}") == ["schema is \"maturity-benchmark/2\"; this version of maturity reads \"maturity-benchmark/1\""])
        #expect(problems("{}").first?.contains("schema is missing") == true)
        #expect(problems(try good { $0["organisations"] = 4 }).contains { $0.contains("organisations is 4; a benchmark needs at least 5") })
        #expect(problems(try good { $0["created"] = "yesterday" }).first?.contains("created") == true)
        #expect(problems(try good { $0["stages"] = nil }) == ["the file lacks \"stages\""])
        let bad = problems(try good { object in
            var dimensions = object["dimensions"] as! [[String: Any]]
            dimensions[0]["mean"] = 7.5 // outside 1...4, and above max
            dimensions[1]["q1"] = 3.5 // above the median of 3
            dimensions[2]["sd"] = 2.0 // more than half of 4 - 1
            object["dimensions"] = dimensions
        })
        #expect(bad.contains("dimensions[0].mean is 7.5; scores lie between 1 and 4"))
        #expect(bad.contains("dimensions[0].mean (7.5) is outside min (1.0) to max (4.0)"))
        #expect(bad.contains("dimensions[1].q1 (3.5) is above median (3.0)"))
        #expect(bad.contains("dimensions[2].sd is 2.0; it must be between 0 and half of max - min"))
        #expect(bad.count == 4, "\(bad)")
        let partial = problems(try good { object in
            var overall = object["overall"] as! [String: Any]
            overall["q3"] = nil
            object["overall"] = overall
        })
        #expect(partial.first?.contains("give all of mean, min, max, sd, q1, median and q3, or none") == true)
        let duplicated = problems(try good { object in
            var dimensions = object["dimensions"] as! [[String: Any]]
            dimensions[1]["id"] = "data"
            object["dimensions"] = dimensions
        })
        #expect(duplicated == ["dimensions[1].id \"data\" appears twice"])
    }

    @Test func anOrganisationBesideTheBenchmark() throws {
        let benchmark = try BenchmarkFile.build(from: Self.sector, framework: F.framework, created: Self.created)
        // Data: 3.0 (all developing) and (4 + 3*2 + 3 + 3) / 5 = 16/5 = 3.2 -> mean 3.1. Leadership and tools 3.0.
        let ours = GroupSummary(responses: [
            F.response("o1", organisation: "Ours", F.all("developing")),
            F.response("o2", organisation: "Ours", F.all("developing").merging(["d1": "mastering"]) { $1 }),
        ], framework: F.framework)
        let comparison = try BenchmarkComparison(summary: ours, benchmark: benchmark)
        #expect(!comparison.fingerprintDiffers && comparison.dimensionsNotInBenchmark.isEmpty)
        let data = try #require(comparison.dimension("data"))
        // 3.1 - 2.8 = +0.3, above; between the median 3 (50) and q3 4 (75): 50 + 25 * 0.1 / 1 = 52.5.
        #expect(close(data.difference, 0.3) && data.placing == .above)
        #expect(close(data.percentile, 52.5, within: 1e-6))
        let leadership = try #require(comparison.dimension("leadership"))
        // 3.0 is the median exactly: 50; 3.0 - 2.8 = +0.2.
        #expect(close(leadership.difference, 0.2) && leadership.percentile == 50)
        #expect(comparison.overall.id == nil && comparison.overall.placing == .above)
    }

    @Test func placingIsLevelWhenTheDifferenceShowsAsZero() {
        let sector = ScoreStatistics(count: 5, mean: 2.8, minimum: 1, maximum: 4, standardDeviation: 1,
                                     lowerQuartile: 2, median: 3, upperQuartile: 4)
        #expect(BenchmarkComparison.Position(id: "x", organisation: 2.84, sector: sector).placing == .level)
        #expect(BenchmarkComparison.Position(id: "x", organisation: 2.76, sector: sector).placing == .level)
        #expect(BenchmarkComparison.Position(id: "x", organisation: 2.86, sector: sector).placing == .above)
        #expect(BenchmarkComparison.Position(id: "x", organisation: 2.7, sector: sector).placing == .below)
        #expect(BenchmarkComparison.Position(id: "x", organisation: nil, sector: sector).placing == nil)
        #expect(BenchmarkComparison.Position(id: "x", organisation: 3, sector: nil).percentile == nil)
    }

    @Test func percentilesReadOffTheQuartiles() {
        // min 1 (0), q1 2 (25), median 3 (50), q3 4 (75), max 4 (100).
        let sector = ScoreStatistics(count: 5, mean: 2.8, minimum: 1, maximum: 4, standardDeviation: 1,
                                     lowerQuartile: 2, median: 3, upperQuartile: 4)
        func at(_ value: Double) -> Double? { BenchmarkComparison.Position(id: nil, organisation: value, sector: sector).percentile }
        #expect(at(1) == 0)
        #expect(at(1.5) == 12.5) // halfway from min to q1
        #expect(at(2.5) == 37.5)
        #expect(at(3) == 50)
        // q3 and max are both 4: the curve is flat from 75 to 100, so the middle, 87.5.
        #expect(at(4) == 87.5)
        #expect(at(0.5) == 0 && at(4.5) == 100) // outside the sector's range
    }

    @Test func anotherFrameworkIsRefusedAndAnotherShapeWarned() throws {
        let benchmark = try BenchmarkFile.build(from: Self.sector, framework: F.framework, created: Self.created)
        var renamed = benchmark
        renamed.framework.id = "data-skills"
        let ours = GroupSummary(responses: [F.a], framework: F.framework)
        #expect(throws: BenchmarkError.frameworkMismatch(benchmark: "data-skills", summary: "worked-example")) {
            try BenchmarkComparison(summary: ours, benchmark: renamed)
        }
        var reshaped = benchmark
        reshaped.framework.fingerprint = "0000000000000000"
        reshaped.dimensions.removeLast()
        let comparison = try BenchmarkComparison(summary: ours, benchmark: reshaped)
        #expect(comparison.fingerprintDiffers)
        #expect(comparison.dimensionsNotInBenchmark == ["tools"])
        #expect(comparison.dimension("tools")?.sector == nil && comparison.dimension("tools")?.difference == nil)
    }
}
