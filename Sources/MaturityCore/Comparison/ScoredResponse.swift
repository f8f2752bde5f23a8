#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A response with its scores, so that a comparison scores each response once however many
/// groups it appears in.
struct ScoredResponse: Sendable {
    var response: Response
    var scores: ResponseScores
    /// For each question of the framework, in order, the position (1...N) of the stage chosen,
    /// or 0 for any other answer or none: looked up once here, so that the group figures
    /// need not hash every answer again.
    var positions: [UInt8]

    init(_ response: Response, in framework: Framework) {
        self.response = response
        let codes = Scoring.answerCodes(response, in: framework)
        scores = Scoring.score(codes: codes, in: framework)
        positions = codes.map { $0 == Scoring.dontKnowCode || $0 == Scoring.notApplicableCode ? 0 : $0 }
    }

    /// Scores many responses, on all cores: the larger part of building a report's figures.
    static func scoreAll(_ responses: [Response], in framework: Framework) -> [ScoredResponse] {
        responses.concurrentMap(serialBelow: 64) { ScoredResponse($0, in: framework) }
    }
}
