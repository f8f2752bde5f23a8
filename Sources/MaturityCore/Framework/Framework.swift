/// A maturity framework: ordered stages, and dimensions of questions whose answers are one
/// statement per stage. A stage scores its `value`, or its position (1...N) when it has none:
/// `scale` says so for every use.
public struct Framework: Sendable, Equatable {
    public var id: String
    public var version: String
    public var language: String
    public var title: String
    public var description: String
    public var licence: String?
    public var attribution: String?
    public var stages: [Stage]
    public var dimensions: [Dimension]
    /// Groups of dimensions, each scored as the weighted mean of its own; empty when the
    /// framework has none.
    public var areas: [Area]
    /// The framework's own names for the answers that are not a stage (`dont-know: Not sure`);
    /// nil for one it does not rename, which then has the words of the language it is shown in.
    public var dontKnowLabel: String?
    public var notApplicableLabel: String?

    public init(id: String, version: String, language: String, title: String, description: String,
                licence: String? = nil, attribution: String? = nil, stages: [Stage], dimensions: [Dimension],
                areas: [Area] = [], dontKnowLabel: String? = nil, notApplicableLabel: String? = nil) {
        self.id = id
        self.version = version
        self.language = language
        self.title = title
        self.description = description
        self.licence = licence
        self.attribution = attribution
        self.stages = stages
        self.dimensions = dimensions
        self.areas = areas
        self.dontKnowLabel = dontKnowLabel
        self.notApplicableLabel = notApplicableLabel
    }

    /// Every question in order, dimension by dimension.
    public var questions: [Question] { dimensions.flatMap(\.questions) }

    public var questionCount: Int { dimensions.reduce(0) { $0 + $1.questions.count } }

    /// The scale its scores lie on: what each stage scores, and the lowest and highest score.
    public var scale: StageScale { StageScale(stages: stages) }

    /// The 0-based position of a stage, or nil for an id the framework lacks.
    public func stageIndex(of id: String) -> Int? {
        stages.firstIndex { $0.id == id }
    }

    /// The question with this id and the dimension holding it.
    public func question(withID id: String) -> (dimension: Dimension, question: Question)? {
        for dimension in dimensions {
            if let question = dimension.questions.first(where: { $0.id == id }) { return (dimension, question) }
        }
        return nil
    }
}

public struct Stage: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    /// What an answer at this stage scores; nil when the framework gives no values, and the
    /// stage scores its position (see `StageScale`).
    public var value: Double?

    public init(id: String, name: String, description: String? = nil, value: Double? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.value = value
    }
}

public struct Dimension: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    public var weight: Double
    public var questions: [Question]
    /// Stage id -> what to do to reach the next stage.
    public var nextSteps: [String: String]

    public init(id: String, name: String, description: String? = nil, weight: Double = 1,
                questions: [Question], nextSteps: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.description = description
        self.weight = weight
        self.questions = questions
        self.nextSteps = nextSteps
    }
}

public struct Question: Sendable, Equatable {
    public var id: String
    public var text: String
    public var guidance: String?
    public var weight: Double
    /// The answers besides the statements that this question offers.
    public var allowed: [SpecialAnswer]
    /// One statement per stage, in the framework's stage order.
    public var statements: [String]
    /// What each statement means for this question, in stage order; empty when none has any.
    public var statementGuidance: [String?]
    /// Stage id -> what to do next, for people who answered this question at that stage.
    public var nextSteps: [String: String]

    public init(id: String, text: String, guidance: String? = nil, weight: Double = 1,
                allowed: [SpecialAnswer] = [.dontKnow], statements: [String], statementGuidance: [String?] = [],
                nextSteps: [String: String] = [:]) {
        self.id = id
        self.text = text
        self.guidance = guidance
        self.weight = weight
        self.allowed = allowed
        self.statements = statements
        self.statementGuidance = statementGuidance
        self.nextSteps = nextSteps
    }

    public func allows(_ answer: SpecialAnswer) -> Bool { allowed.contains(answer) }

    /// The guidance of the statement for the stage at this 0-based position, if it has any.
    public func guidance(forStatementAt index: Int) -> String? {
        statementGuidance.indices.contains(index) ? statementGuidance[index] : nil
    }
}

/// Answers that are not a stage. Neither is scored.
public enum SpecialAnswer: String, Sendable, CaseIterable, Hashable {
    case dontKnow = "dont-know"
    case notApplicable = "not-applicable"
}
