/// How the responses' framework versions relate to the framework that scores them. Answers are
/// matched by question id, so a response to another version still counts for every question
/// both versions share; this says what did not match, and which responses to warn about.
public struct VersionCheck: Sendable, Equatable {
    public var frameworkVersion: String
    public var frameworkFingerprint: String
    /// Responses made with another shape or version of the framework, grouped by version and
    /// fingerprint, in that order. Responses with the framework's own fingerprint are not
    /// listed (only wording differs), nor are those with no fingerprint and the same version.
    public var variants: [VersionVariant]
    /// Question ids that some response answered and the framework lacks, with how many
    /// responses answered each; these answers are not scored.
    public var questionsNotInFramework: [IDCount]
    /// Stage ids that some answer names and the framework lacks; these answers are not scored.
    public var stagesNotInFramework: [IDCount]

    public init(frameworkVersion: String, frameworkFingerprint: String, variants: [VersionVariant],
                questionsNotInFramework: [IDCount], stagesNotInFramework: [IDCount]) {
        self.frameworkVersion = frameworkVersion
        self.frameworkFingerprint = frameworkFingerprint
        self.variants = variants
        self.questionsNotInFramework = questionsNotInFramework
        self.stagesNotInFramework = stagesNotInFramework
    }

    /// Checks responses (to this framework's id) against the framework.
    public init(responses: [Response], framework: Framework) {
        let fingerprint = framework.fingerprint
        let questionIDs = Set(framework.questions.map(\.id))
        let stageIDs = Set(framework.stages.map(\.id))
        var unknownQuestions: [String: Int] = [:]
        var unknownStages: [String: Int] = [:]
        var variantResponses: [VariantKey: [Response]] = [:]
        for response in responses {
            var stagesSeen = Set<String>()
            for (questionID, answer) in response.answers {
                if !questionIDs.contains(questionID) { unknownQuestions[questionID, default: 0] += 1 }
                if case .stage(let id) = answer, !stageIDs.contains(id), stagesSeen.insert(id).inserted {
                    unknownStages[id, default: 0] += 1
                }
            }
            let differs = response.frameworkFingerprint.map { $0 != fingerprint }
                ?? (response.frameworkVersion != framework.version)
            if differs {
                variantResponses[VariantKey(version: response.frameworkVersion,
                                            fingerprint: response.frameworkFingerprint), default: []].append(response)
            }
        }
        let variants = variantResponses.map { key, members in
            let answered = Set(members.flatMap(\.answers.keys))
            return VersionVariant(
                version: key.version, fingerprint: key.fingerprint,
                fingerprintDiffers: key.fingerprint.map { $0 != fingerprint } ?? false,
                responseIDs: members.map(\.id).sorted(),
                answersNotInFramework: answered.subtracting(questionIDs).sorted(),
                frameworkQuestionsUnanswered: framework.questions.map(\.id).filter { !answered.contains($0) })
        }
        self.init(frameworkVersion: framework.version, frameworkFingerprint: fingerprint,
                  variants: variants.sorted { ($0.version, $0.fingerprint ?? "") < ($1.version, $1.fingerprint ?? "") },
                  questionsNotInFramework: IDCount.sorted(unknownQuestions),
                  stagesNotInFramework: IDCount.sorted(unknownStages))
    }

    /// Some response was made with a framework of another shape (a different fingerprint):
    /// a report must say so and name the responses.
    public var hasWarnings: Bool { variants.contains { $0.fingerprintDiffers } }

    /// Every response id a report should name in its warning, sorted.
    public var responsesWithDifferentFingerprint: [String] {
        variants.filter(\.fingerprintDiffers).flatMap(\.responseIDs).sorted()
    }

    private struct VariantKey: Hashable {
        var version: String
        var fingerprint: String?
    }
}

/// Responses answered with one version (and fingerprint) of a framework other than the one
/// that scores them.
public struct VersionVariant: Sendable, Equatable {
    public var version: String
    /// Nil for responses written without one.
    public var fingerprint: String?
    /// The fingerprint is present and not the framework's: the question ids or stages differ.
    public var fingerprintDiffers: Bool
    public var responseIDs: [String]
    /// Question ids these responses answered that the framework lacks, sorted.
    public var answersNotInFramework: [String]
    /// The framework's questions none of these responses answered, in framework order: most
    /// likely the questions their version did not have.
    public var frameworkQuestionsUnanswered: [String]

    public init(version: String, fingerprint: String?, fingerprintDiffers: Bool, responseIDs: [String],
                answersNotInFramework: [String], frameworkQuestionsUnanswered: [String]) {
        self.version = version
        self.fingerprint = fingerprint
        self.fingerprintDiffers = fingerprintDiffers
        self.responseIDs = responseIDs
        self.answersNotInFramework = answersNotInFramework
        self.frameworkQuestionsUnanswered = frameworkQuestionsUnanswered
    }
}

/// An id and how many responses use it.
public struct IDCount: Sendable, Equatable {
    public var id: String
    public var responses: Int

    public init(id: String, responses: Int) {
        self.id = id
        self.responses = responses
    }

    static func sorted(_ counts: [String: Int]) -> [IDCount] {
        counts.map { IDCount(id: $0.key, responses: $0.value) }.sorted { $0.id < $1.id }
    }
}
