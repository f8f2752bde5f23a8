import MaturityCore
import Testing

/// A group's figures, checked against arithmetic done by hand (docs/scoring.md, "a group of three").
@Suite struct GroupComparisonTests {
    typealias F = ComparisonFixtures

    @Test func dataFiguresOfTheGroupOfThree() throws {
        let summary = GroupSummary(responses: [F.a, F.b, F.c], framework: F.framework)
        #expect(summary.respondents == 3)
        let data = try #require(summary.dimension("data"))
        let s = try #require(data.scores.statistics)
        // A: (3*1 + 2*2 + 4*1) / 4 = 2.75; B: (1 + 2*2 + 1 + 2) / 5 = 1.6; C: (4 + 4*2 + 4) / 4 = 4.0
        // mean = 8.35 / 3 = 2.78333...; as fractions 167/60.
        #expect(close(s.mean, 167.0 / 60))
        #expect(s.minimum == 1.6 && s.maximum == 4.0)
        // deviations -71/60, -2/60, 73/60; squares (5041 + 4 + 5329) / 3600 = 10374 / 3600; / 3 for the population.
        #expect(close(s.standardDeviation, (10374.0 / 3600 / 3).squareRoot()))
        // sorted 1.6, 2.75, 4.0: q1 at position 0.5 = 1.6 + 0.5 * 1.15 = 2.175; median 2.75; q3 = 2.75 + 0.5 * 1.25 = 3.375
        #expect(close(s.lowerQuartile, 2.175) && s.median == 2.75 && close(s.upperQuartile, 3.375))
        #expect(s.count == 3 && data.scores.notScored == 0)
        // 1.6 is unaware, 2.75 emerging, 4.0 mastering.
        #expect(data.scores.histogram.bins.map(\.stageID) == F.stageIDs)
        #expect(data.scores.histogram.bins.map(\.count) == [1, 1, 0, 1])
        #expect(data.scores.meanStage == 1) // floor(2.783) = 2, the second stage: index 1
        #expect(data.unknowns == 2) // A and C said don't know to d4
        #expect(data.answered == 12 && data.total == 12)
        // One person at each of Unaware, Emerging and Mastering: three stages apart, but each end
        // is one person, and a split needs two at each end. C is far above the middle (Emerging).
        #expect(!data.isDisagreement)
        #expect(data.farFromTheMiddle == (0, 1))
        // d1: 3,1,4 -> spread 3; d3: 4,1,4 -> 3; d2: 2,2,4 -> 2; d4: only B's 2 -> 0
        #expect(data.questionSpreads.map(\.questionID) == ["d1", "d3", "d2", "d4"])
        #expect(data.questionSpreads.map(\.spread) == [3, 3, 2, 0])
        #expect(data.questionSpreads[0] == QuestionSpread(questionID: "d1", answers: 3, lowest: 1, highest: 4, counts: [1, 0, 1, 1]))
        #expect(data.questionSpreads[3] == QuestionSpread(questionID: "d4", answers: 1, lowest: 2, highest: 2, counts: [0, 1, 0, 0]))
        #expect(data.questionsToDiscuss.isEmpty)
    }

    @Test func otherDimensionsAndOverallOfTheGroupOfThree() throws {
        let summary = GroupSummary(responses: [F.a, F.b, F.c], framework: F.framework)
        // Leadership 4, 2, 3: mean 3, sd sqrt((1 + 1 + 0) / 3); one person at each of three
        // stages next to each other: no split, nobody far from the middle.
        let leadership = try #require(summary.dimension("leadership"))
        #expect(leadership.scores.mean == 3)
        #expect(close(leadership.scores.statistics?.standardDeviation, (2.0 / 3).squareRoot()))
        #expect(!leadership.isDisagreement && leadership.farFromTheMiddle == (0, 0))
        #expect(leadership.notApplicable == 1)
        // Tools: only C, (3 + 4) / 2 = 3.5; one person, no spread, not a disagreement.
        let tools = try #require(summary.dimension("tools"))
        #expect(tools.scores.mean == 3.5 && tools.scores.scored == 1 && tools.scores.notScored == 2)
        #expect(tools.scores.statistics?.standardDeviation == 0)
        #expect(!tools.isDisagreement && tools.questionsToDiscuss.isEmpty)
        #expect(tools.unknowns == 1)
        // Overall: A 19/6, B (1.6*2 + 2) / 3 = 26/15, C (4*2 + 3 + 3.5) / 4 = 29/8.
        let overall = try #require(summary.overall.statistics)
        #expect(close(overall.mean, (19.0 / 6 + 26.0 / 15 + 29.0 / 8) / 3))
        #expect(close(overall.minimum, 26.0 / 15) && overall.maximum == 29.0 / 8)
        #expect(summary.overall.histogram.bins.map(\.count) == [1, 0, 2, 0])
        // 7 answers each of 9 questions.
        #expect(summary.answered == 21 && summary.total == 27)
        #expect(summary.disagreements.isEmpty)
    }

