import Foundation
import MaturityCore
import Testing

/// docs/scoring.md's worked examples: this reads the page, decodes its framework, scores its
/// responses and checks every figure in its tables, and checks the same figures against the
/// hand arithmetic, so neither the page nor the code can drift alone.
@Suite struct WorkedExampleComparisonTests {
    typealias F = ComparisonFixtures

    static let page: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/scoring.md"), encoding: .utf8)) ?? ""
    }()

    /// The text between `<!-- name -->` and the next `<!-- end -->`.
    static func block(_ name: String) -> String? {
        guard let start = page.range(of: "<!-- \(name) -->\n"),
              let end = page.range(of: "<!-- end -->", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// A table's body rows, each as its trimmed cells.
    static func rows(_ name: String) -> [[String]] {
        (block(name) ?? "").split(separator: "\n").dropFirst(2).map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// As the page writes figures: up to four decimal places, at least one.
    static func figure(_ value: Double?) -> String {
        guard let value else { return "not scored" }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text.hasSuffix(".") ? text + "0" : text
    }

    static func pageFramework() throws -> Framework {
        let yaml = try #require(block("worked-example-framework"), "docs/scoring.md lost its framework block")
            .replacingOccurrences(of: "```yaml\n", with: "").replacingOccurrences(of: "```\n", with: "")
        let (framework, diagnostics) = FrameworkDecoder.decode(bytes: Array(yaml.utf8), file: "docs/scoring.md")
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.message))")
        return try #require(framework)
    }

    @Test func thePageFrameworkIsTheFixture() throws {
        let framework = try Self.pageFramework()
        #expect(framework.fingerprint == F.framework.fingerprint)
        #expect(framework.dimensions.map(\.weight) == F.framework.dimensions.map(\.weight))
        #expect(framework.questions.map(\.weight) == F.framework.questions.map(\.weight))
    }

    @Test func oneResponseMatchesThePage() throws {
        let framework = try Self.pageFramework()
        let scores = Scoring.score(F.a, in: framework)
        // Hand arithmetic: data (3*1 + 2*2 + 4*1) / 4 = 2.75; leadership 4; tools not scored;
        // overall (2.75*2 + 4*1) / 3 = 9.5/3 = 19/6.
        #expect(scores.dimensions.map(\.score) == [2.75, 4, nil])
        #expect(close(scores.overall, 19.0 / 6))
        #expect(Scoring.display(2.75) == "2.8" && Scoring.display(scores.overall) == "3.2")
        #expect(scores.answered == 7 && scores.total == 9)

        let stages = framework.stages
        func row(_ name: String, _ score: Double?, stage: Int?, answered: Int, total: Int, unknowns: Int) -> [String] {
            [name, Self.figure(score), Scoring.display(score), stage.map { stages[$0].id } ?? "none",
             score.flatMap { StageScale(stages: stages).progressToNextStage(for: $0) }.map(Self.figure) ?? "none",
             "\(answered)/\(total)", "\(unknowns)"]
        }
        let expected = scores.dimensions.map {
            row($0.dimensionID, $0.score, stage: $0.stage, answered: $0.answered, total: $0.total, unknowns: $0.dontKnow)
        } + [row("overall", scores.overall, stage: scores.overallStage, answered: scores.answered, total: scores.total,
                 unknowns: scores.dimensions.reduce(0) { $0 + $1.dontKnow })]
        #expect(Self.rows("worked-example-response") == expected)
    }

    @Test func theGroupOfThreeMatchesThePage() throws {
        let framework = try Self.pageFramework()
        let summary = GroupSummary(responses: [F.c, F.a, F.b], framework: framework)
        // Hand arithmetic: data mean (1.6 + 2.75 + 4) / 3 = 8.35/3; sd sqrt(10374/3600/3) = 0.9801.
        #expect(close(summary.dimension("data")?.scores.mean, 8.35 / 3))
        #expect(Self.figure(summary.dimension("data")?.scores.statistics?.standardDeviation) == "0.9801")
        // Overall mean (19/6 + 26/15 + 29/8) / 3 = 8.525/3.
        #expect(close(summary.overall.mean, 8.525 / 3))

        func row(_ name: String, _ scores: ScoreSummary, dimension: DimensionSummary?) -> [String] {
            let s = scores.statistics
            return [name, Self.figure(s?.mean), Scoring.display(s?.mean), Self.figure(s?.minimum), Self.figure(s?.maximum),
                    Self.figure(s?.standardDeviation), "\(scores.scored)",
                    scores.histogram.bins.map { "\($0.count)" }.joined(separator: " "),
                    dimension.map { "\($0.unknowns)" } ?? "", dimension.map { $0.isDisagreement ? "yes" : "no" } ?? "",
                    dimension.map { Self.far($0.farFromTheMiddle) } ?? ""]
        }
        let expected = summary.dimensions.map { row($0.dimensionID, $0.scores, dimension: $0) }
            + [row("overall", summary.overall, dimension: nil)]
        #expect(Self.rows("worked-example-group") == expected)
    }

    /// "1 above", "2 below, 1 above", or nothing, as the page writes it.
    static func far(_ counts: (below: Int, above: Int)) -> String {
        [counts.below > 0 ? "\(counts.below) below" : nil, counts.above > 0 ? "\(counts.above) above" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// The page's table of splits: each row's people by stage, worked out by `StageSplit`.
    @Test func theSplitsMatchThePage() throws {
        let framework = try Self.pageFramework()
        let rows = Self.rows("worked-example-split")
        #expect(rows.count == 6)
        for row in rows {
            let counts = row[0].split(separator: " ").compactMap { Int($0) }
            let split = StageSplit(counts: counts)
            func end(_ stages: ClosedRange<Int>?, _ people: Int?) -> String {
                guard let stages, let people else { return "" }
                let names = stages.map { framework.stages[$0].name }
                let words = names.count == 1 ? names[0] : names.count == 2 ? "\(names[0]) or \(names[1])" : "\(names[0]) to \(names.last!)"
                return "\(people) at \(words)"
            }
            let far = split == nil ? StageSplit.farFromTheMiddle(counts: counts) : (0, 0)
            #expect([row[0], "\(StageSplit.smallestEnd(of: counts.reduce(0, +)))", split == nil ? "no" : "yes",
                     end(split?.low, split?.lowPeople), end(split?.high, split?.highPeople), Self.far(far)] == row, "\(row)")
        }
    }
}

