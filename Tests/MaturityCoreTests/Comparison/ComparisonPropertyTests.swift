import MaturityCore
import PropertyBased
import Testing

/// Invariants of comparison over random sets of responses to the fixture framework.
@Suite struct ComparisonPropertyTests {
    typealias F = ComparisonFixtures
    static let created = Timestamp(parsing: "2026-11-21T12:00:00Z")!
    static let organisations = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta"]
    static let teams = ["Fundraising", "Finance", "Services"]

    /// One response's answers (empty text for no answer), organisation, team and day.
    struct Seed: Sendable {
        var answers: [String]
        var organisation: Int
        var team: Int
        var day: Int
    }

    static let answer = Gen<String?>.element(of: [""] + F.stageIDs + ["dont-know", "not-applicable"]).map { $0 ?? "" }
    static let seed = zip(answer.array(of: F.questionIDs.count), Gen.int(in: 0...6), Gen.int(in: 0...3), Gen.int(in: 0...3))
        .map { Seed(answers: $0.0, organisation: $0.1, team: $0.2, day: $0.3) }
    static let seeds = seed.array(of: 0...30)

    /// Responses with ids r0, r1, ...; team index 3 means no team.
    static func responses(_ seeds: [Seed], organisations: Int = 7) -> [Response] {
        seeds.enumerated().map { index, seed in
            let answers = Dictionary(uniqueKeysWithValues: zip(F.questionIDs, seed.answers).filter { !$0.1.isEmpty })
            return F.response("r\(index)", organisation: Self.organisations[seed.organisation % organisations],
                              team: seed.team < Self.teams.count ? Self.teams[seed.team] : nil,
                              updated: "2026-0\(seed.day + 1)-15T10:00:00Z", answers)
        }
    }

    /// The responses in an order decided by `seed` (reproducible from the seed).
    static func shuffled(_ responses: [Response], seed: Int) -> [Response] {
        var generator = SplitMix(state: UInt64(truncatingIfNeeded: seed))
        return responses.shuffled(using: &generator)
    }

    @Test func groupFiguresAreConsistent() async {
        await propertyCheck(count: 200, input: Self.seeds) { seeds in
            let responses = Self.responses(seeds)
            let summary = GroupSummary(responses: responses, framework: F.framework)
            for score in summary.dimensions.map(\.scores) + [summary.overall] {
                #expect(score.scored + score.notScored == responses.count)
                #expect(score.histogram.total == score.scored)
                #expect(score.histogram.bins.map(\.stageID) == F.stageIDs)
                guard let s = score.statistics else { continue }
                // The mean lies between min and max, and everything on the 1...4 scale.
                #expect(s.minimum <= s.mean && s.mean <= s.maximum)
                #expect(s.minimum <= s.lowerQuartile && s.lowerQuartile <= s.median)
                #expect(s.median <= s.upperQuartile && s.upperQuartile <= s.maximum)
                #expect(1 <= s.minimum && s.maximum <= 4)
                #expect(s.standardDeviation >= 0 && s.standardDeviation <= s.range / 2 + 1e-9)
            }
        }
    }

