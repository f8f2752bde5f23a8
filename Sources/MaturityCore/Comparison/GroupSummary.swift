/// Many responses to the same framework seen together: per dimension and overall, the mean
/// of the respondents' scores, their extremes and spread, where they stand by stage, what
/// they did not know, and where they disagree. The order of the responses does not matter.
public struct GroupSummary: Sendable, Equatable {
    public var frameworkID: String
    /// Responses summarised (those to this framework).
    public var respondents: Int
    /// In framework order.
    public var dimensions: [DimensionSummary]
    /// The respondents' overall scores.
    public var overall: ScoreSummary
    /// The respondents' area scores, one per area of the framework, in its order.
    public var areas: [AreaSummary] = []
    /// Answers of any kind, and questions times respondents, over the whole framework.
    public var answered: Int
    public var total: Int
    /// Responses made with another version or shape of the framework.
    public var versions: VersionCheck
    /// Responses to other frameworks, which are never mixed in.
    public var leftOut: [LeftOutResponse]

    /// Summarises the responses to `framework`; responses to any other framework id are left
    /// out and listed in `leftOut`.
    public init(responses: [Response], framework: Framework) {
        let split = FrameworkSplit(responses, framework: framework)
        self.init(scored: ScoredResponse.scoreAll(split.matching, in: framework), framework: framework,
                  leftOut: split.leftOut)
    }

    /// Summarises responses already scored against `framework` (and known to answer it).
    init(scored: [ScoredResponse], framework: Framework, leftOut: [LeftOutResponse] = []) {
        let allSpreads = Self.spreads(in: scored, framework: framework)
        var firstQuestion = 0
        var dimensions: [DimensionSummary] = []
        for (index, dimension) in framework.dimensions.enumerated() {
            let own = scored.map { $0.scores.dimensions[index] }
            let spreads = allSpreads[firstQuestion..<(firstQuestion + dimension.questions.count)].compactMap { $0 }
            firstQuestion += dimension.questions.count
            // Widest first; among equals the framework's order, which compactMap kept.
            let ordered = spreads.enumerated()
                .sorted { ($1.element.spread, $0.offset) < ($0.element.spread, $1.offset) }
                .map(\.element)
            dimensions.append(DimensionSummary(
                dimensionID: dimension.id,
                scores: ScoreSummary(scores: own.map(\.score), stages: framework.stages),
                unknowns: own.reduce(0) { $0 + $1.dontKnow },
                notApplicable: own.reduce(0) { $0 + $1.notApplicable },
                answered: own.reduce(0) { $0 + $1.answered },
                total: dimension.questions.count * scored.count,
                questionSpreads: ordered))
        }
        self.init(frameworkID: framework.id, respondents: scored.count, dimensions: dimensions,
                  overall: ScoreSummary(scores: scored.map(\.scores.overall), stages: framework.stages),
                  answered: scored.reduce(0) { $0 + $1.scores.answered },
                  total: framework.questionCount * scored.count,
                  versions: VersionCheck(responses: scored.map(\.response), framework: framework),
                  leftOut: leftOut)
        areas = framework.areas.indices.map { index in
            AreaSummary(areaID: framework.areas[index].id,
                        scores: ScoreSummary(scores: scored.map { $0.scores.areas.indices.contains(index) ? $0.scores.areas[index].score : nil },
                                             stages: framework.stages))
        }
    }

    public init(frameworkID: String, respondents: Int, dimensions: [DimensionSummary], overall: ScoreSummary,
                answered: Int, total: Int, versions: VersionCheck, leftOut: [LeftOutResponse]) {
        self.frameworkID = frameworkID
        self.respondents = respondents
        self.dimensions = dimensions
        self.overall = overall
        self.answered = answered
        self.total = total
        self.versions = versions
        self.leftOut = leftOut
    }

    /// The summary of one dimension.
    public func dimension(_ id: String) -> DimensionSummary? { dimensions.first { $0.dimensionID == id } }

    /// The dimensions that split the group (`StageSplit`), in framework order.
    public var disagreements: [DimensionSummary] { dimensions.filter(\.isDisagreement) }

    /// The split dimensions to show, sharpest first (the larger smaller end, then more people
    /// at the ends, then framework order), at most `StageSplit.shownAtMost`.
    public var splitsToShow: [DimensionSummary] {
        let ranked = dimensions.enumerated().compactMap { index, dimension in dimension.split.map { (index, dimension, $0) } }
            .sorted { ($1.2.strength, $1.2.lowPeople + $1.2.highPeople, $0.0) < ($0.2.strength, $0.2.lowPeople + $0.2.highPeople, $1.0) }
        return ranked.prefix(StageSplit.shownAtMost).map(\.1)
    }

    /// Answered (any answer) over all question slots; 0 when there are none.
    public var completeness: Double { total == 0 ? 0 : Double(answered) / Double(total) }

    /// For each question in framework order, the spread of the stage positions chosen; nil where
    /// nobody chose a stage. One pass over the responses, since touching each response once per
    /// question costs far more than the arithmetic.
    static func spreads(in scored: [ScoredResponse], framework: Framework) -> [QuestionSpread?] {
        let questionIDs = framework.questions.map(\.id)
        let stageCount = framework.stages.count
        var lowest = Array(repeating: Int.max, count: questionIDs.count)
        var highest = Array(repeating: Int.min, count: questionIDs.count)
        var answers = Array(repeating: 0, count: questionIDs.count)
        // People per stage for each question, flat: question index times stages plus stage index.
        var counts = Array(repeating: 0, count: questionIDs.count * stageCount)
        for item in scored {
            // The stage positions were looked up once, when the response was scored.
            for (index, stored) in item.positions.enumerated() where stored > 0 {
                let position = Int(stored)
                lowest[index] = min(lowest[index], position)
                highest[index] = max(highest[index], position)
                answers[index] += 1
                if position <= stageCount { counts[index * stageCount + position - 1] += 1 }
            }
        }
        return questionIDs.indices.map { index in
            answers[index] == 0 ? nil : QuestionSpread(questionID: questionIDs[index], answers: answers[index],
                                                       lowest: lowest[index], highest: highest[index],
                                                       counts: Array(counts[(index * stageCount)..<((index + 1) * stageCount)]))
        }
    }
}
