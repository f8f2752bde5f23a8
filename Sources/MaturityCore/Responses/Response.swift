/// One person's answers to one framework: what a response file holds.
public struct Response: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case inProgress = "in-progress"
        case complete
    }

    public var id: String
    public var frameworkID: String
    public var frameworkVersion: String
    /// Nil for files made by hand or by other tools, which are accepted.
    public var frameworkFingerprint: String?
    public var language: String
    public var organisation: String
    public var respondent: String?
    public var team: String?
    public var role: String?
    public var started: Timestamp
    public var updated: Timestamp
    public var status: Status
    /// Question id -> answer.
    public var answers: [String: Answer]
    /// Question id -> free text.
    public var notes: [String: String]

    public init(id: String, frameworkID: String, frameworkVersion: String, frameworkFingerprint: String? = nil,
                language: String, organisation: String, respondent: String? = nil, team: String? = nil,
                role: String? = nil, started: Timestamp, updated: Timestamp, status: Status = .inProgress,
                answers: [String: Answer] = [:], notes: [String: String] = [:]) {
        self.id = id
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.frameworkFingerprint = frameworkFingerprint
        self.language = language
        self.organisation = organisation
        self.respondent = respondent
        self.team = team
        self.role = role
        self.started = started
        self.updated = updated
        self.status = status
        self.answers = answers
        self.notes = notes
    }

    /// A new, empty response to a framework.
    public static func new(to framework: Framework, id: String, organisation: String, at time: Timestamp) -> Response {
        Response(id: id, frameworkID: framework.id, frameworkVersion: framework.version,
                 frameworkFingerprint: framework.fingerprint, language: framework.language,
                 organisation: organisation, started: time, updated: time)
    }
}

/// An answer to a question: one of the framework's stages, or one of the answers that are not scored.
public enum Answer: Sendable, Equatable, Hashable {
    case stage(String)
    case dontKnow
    case notApplicable

    public init(_ text: String) {
        switch text {
        case SpecialAnswer.dontKnow.rawValue: self = .dontKnow
        case SpecialAnswer.notApplicable.rawValue: self = .notApplicable
        default: self = .stage(text)
        }
    }

    /// As written in a response file.
    public var text: String {
        switch self {
        case .stage(let id): return id
        case .dontKnow: return SpecialAnswer.dontKnow.rawValue
        case .notApplicable: return SpecialAnswer.notApplicable.rawValue
        }
    }
}