    @Test func orderOfResponsesDoesNotMatter() async {
        await propertyCheck(count: 150, input: Self.seeds, Gen.int(in: 0...Int.max)) { seeds, order in
            let responses = Self.responses(seeds)
            let other = Self.shuffled(responses, seed: order)
            #expect(GroupSummary(responses: responses, framework: F.framework)
                    == GroupSummary(responses: other, framework: F.framework))
            #expect(GroupBreakdown(responses: responses, framework: F.framework, by: .team, minimumSize: 2)
                    == GroupBreakdown(responses: other, framework: F.framework, by: .team, minimumSize: 2))
            #expect(ChangeOverTime(responses: responses, framework: F.framework, organisation: "Alpha")
                    == ChangeOverTime(responses: other, framework: F.framework, organisation: "Alpha"))
            let first = Result { () throws(BenchmarkError) in
                try BenchmarkFile.build(from: responses, framework: F.framework, created: Self.created)
            }
            let second = Result { () throws(BenchmarkError) in
                try BenchmarkFile.build(from: other, framework: F.framework, created: Self.created)
            }
            #expect(first == second)
        }
    }

    @Test func addingADontKnowNeverChangesAScore() async {
        await propertyCheck(count: 300, input: Self.seed, Gen.int(in: 0...(F.questionIDs.count - 1))) { seed, question in
            let before = Self.responses([seed])[0]
            let questionID = F.questionIDs[question]
            guard before.answers[questionID] == nil else { return }
            var after = before
            after.answers[questionID] = .dontKnow
            let old = Scoring.score(before, in: F.framework)
            let new = Scoring.score(after, in: F.framework)
            #expect(new.dimensions.map(\.score) == old.dimensions.map(\.score))
            #expect(new.dimensions.map(\.stage) == old.dimensions.map(\.stage))
            #expect(new.overall == old.overall)
            let unknownsBefore: Int = old.dimensions.reduce(0) { $0 + $1.dontKnow }
            let unknownsAfter: Int = new.dimensions.reduce(0) { $0 + $1.dontKnow }
            #expect(unknownsAfter == unknownsBefore + 1)
            // Scores stay on the 1...4 scale.
            for score in new.dimensions.compactMap(\.score) + [new.overall].compactMap({ $0 }) {
                #expect(1 <= score && score <= 4)
            }
            // And in a group: the same figures, one more unknown.
            let dimension = F.framework.question(withID: questionID)!.dimension.id
            let group = GroupSummary(responses: [before, F.a], framework: F.framework)
            let groupAfter = GroupSummary(responses: [after, F.a], framework: F.framework)
            #expect(groupAfter.dimensions.map(\.scores) == group.dimensions.map(\.scores))
            #expect(groupAfter.dimension(dimension)!.unknowns == group.dimension(dimension)!.unknowns + 1)
        }
    }

    @Test func aBenchmarkOfFewerThanFiveOrganisationsIsRefused() async {
        await propertyCheck(count: 150, input: Self.seeds, Gen.int(in: 1...4)) { seeds, organisations in
            let responses = Self.responses(seeds, organisations: organisations)
            let result = Result { () throws(BenchmarkError) in
                try BenchmarkFile.build(from: responses, framework: F.framework, created: Self.created)
            }
            guard case .failure(.tooFewOrganisations(let found, let needed)) = result else {
                Issue.record("built or failed otherwise: \(result)")
                return
            }
            #expect(found <= organisations && needed == 5)
        }
    }

    @Test func eachOrganisationCountsOnceHoweverManyAnswer() async {
        let everyone = Gen.int(in: 5...7)
        await propertyCheck(count: 150, input: Self.seeds, everyone, Gen.int(in: 2...6)) { seeds, organisations, copies in
            // Every organisation gets one full response, so that it has an overall score.
            let full = (0..<organisations).map { Seed(answers: Array(repeating: "developing", count: 9), organisation: $0, team: 0, day: 0) }
            // All in one round, so that each organisation's full response is in its figures.
            let oneRound = seeds.map { seed in
                var seed = seed
                seed.day = 0
                return seed
            }
            let responses = Self.responses(full + oneRound, organisations: organisations)
            // Alpha's respondents, each answering `copies` times over: Alpha's mean is unchanged.
            let extra = responses.filter { $0.organisation == "Alpha" }.flatMap { response in
                (1..<copies).map { copy in
                    var again = response
                    again.id += "-copy\(copy)"
                    return again
                }
            }
            do {
                let once = try BenchmarkFile.build(from: responses, framework: F.framework, created: Self.created)
                let many = try BenchmarkFile.build(from: responses + extra, framework: F.framework, created: Self.created)
                #expect(once.organisations == organisations && many.organisations == organisations)
                for (a, b) in zip(once.dimensions + [once.overall], many.dimensions + [many.overall]) {
                    #expect(a.organisations == b.organisations)
                    #expect(close(a.statistics?.mean, b.statistics?.mean) && close(a.statistics?.minimum, b.statistics?.minimum))
                    #expect(close(a.statistics?.maximum, b.statistics?.maximum))
                    #expect(close(a.statistics?.standardDeviation, b.statistics?.standardDeviation))
                    #expect(close(a.statistics?.median, b.statistics?.median))
                }
                #expect(try BenchmarkFile.read(many.encoded()) == many)
            } catch {
                Issue.record("every organisation has a score, yet: \(error)")
            }
        }
    }
}
