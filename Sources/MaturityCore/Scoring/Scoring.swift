/// The scoring rules, exactly as docs/scoring.md writes them down.
public enum Scoring {
    /// Scores within this of a whole number count as that number, so 2.9999999999 from
    /// floating-point sums is stage 3, as a person computing by hand would get.
    public static let tolerance = 1e-9

    /// A score as people see it: one decimal place, halves rounded up, but never up to a
    /// whole number the score has not reached. 2.96 is shown as 2.9, not 3.0, because its
    /// stage is still the second: a reader must never see "3.0" beside the second stage.
    public static func display(_ score: Double?) -> String {
        guard let score else { return "not scored" }
        var tenths = Int((abs(score) * 10 + tolerance).rounded())
        let whole = Int((abs(score) + tolerance).rounded(.down))
        if score >= 0 { tenths = min(tenths, whole * 10 + 9) }
        return (score < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// Any other figure, such as a standard deviation: one decimal place, halves rounded up.
    public static func display(figure value: Double?) -> String {
        guard let value else { return "–" }
        let tenths = Int((abs(value) * 10 + tolerance).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// Scores one response. Answers for questions or stages the framework lacks are not
    /// counted here (the response reader reports them).
    public static func score(_ response: Response, in framework: Framework) -> ResponseScores {
        score(codes: answerCodes(response, in: framework), in: framework)
    }

    /// What a response gave for each question of the framework, in order, as a small number:
    /// `noAnswer`, a stage's position 1...N (not its value), `dontKnowCode` or `notApplicableCode`. An answer
    /// naming a stage the framework lacks counts as no answer. One look-up per question, so
    /// that scoring and the group figures need not look the answers up again.
    static func answerCodes(_ response: Response, in framework: Framework) -> [UInt8] {
        var codes: [UInt8] = []
        codes.reserveCapacity(framework.questionCount)
        for dimension in framework.dimensions {
            for question in dimension.questions {
                switch response.answers[question.id] {
                case .none:
                    codes.append(noAnswer)
                case .stage(let id):
                    // A few stages: a linear search beats building a table for every response.
                    let index = framework.stages.firstIndex { $0.id == id }
                    codes.append(index.map { UInt8(clamping: $0 + 1) } ?? noAnswer)
                case .dontKnow:
                    codes.append(dontKnowCode)
                case .notApplicable:
                    codes.append(notApplicableCode)
                }
            }
        }
        return codes
    }

    static let noAnswer: UInt8 = 0
    static let dontKnowCode: UInt8 = 254
    static let notApplicableCode: UInt8 = 255

    /// Scores answers given as `answerCodes`, as docs/scoring.md says.
    static func score(codes: [UInt8], in framework: Framework) -> ResponseScores {
        let scale = framework.scale
        var dimensions: [DimensionScore] = []
        dimensions.reserveCapacity(framework.dimensions.count)
        var answeredAll = 0
        var totalAll = 0
        var overallSum = 0.0
        var overallWeight = 0.0
        var position = 0
        for dimension in framework.dimensions {
            var sum = 0.0
            var weight = 0.0
            var result = DimensionScore(dimensionID: dimension.id, score: nil, stage: nil, scored: 0, answered: 0,
                                        dontKnow: 0, notApplicable: 0, total: dimension.questions.count)
            for question in dimension.questions {
                let code = position < codes.count ? codes[position] : noAnswer
                position += 1
                switch code {
                case noAnswer:
                    continue
                case dontKnowCode:
                    result.dontKnow += 1
                case notApplicableCode:
                    result.notApplicable += 1
                default:
                    sum += scale.value(ofStageAt: Int(code) - 1) * question.weight
                    weight += question.weight
                    result.scored += 1
                }
                result.answered += 1
            }
            if weight > 0 {
                let score = sum / weight
                result.score = score
                result.stage = scale.stageIndex(for: score)
                overallSum += score * dimension.weight
                overallWeight += dimension.weight
            }
            answeredAll += result.answered
            totalAll += result.total
            dimensions.append(result)
        }
        let overall = overallWeight > 0 ? overallSum / overallWeight : nil
        var scores = ResponseScores(dimensions: dimensions, overall: overall,
                                    overallStage: overall.map { scale.stageIndex(for: $0) },
                                    answered: answeredAll, total: totalAll)
        if !framework.areas.isEmpty { scores.areas = areaScores(dimensions, in: framework) }
        return scores
    }

    /// Each area's score: the weighted mean of its scored dimensions, using the dimensions'
    /// weights, exactly as the overall score is over all of them; "not scored" when none is.
    static func areaScores(_ dimensions: [DimensionScore], in framework: Framework) -> [AreaScore] {
        let scale = framework.scale
        var position: [String: Int] = [:]
        for (index, dimension) in framework.dimensions.enumerated() { position[dimension.id] = index }
        return framework.areas.map { area in
            var sum = 0.0
            var weight = 0.0
            for id in area.dimensionIDs {
                guard let index = position[id], index < dimensions.count, let score = dimensions[index].score else { continue }
                sum += score * framework.dimensions[index].weight
                weight += framework.dimensions[index].weight
            }
            let score = weight > 0 ? sum / weight : nil
            return AreaScore(areaID: area.id, score: score, stage: score.map { scale.stageIndex(for: $0) })
        }
    }
}
