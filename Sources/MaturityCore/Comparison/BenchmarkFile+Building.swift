/// Why a benchmark cannot be made or used.
public enum BenchmarkError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Fewer organisations with scored answers than a benchmark needs.
    case tooFewOrganisations(found: Int, needed: Int)
    /// Some responses answer another framework; they are never mixed in.
    case otherFrameworks([LeftOutResponse])
    /// The benchmark is for another framework than the summary it is set beside.
    case frameworkMismatch(benchmark: String, summary: String)

    public var description: String {
        switch self {
        case .tooFewOrganisations(let found, let needed):
            return "a benchmark needs at least \(needed) organisations with scored answers, and these responses come from \(found)"
        case .otherFrameworks(let leftOut):
            let ids = Set(leftOut.map(\.frameworkID)).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(leftOut.count) response(s) answer another framework (\(ids)); build a benchmark from one framework's responses"
        case .frameworkMismatch(let benchmark, let summary):
            return "the benchmark is for the framework \"\(benchmark)\", and these responses answer \"\(summary)\""
        }
    }
}

extension BenchmarkFile {
    /// Builds sector figures from many organisations' responses. Each organisation counts once,
    /// by the group mean of its latest round (`AssessmentRounds`), however many of its people answered; organisations are matched by
    /// name ignoring case and extra white space, and responses with no organisation name are
    /// not counted (they cannot be told apart). Only organisations with an overall score count.
    ///
    /// - Throws: `.otherFrameworks` when any response answers another framework;
    ///   `.tooFewOrganisations` when fewer than `minimumOrganisations` count.
    public static func build(from responses: [Response], framework: Framework,
                             created: Timestamp) throws(BenchmarkError) -> BenchmarkFile {
        let split = FrameworkSplit(responses, framework: framework)
        guard split.leftOut.isEmpty else { throw .otherFrameworks(split.leftOut) }
        var members: [String: [ScoredResponse]] = [:]
        // Each organisation by its latest round: June's answers are not this December's.
        for response in AssessmentRounds.latest(responses).current {
            guard let key = GroupName.key(response.organisation) else { continue }
            members[key, default: []].append(ScoredResponse(response, in: framework))
        }
        let summaries = members.values.map { GroupSummary(scored: $0, framework: framework) }
            .filter { $0.overall.mean != nil }
        guard summaries.count >= minimumOrganisations else {
            throw .tooFewOrganisations(found: summaries.count, needed: minimumOrganisations)
        }
        func figures(_ id: String?, _ means: [Double]) -> BenchmarkFigures {
            BenchmarkFigures(id: id, organisations: means.count,
                             statistics: means.count >= minimumOrganisations ? ScoreStatistics(means) : nil)
        }
        let dimensions = framework.dimensions.indices.map { index in
            figures(framework.dimensions[index].id, summaries.compactMap { $0.dimensions[index].scores.mean })
        }
        return BenchmarkFile(
            framework: FrameworkReference(id: framework.id, version: framework.version, fingerprint: framework.fingerprint),
            stages: framework.stages.map(\.id),
            stageValues: framework.stages.contains { $0.value != nil } ? framework.scale.values : nil, organisations: summaries.count, created: created,
            overall: figures(nil, summaries.compactMap(\.overall.mean)), dimensions: dimensions)
    }
}
