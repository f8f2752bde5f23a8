/// What a dimension could do next, from the stage it is at to the one after: the framework's
/// advice for that stage, whole, as every screen and report shows it.
public struct NextStep: Sendable, Equatable {
    public var dimensionID: String
    public var dimensionName: String
    public var fromStageID: String
    public var fromStage: String
    public var toStageID: String
    public var toStage: String
    /// The advice as written, line breaks and all.
    public var text: String

    /// The advice line by line, each trimmed, blank lines left out: a multi-line step is shown
    /// with each of its lines on a line of its own, never joined.
    public var lines: [String] { text.nonBlankLines }

    /// The steps for dimensions at these stages (0-based, in framework order; nil where not
    /// scored): for one person, the stages of their scores; for a group, of its means. A
    /// dimension at the last stage, or whose framework has no advice for its stage, has none.
    public static func steps(atStages stages: [Int?], in framework: Framework) -> [NextStep] {
        zip(framework.dimensions, stages).compactMap { dimension, stage in
            guard let stage, stage + 1 < framework.stages.count,
                  let text = dimension.nextSteps[framework.stages[stage].id] else { return nil }
            return NextStep(dimensionID: dimension.id, dimensionName: dimension.name,
                            fromStageID: framework.stages[stage].id, fromStage: framework.stages[stage].name,
                            toStageID: framework.stages[stage + 1].id, toStage: framework.stages[stage + 1].name, text: text)
        }
    }
}
