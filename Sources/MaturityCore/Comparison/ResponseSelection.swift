#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which of many response files a report or a benchmark uses, and why each of the others is
/// left out. Nothing is skipped in silence: every file not used is a `Report.Problem`.
///
/// The rules, in order:
/// 1. A file that could not be read is listed with its first error.
/// 2. Responses to another framework are left out: different frameworks are never mixed.
/// 3. The same response (the same `response:` id) in several files counts once: the copy
///    updated last is used (a complete copy before an unfinished one at the same time, then
///    the first path in name order), and the others are listed as copies of it.
/// 4. Unfinished responses (`status: in-progress`) are left out unless asked for, so that a
///    report of a workshop counts only the people who finished, as the live view does.
public struct ResponseSelection: Sendable {
    /// The responses used, in the order of their files.
    public var responses: [Response]
    /// The paths of the used responses, in the same order.
    public var paths: [String]
    /// Files and responses not used, and why.
    public var problems: [Report.Problem]
    /// How many unfinished responses were left out (0 when they are included).
    public var inProgressLeftOut: Int
    /// Paths of used responses that differ from the framework in a way worth a located warning
    /// (an unknown question or stage, a different fingerprint): the caller reads them again
    /// against the framework to say where. Most files have none, so this costs nothing.
    public var pathsToCheck: [String]

    public init(loaded: [LoadedResponse], framework: Framework, includeInProgress: Bool = false) {
        var candidates: [(path: String, response: Response)] = []
        var problems: [Report.Problem] = []
        for item in loaded {
            guard let response = item.response else {
                let first = item.diagnostics.first { $0.isError }
                let reason = first.map { "line \($0.mark.line), column \($0.mark.column): \($0.message)" } ?? "it cannot be read"
                problems.append(Report.Problem(source: item.path, reason: reason))
                continue
            }
            guard response.frameworkID == framework.id else {
                problems.append(Report.Problem(source: item.path,
                                               reason: "left out: it answers the framework \"\(response.frameworkID)\", not \"\(framework.id)\", and different frameworks are never mixed"))
                continue
            }
            candidates.append((item.path, response))
        }

        // The copy of each response that is used: the one updated last.
        var chosen: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            guard let earlier = chosen[candidate.response.id] else {
                chosen[candidate.response.id] = index
                continue
            }
            if Self.isNewer(candidate, than: candidates[earlier]) { chosen[candidate.response.id] = index }
        }

        var responses: [Response] = []
        var paths: [String] = []
        var inProgress = 0
        for (index, candidate) in candidates.enumerated() {
            let kept = chosen[candidate.response.id]!
            if kept != index {
                problems.append(Report.Problem(source: candidate.path,
                                               reason: "left out: it holds the same response (\(candidate.response.id)) as \(candidates[kept].path), which was updated later or at the same time; each person counts once"))
                continue
            }
            if candidate.response.status == .inProgress && !includeInProgress {
                inProgress += 1
                problems.append(Report.Problem(source: candidate.path,
                                               reason: "left out: still in progress (\(candidate.response.answers.count) of \(framework.questionCount) questions answered); --include-in-progress counts it"))
                continue
            }
            responses.append(candidate.response)
            paths.append(candidate.path)
        }
        self.responses = responses
        self.paths = paths
        self.problems = problems
        inProgressLeftOut = inProgress
        pathsToCheck = Self.differing(responses, paths: paths, from: framework)
    }

    /// The paths of the responses that differ from the framework, checked on all cores.
    static func differing(_ responses: [Response], paths: [String], from framework: Framework) -> [String] {
        let lookup = Lookup(framework)
        let flags = responses.concurrentMap { lookup.differs($0) }
        return paths.indices.filter { flags[$0] }.map { paths[$0] }
    }

    /// Whether `candidate` should be used instead of `other`, a copy of the same response.
    static func isNewer(_ candidate: (path: String, response: Response), than other: (path: String, response: Response)) -> Bool {
        if candidate.response.updated != other.response.updated { return candidate.response.updated > other.response.updated }
        let candidateDone = candidate.response.status == .complete
        let otherDone = other.response.status == .complete
        if candidateDone != otherDone { return candidateDone }
        return candidate.path < other.path
    }
}

extension ResponseSelection {
    /// The framework's ids, looked up in constant time: checking 10,000 responses of 30 answers
    /// each with linear searches would cost more than reading them.
    struct Lookup {
        var fingerprint: String
        var questions: [String: Question]
        var stages: Set<String>

        init(_ framework: Framework) {
            fingerprint = framework.fingerprint
            questions = Dictionary(framework.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            stages = Set(framework.stages.map(\.id))
        }

        /// Whether reading `response` against the framework gives a warning: an answer or a
        /// note for a question it lacks, a stage it lacks, an answer the question does not
        /// offer, or a different fingerprint. The tests of `ResponseDecoder`, without locations.
        func differs(_ response: Response) -> Bool {
            if let fingerprint = response.frameworkFingerprint, fingerprint != self.fingerprint { return true }
            for (questionID, answer) in response.answers {
                guard let question = questions[questionID] else { return true }
                switch answer {
                case .stage(let stage): if !stages.contains(stage) { return true }
                case .dontKnow: if !question.allows(.dontKnow) { return true }
                case .notApplicable: if !question.allows(.notApplicable) { return true }
                }
            }
            return response.notes.keys.contains { questions[$0] == nil }
        }
    }
}
