/// Which used responses differ from the framework enough for a located warning.
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