/// The worked example with stage values and areas: a SAMM-like framework, levels 0 to 3.
extension WorkedExampleComparisonTests {
    static func sammLikeFramework() throws -> Framework {
        let yaml = try #require(block("samm-like-framework"), "docs/scoring.md lost its SAMM-like framework")
            .replacingOccurrences(of: "```yaml\n", with: "").replacingOccurrences(of: "```\n", with: "")
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/samm-like.yaml")
        #expect(yaml == (try String(contentsOf: fixture, encoding: .utf8)), "the page and the fixture differ")
        let (framework, diagnostics) = FrameworkDecoder.decode(bytes: Array(yaml.utf8), file: "samm-like.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        return try #require(framework)
    }

    @Test func theSAMMLikeExampleScoresAsThePageSays() throws {
        let framework = try Self.sammLikeFramework()
        let time = Timestamp(parsing: "2026-11-21T10:00:00Z")!
        let answers: [String: Answer] = ["s1": .stage("level-2"), "s2": .stage("level-1"), "e1": .stage("level-3"), "e2": .dontKnow,
                                         "t1": .stage("level-1"), "t2": .stage("level-3"), "r1": .notApplicable]
        let response = Response(id: "samm", frameworkID: "samm-like", frameworkVersion: "1", language: "en", organisation: "Trust",
                                started: time, updated: time, answers: answers)
        let scores = Scoring.score(response, in: framework)
        // Hand arithmetic: testing (1 x 2 + 3) / 3 = 5/3; governance (1.5 + 3) / 2; overall (1.5 + 3 + 5/3 x 3) / 5 = 1.9.
        #expect(scores.dimensions[2].score.map { abs($0 - 5.0 / 3) < 1e-12 } == true)
        #expect(scores.areas.first?.score == 2.25)
        #expect(scores.overall.map { abs($0 - 1.9) < 1e-12 } == true)
        let scale = framework.scale
        func row(_ name: String, _ score: Double?, _ stage: Int?) -> [String] {
            [name, Self.figure(score), Scoring.display(score), stage.map { framework.stages[$0].id } ?? "none",
             score.flatMap { scale.progressToNextStage(for: $0) }.map(Self.figure) ?? "none"]
        }
        let expected = scores.dimensions.map { row($0.dimensionID, $0.score, $0.stage) }
            + scores.areas.map { row("area \($0.areaID)", $0.score, $0.stage) }
            + [row("overall", scores.overall, scores.overallStage)]
        #expect(Self.rows("samm-like-response") == expected)
        #expect(scale.maximumText == "3")
    }
}
