import Foundation
import MaturityCore

/// Reports over docs/scoring.md's worked example (whose figures are worked out by hand there),
/// with question wording, next steps and a licence, plus hostile text for the escaping tests.
enum ReportFixtures {
    static let generated = Timestamp(parsing: "2026-11-21T12:00:00Z")!
    static let stageIDs = ["unaware", "emerging", "developing", "mastering"]

    static func question(_ id: String, _ text: String, weight: Double = 1) -> Question {
        Question(id: id, text: text, weight: weight, allowed: [.dontKnow, .notApplicable],
                 statements: ["Not at all.", "In places.", "Mostly.", "Fully."])
    }

    static func steps(_ name: String) -> [String: String] {
        ["unaware": "Start talking about \(name).", "emerging": "Write down how \(name) works.",
         "developing": "Review \(name) every year."]
    }

    /// The worked example: data (weight 2: d1, d2 weight 2, d3, d4), leadership (l1..l3), tools (t1, t2).
    static let framework = Framework(
        id: "worked-example", version: "1", language: "en", title: "Worked example",
        description: "A small framework for the worked example in docs/scoring.md.",
        licence: "CC BY 4.0", attribution: "Written for the tests.",
        stages: stageIDs.map { Stage(id: $0, name: $0.capitalized) },
        dimensions: [
            Dimension(id: "data", name: "Data", weight: 2,
                      questions: [question("d1", "Do we know what data we hold?"),
                                  question("d2", "Do we trust our data?", weight: 2),
                                  question("d3", "Do we keep our data safe?"),
                                  question("d4", "Do we delete data we no longer need?")],
                      nextSteps: steps("data")),
            Dimension(id: "leadership", name: "Leadership",
                      questions: [question("l1", "Do our leaders ask for evidence?"),
                                  question("l2", "Does the board review data?"),
                                  question("l3", "Is data in our strategy?")],
                      nextSteps: steps("leadership")),
            Dimension(id: "tools", name: "Tools",
                      questions: [question("t1", "Do our tools fit our work?"),
                                  question("t2", "Do our tools talk to each other?")],
                      nextSteps: steps("tools")),
        ])

    static let questionCount = 9

    static func response(_ id: String, organisation: String = "Example Trust", respondent: String? = nil,
                         team: String? = nil, role: String? = nil, updated: String = "2026-11-21T10:20:00Z",
                         framework: Framework = framework, notes: [String: String] = [:],
                         _ answers: [String: String]) -> Response {
        let time = Timestamp(parsing: updated)!
        return Response(id: id, frameworkID: framework.id, frameworkVersion: framework.version,
                        frameworkFingerprint: framework.fingerprint, language: "en", organisation: organisation,
                        respondent: respondent, team: team, role: role, started: time, updated: time,
                        status: .complete, answers: answers.mapValues(Answer.init), notes: notes)
    }

    // docs/scoring.md's A, B and C. A: data 2.75, leadership 4.0, tools not scored, overall 19/6.
    // B: 1.6, 2.0, not scored, 26/15. C: 4.0, 3.0, 3.5, 3.625.
    static let a = response("a", respondent: "Ann", team: "Fundraising", role: "Trustee",
                            notes: ["d1": "We keep a list.\nIt is out of date.", "t1": "Not sure who owns the tools."],
                            ["d1": "developing", "d2": "emerging", "d3": "mastering", "d4": "dont-know",
                             "l1": "mastering", "l2": "not-applicable", "t1": "dont-know"])
    static let b = response("b", respondent: "Bo", team: "Fundraising", role: "Staff",
                            ["d1": "unaware", "d2": "emerging", "d3": "unaware", "d4": "emerging",
                             "l1": "emerging", "l2": "emerging", "l3": "emerging"])
    static let c = response("c", respondent: "Cy", team: "Finance", role: "Staff",
                            ["d1": "mastering", "d2": "mastering", "d3": "mastering", "d4": "dont-know",
                             "l1": "developing", "t1": "developing", "t2": "mastering"])

    /// Every question answered with one stage.
    static func all(_ stage: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: framework.questions.map { ($0.id, stage) })
    }

    static func report(_ responses: [Response], problems: [Report.Problem] = [], by field: GroupBreakdown.Field? = nil,
                       minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize, benchmark: BenchmarkFile? = nil,
                       words: ReportWords = .english) -> Report {
        Report(Report.Input(framework: framework, responses: responses, problems: problems, groupBy: field,
                            minimumGroupSize: minimumGroupSize, benchmark: benchmark, generated: generated, words: words))
    }

    static var single: Report { report([a]) }

    /// A, B and C, with a file that could not be read and a response to another framework.
    static var group: Report {
        let other = response("z", framework: Framework(id: "other", version: "1", language: "en", title: "Other",
                                                         description: "", stages: [], dimensions: []), [:])
        return report([c, a, b, other], problems: [Report.Problem(source: "broken.yaml", reason: "line 3: not a date")],
                      by: .team, minimumGroupSize: 2)
    }

    /// Example Trust on two days: first A, B, C; later two people at developing and one at mastering.
    static var overTime: Report {
        report([a, b, c,
                response("d", updated: "2027-05-01T09:00:00Z", all("developing")),
                response("e", updated: "2027-05-01T10:00:00Z", all("developing")),
                response("f", updated: "2027-05-01T11:00:00Z", all("mastering"))])
    }

    /// Five organisations at stages 1, 2, 3, 4 and 4 everywhere: sector mean 2.8.
    static var sector: BenchmarkFile {
        let responses = ["Alpha": "unaware", "Beta": "emerging", "Gamma": "developing", "Delta": "mastering",
                         "Epsilon": "mastering"].map { response("s-\($0.key)", organisation: $0.key, all($0.value)) }
        return try! BenchmarkFile.build(from: responses, framework: framework, created: generated)
    }

    static var benchmarked: Report { report([a, b, c], benchmark: sector) }

    // MARK: - Hostile text

    static let escape = "\u{1B}[2J\u{1B}]0;owned\u{07}red"

    /// Text that must come out inert in every format.
    static let hostile = [
        "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "| a | b |", "*bold*",
        "one, \"two\"\nthree", "back\\slash `code` [link](http://x) # not a heading", escape,
    ]

    /// One response per hostile text, which is its name, team, role, organisation and every note.
    static var hostileResponses: [Response] {
        hostile.enumerated().map { index, text in
            var notes: [String: String] = [:]
            for question in framework.questions { notes[question.id] = text }
            return response("h\(index)", organisation: text, respondent: text, team: text, role: text, notes: notes,
                            index % 2 == 0 ? all("emerging") : all("mastering"))
        }
    }

    static var hostileReport: Report {
        report(hostileResponses, problems: [Report.Problem(source: escape + "|file.yaml", reason: hostile[0])], by: .team,
               minimumGroupSize: 1)
    }
}
