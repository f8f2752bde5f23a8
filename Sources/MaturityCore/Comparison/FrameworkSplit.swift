/// Separates the responses to one framework from the rest, because answers to different
/// frameworks are never mixed: their questions and stages mean different things.
public struct FrameworkSplit: Sendable, Equatable {
    /// The framework id the responses were split for.
    public var frameworkID: String
    /// Responses to that framework, in the order given.
    public var matching: [Response]
    /// Every other response, with why it was left out, ordered by response id.
    public var leftOut: [LeftOutResponse]

    /// Keeps the responses whose framework id is exactly `frameworkID`.
    public init(_ responses: [Response], frameworkID: String) {
        self.frameworkID = frameworkID
        matching = responses.filter { $0.frameworkID == frameworkID }
        leftOut = responses.filter { $0.frameworkID != frameworkID }
            .map { LeftOutResponse(responseID: $0.id, frameworkID: $0.frameworkID,
                                   reason: "it answers the framework \"\($0.frameworkID)\", not \"\(frameworkID)\"") }
            .sorted { ($0.responseID, $0.frameworkID) < ($1.responseID, $1.frameworkID) }
    }

    /// Keeps the responses to this framework.
    public init(_ responses: [Response], framework: Framework) {
        self.init(responses, frameworkID: framework.id)
    }

    /// All responses, grouped by the framework they answer.
    public static func byFramework(_ responses: [Response]) -> [String: [Response]] {
        Dictionary(grouping: responses, by: \.frameworkID)
    }
}

/// A response a comparison did not use, and the reason in words a report can show.
public struct LeftOutResponse: Sendable, Equatable {
    public var responseID: String
    public var frameworkID: String
    public var reason: String

    public init(responseID: String, frameworkID: String, reason: String) {
        self.responseID = responseID
        self.frameworkID = frameworkID
        self.reason = reason
    }
}
