#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which of many response files count, and why each of the others does not: the one rule for
/// a report, a benchmark and the workshop view alike, so that the room and the report always
/// count the same people. Nothing is skipped in silence: every file not used is a `LeftOut`,
/// its reason a value (a report says it in a sentence, the projector without quoting the file).
///
/// The rules, in order:
/// 1. A file that could not be read is left out with its first error.
/// 2. Responses to another framework are left out: different frameworks are never mixed.
/// 3. The same response (the same `response:` id) in several files counts once: the copy
///    updated last is used (a complete copy before an unfinished one at the same time, then
///    the first path in name order), and the others are copies of it.
/// 4. Unfinished responses (`status: in-progress`) are left out unless asked for, so that a
///    report of a workshop counts only the people who finished, as the live view does.
public struct ResponseSelection: Sendable {
    /// Why a file is not used.
    public enum Reason: Sendable, Equatable {
        /// Not a response that could be read; the first error, when there is one to point at.
        case unreadable(Diagnostic?)
        /// It answers another framework (`answered`) than the one used.
        case otherFramework(answered: String, used: String)
        /// It holds the same response as the file at `usedPath`, which was saved later.
        case copy(responseID: String, usedPath: String)
        /// Unfinished, with this many of the framework's questions answered.
        case inProgress(answered: Int, questions: Int)
    }

    /// A file not used, and why.
    public struct LeftOut: Sendable, Equatable {
        public var path: String
        public var reason: Reason

        public init(path: String, reason: Reason) {
            self.path = path
            self.reason = reason
        }
    }

    /// The responses used, in the order of their files.
    public var responses: [Response]
    /// The paths of the used responses, in the same order.
    public var paths: [String]
    /// Every file not used, in the order of the files, with why.
    public var leftOut: [LeftOut]
    /// Paths of used responses that differ from the framework in a way worth a located warning
    /// (an unknown question or stage, a different fingerprint): the caller reads them again
    /// against the framework to say where. Most files have none, so this costs nothing.
    public var pathsToCheck: [String]

    public init(loaded: [LoadedResponse], framework: Framework, includeInProgress: Bool = false) {
        var candidates: [(path: String, response: Response)] = []
        var leftOut: [LeftOut] = []
        for item in loaded {
            guard let response = item.response else {
                leftOut.append(LeftOut(path: item.path, reason: .unreadable(item.diagnostics.first { $0.isError })))
                continue
            }
            guard response.frameworkID == framework.id else {
                leftOut.append(LeftOut(path: item.path, reason: .otherFramework(answered: response.frameworkID, used: framework.id)))
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
        for (index, candidate) in candidates.enumerated() {
            let kept = chosen[candidate.response.id]!
            if kept != index {
                leftOut.append(LeftOut(path: candidate.path,
                                       reason: .copy(responseID: candidate.response.id, usedPath: candidates[kept].path)))
                continue
            }
            if candidate.response.status == .inProgress && !includeInProgress {
                leftOut.append(LeftOut(path: candidate.path,
                                       reason: .inProgress(answered: candidate.response.answers.count, questions: framework.questionCount)))
                continue
            }
            responses.append(candidate.response)
            paths.append(candidate.path)
        }
        self.responses = responses
        self.paths = paths
        self.leftOut = leftOut
        pathsToCheck = Self.differing(responses, paths: paths, from: framework)
    }

    /// How many unfinished responses were left out (0 when they are included).
    public var inProgressLeftOut: Int {
        leftOut.filter { if case .inProgress = $0.reason { return true } else { return false } }.count
    }

    /// The files not used as a report lists them: the path, and the reason in a sentence.
    public var problems: [Report.Problem] {
        leftOut.map { Report.Problem(source: $0.path, reason: $0.reason.sentence, kind: $0.reason) }
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

extension ResponseSelection.Reason {
    /// The reason as a report says it, for the person who owns the files (it may quote them).
    public var sentence: String {
        switch self {
        case .unreadable(let error):
            return error.map { "line \($0.mark.line), column \($0.mark.column): \($0.message)" } ?? "it cannot be read"
        case .otherFramework(let answered, let used):
            return "left out: it answers the framework \"\(answered)\", not \"\(used)\", and different frameworks are never mixed"
        case .copy(let id, let usedPath):
            return "left out: it holds the same response (\(id)) as \(usedPath), which was updated later or at the same time; each person counts once"
        case .inProgress(let answered, let questions):
            return "left out: still in progress (\(answered) of \(questions) questions answered); --include-in-progress counts it"
        }
    }
}
