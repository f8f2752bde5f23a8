/// What to do next, from one person's scores: "where to start" (a few steps, from the
/// dimensions furthest from the top stage, weights considered), then the rest of the steps
/// dimension by dimension, and the dimensions already at the top stage (to keep up).
public struct ResultGuide: Sendable, Equatable {
    /// One step, with the dimension it belongs to.
    public struct Step: Sendable, Equatable {
        public var dimensionName: String
        public var text: String
    }

    /// A dimension's steps not already among "where to start", or, at the top stage, none:
    /// the front end says to keep it up.
    public struct DimensionSteps: Sendable, Equatable {
        public var dimensionName: String
        public var fromStage: String
        /// The next stage; nil at the top stage.
        public var toStage: String?
        public var steps: [String]
        public var isAtTopStage: Bool { toStage == nil }
    }

    public var whereToStart: [Step]
    public var byDimension: [DimensionSteps]
    /// The first stage is shown (overall, or for a dimension): the results say what it means,
    /// and that it is a starting point.
    public var showsFirstStage: Bool

    /// How many steps "where to start" gives at most.
    public static let startingSteps = 3

    public init(scores: ResponseScores, framework: Framework) {
        let stageCount = framework.stages.count
        showsFirstStage = scores.overallStage == 0 || scores.dimensions.contains { $0.stage == 0 }
        // Each scored dimension's steps, one per line of the framework's next steps.
        var candidates: [(index: Int, priority: Double, lines: [String])] = []
        var atTop: Set<Int> = []
        for (index, pair) in zip(framework.dimensions, scores.dimensions).enumerated() {
            let (dimension, score) = pair
            guard let value = score.score, let stage = score.stage else { continue }
            if stage + 1 >= stageCount {
                atTop.insert(index)
                continue
            }
            let lines = (dimension.nextSteps[framework.stages[stage].id] ?? "").split(separator: "\n")
                .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            // Distance to the top of the framework's own scale (its stages' values, when given).
            candidates.append((index, (framework.scale.maximum - value) * dimension.weight, lines))
        }
        // Furthest from the top, weighted, first; in the framework's order when equal.
        let ordered = candidates.sorted {
            abs($0.priority - $1.priority) > Scoring.tolerance ? $0.priority > $1.priority : $0.index < $1.index
        }
        // The first step of each of the weakest, then their second steps, up to the limit.
        var taken: [Int: Int] = [:]
        var steps: [Step] = []
        let weakest = ordered.prefix(Self.startingSteps)
        let deepest = weakest.map(\.lines.count).max() ?? 0
        steps: for depth in 0..<deepest {
            for candidate in weakest where candidate.lines.count > depth {
                guard steps.count < Self.startingSteps else { break steps }
                steps.append(Step(dimensionName: framework.dimensions[candidate.index].name, text: candidate.lines[depth]))
                taken[candidate.index, default: 0] += 1
            }
        }
        whereToStart = steps
        byDimension = zip(framework.dimensions, scores.dimensions).enumerated().compactMap { index, pair in
            let (dimension, score) = pair
            guard let stage = score.stage else { return nil }
            if atTop.contains(index) {
                return DimensionSteps(dimensionName: dimension.name, fromStage: framework.stages[stage].name, toStage: nil, steps: [])
            }
            guard let candidate = candidates.first(where: { $0.index == index }) else { return nil }
            let rest = Array(candidate.lines.dropFirst(taken[index] ?? 0))
            guard !rest.isEmpty else { return nil }
            return DimensionSteps(dimensionName: dimension.name, fromStage: framework.stages[stage].name,
                                  toStage: framework.stages[stage + 1].name, steps: rest)
        }
    }
}
