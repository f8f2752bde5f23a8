import MaturityCore

/// The small framework of docs/scoring.md's worked example, built in code, and a short way to
/// write responses to it.
enum ComparisonFixtures {
    static let stageIDs = ["unaware", "emerging", "developing", "mastering"]

    static func question(_ id: String, weight: Double = 1) -> Question {
        Question(id: id, text: id, weight: weight, allowed: [.dontKnow, .notApplicable],
                 statements: ["Not at all.", "In places.", "Mostly.", "Fully."])
    }

    /// Stages unaware(1) emerging(2) developing(3) mastering(4); data (weight 2: d1, d2 with
    /// weight 2, d3, d4), leadership (l1, l2, l3), tools (t1, t2).
    static let framework = Framework(
        id: "worked-example", version: "1", language: "en", title: "Worked example", description: "",
        stages: stageIDs.map { Stage(id: $0, name: $0.capitalized) },
        dimensions: [
            Dimension(id: "data", name: "Data", weight: 2,
                      questions: [question("d1"), question("d2", weight: 2), question("d3"), question("d4")]),
            Dimension(id: "leadership", name: "Leadership", questions: [question("l1"), question("l2"), question("l3")]),
            Dimension(id: "tools", name: "Tools", questions: [question("t1"), question("t2")]),
        ])

    static let questionIDs = framework.questions.map(\.id)

    /// A response to the fixture framework, answers written as in a response file.
    static func response(_ id: String, organisation: String = "Example Trust", team: String? = nil,
                         role: String? = nil, updated: String = "2026-11-21T10:20:00Z",
                         framework: Framework = framework, _ answers: [String: String]) -> Response {
        let time = Timestamp(parsing: updated)!
        return Response(id: id, frameworkID: framework.id, frameworkVersion: framework.version,
                        frameworkFingerprint: framework.fingerprint, language: "en", organisation: organisation,
                        team: team, role: role, started: time, updated: time, status: .complete,
                        answers: answers.mapValues(Answer.init))
    }

    // The three respondents of the worked examples.
    static let a = response("a", ["d1": "developing", "d2": "emerging", "d3": "mastering", "d4": "dont-know",
                                  "l1": "mastering", "l2": "not-applicable", "t1": "dont-know"])
    static let b = response("b", ["d1": "unaware", "d2": "emerging", "d3": "unaware", "d4": "emerging",
                                  "l1": "emerging", "l2": "emerging", "l3": "emerging"])
    static let c = response("c", ["d1": "mastering", "d2": "mastering", "d3": "mastering", "d4": "dont-know",
                                  "l1": "developing", "t1": "developing", "t2": "mastering"])

    /// Every question answered with the same stage id.
    static func all(_ stage: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: questionIDs.map { ($0, stage) })
    }
}

/// Floating-point results compared with the hand-computed figures to well within display precision.
func close(_ a: Double?, _ b: Double?, within tolerance: Double = 1e-9) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= tolerance
}
