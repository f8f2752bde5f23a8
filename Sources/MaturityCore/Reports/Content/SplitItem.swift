/// A dimension the group is split on, as every format and the projector say it: the two ends,
/// how many people stand at each, and the questions to start talking about.
public struct SplitItem: Sendable, Equatable {
    /// One question behind a split, with the stages (and the statements) at either end.
    public struct Question: Sendable, Equatable {
        public var id: String
        public var text: String
        /// The stages at either end: of the question's own split when it has one, else the
        /// lowest and highest chosen.
        public var lowStages: String
        public var highStages: String
        /// The statements of the lowest and highest stage chosen.
        public var lowStatement: String?
        public var highStatement: String?
        /// People at either end (those of the split, or those at the lowest and highest stage).
        public var lowPeople: Int
        public var highPeople: Int
        /// People who answered it with a stage.
        public var answers: Int
    }

    public var dimensionID: String
    public var dimensionName: String
    /// "Unaware or Emerging", "Mastering".
    public var lowStages: String
    public var lowPeople: Int
    public var highStages: String
    public var highPeople: Int
    /// "3 people at Unaware or Emerging, 3 at Mastering".
    public var sentence: String
    public var questions: [Question]

    public init?(_ summary: DimensionSummary, in framework: Framework, words: ReportWords) {
        guard let split = summary.split, let dimension = framework.dimensions.first(where: { $0.id == summary.dimensionID })
        else { return nil }
        dimensionID = dimension.id
        dimensionName = dimension.name
        lowStages = Self.stages(split.low, framework, words)
        lowPeople = split.lowPeople
        highStages = Self.stages(split.high, framework, words)
        highPeople = split.highPeople
        sentence = words(.splitSentence, ["low": words.people(split.lowPeople), "low-stages": lowStages,
                                         "high": words.number(split.highPeople), "high-stages": highStages])
        questions = summary.questionsToDiscuss.compactMap { spread in
            guard let question = framework.question(withID: spread.questionID)?.question else { return nil }
            let low = spread.split?.low ?? (spread.lowest - 1)...(spread.lowest - 1)
            let high = spread.split?.high ?? (spread.highest - 1)...(spread.highest - 1)
            func people(_ stages: ClosedRange<Int>) -> Int {
                stages.reduce(0) { $0 + (spread.counts.indices.contains($1) ? spread.counts[$1] : 0) }
            }
            func statement(_ index: Int) -> String? { question.statements.indices.contains(index) ? question.statements[index] : nil }
            return Question(id: question.id, text: question.text, lowStages: Self.stages(low, framework, words),
                            highStages: Self.stages(high, framework, words), lowStatement: statement(spread.lowest - 1),
                            highStatement: statement(spread.highest - 1), lowPeople: people(low), highPeople: people(high),
                            answers: spread.answers)
        }
    }

    /// A run of stages in words: "Emerging", "Unaware or Emerging", "Unaware to Learning".
    static func stages(_ range: ClosedRange<Int>, _ framework: Framework, _ words: ReportWords) -> String {
        func name(_ index: Int) -> String { framework.stages.indices.contains(index) ? framework.stages[index].name : "\(index + 1)" }
        switch range.count {
        case 1: return name(range.lowerBound)
        case 2: return words(.stagesOr, ["first": name(range.lowerBound), "second": name(range.upperBound)])
        default: return words(.stagesTo, ["first": name(range.lowerBound), "last": name(range.upperBound)])
        }
    }
}