    @Test func oneStageApartOnEveryQuestionIsNoSplit() throws {
        // Everyone at unaware against everyone at emerging: one stage apart.
        let summary = GroupSummary(responses: [F.response("x", F.all("unaware")), F.response("y", F.all("emerging")),
                                                F.response("z", F.all("unaware")), F.response("w", F.all("emerging"))],
                                   framework: F.framework)
        #expect(summary.disagreements.isEmpty)
        #expect(try #require(summary.dimension("data")).questionsToDiscuss.isEmpty)
        // Two at unaware against two at developing: two stages apart, a split on every
        // dimension, every question split the same way, at most two named.
        let wide = GroupSummary(responses: [F.response("x", F.all("unaware")), F.response("y", F.all("developing")),
                                             F.response("z", F.all("unaware")), F.response("w", F.all("developing"))],
                                framework: F.framework)
        #expect(wide.disagreements.count == 3)
        let data = try #require(wide.dimension("data"))
        #expect(data.split == StageSplit(counts: [2, 0, 2, 0]))
        #expect(data.split?.low == 0...0 && data.split?.high == 2...2 && data.split?.strength == 2)
        #expect(data.questionsToDiscuss.map(\.questionID) == ["d1", "d2"])
    }

    @Test func anEmptyGroupHasNoFiguresAndAFullHistogramOfZeros() throws {
        let summary = GroupSummary(responses: [], framework: F.framework)
        #expect(summary.respondents == 0 && summary.completeness == 0)
        let data = try #require(summary.dimension("data"))
        #expect(data.scores.statistics == nil && data.scores.mean == nil && data.scores.meanStage == nil)
        #expect(data.scores.histogram.bins.map(\.count) == [0, 0, 0, 0])
        #expect(data.scores.histogram["mastering"] == 0 && data.scores.histogram["no-such-stage"] == 0)
        #expect(!data.isDisagreement)
    }

    @Test func notScoredRespondentsAreLeftOutNotCountedAsZero() throws {
        // x scores 4 in Data; y only says don't know: the mean is 4, not (4 + 0) / 2.
        let summary = GroupSummary(responses: [F.response("x", F.all("mastering")), F.response("y", ["d1": "dont-know"])],
                                   framework: F.framework)
        let data = try #require(summary.dimension("data"))
        #expect(data.scores.mean == 4 && data.scores.scored == 1 && data.scores.notScored == 1)
        #expect(data.scores.histogram.total == 1)
        #expect(summary.overall.scored == 1)
    }

    @Test func responsesToAnotherFrameworkAreLeftOutAndListed() {
        var other = F.framework
        other.id = "data-skills"
        let stranger = F.response("zz", framework: other, F.all("mastering"))
        let summary = GroupSummary(responses: [F.a, stranger, F.b], framework: F.framework)
        #expect(summary.respondents == 2)
        #expect(summary.leftOut.map(\.responseID) == ["zz"])
        #expect(summary.leftOut[0].reason.contains("\"data-skills\""))
        #expect(summary == GroupSummary(responses: [F.a, F.b], framework: F.framework).withLeftOut(summary.leftOut))
    }

    @Test func statisticsOfKnownSets() throws {
        // 1, 2, 3, 4: mean 2.5, population sd sqrt((2.25 + 0.25 + 0.25 + 2.25) / 4) = sqrt(1.25);
        // q1 at position 0.75 = 1.75, median 2.5, q3 at 2.25 = 3.25.
        let s = try #require(ScoreStatistics([4, 2, 1, 3]))
        #expect(s.mean == 2.5 && s.median == 2.5 && s.lowerQuartile == 1.75 && s.upperQuartile == 3.25)
        #expect(close(s.standardDeviation, 1.25.squareRoot()))
        #expect(s.range == 3)
        #expect(ScoreStatistics([]) == nil)
        let one = try #require(ScoreStatistics([2.5]))
        #expect(one.mean == 2.5 && one.standardDeviation == 0 && one.lowerQuartile == 2.5 && one.upperQuartile == 2.5)
    }
}

extension GroupSummary {
    /// The same summary with another left-out list, to compare the rest.
    func withLeftOut(_ leftOut: [LeftOutResponse]) -> GroupSummary {
        var copy = self
        copy.leftOut = leftOut
        return copy
    }
}
