import Foundation
import MaturityCore
import Testing

/// Sample reports for the HTML writer's tests and for docs/images/report-example.png: the
/// shipped data-maturity framework answered by a made-up charity's staff in three teams, in
/// May and again in November, with don't-knows and notes; a benchmark of eight organisations;
/// and hostile text in every field a file can fill.
enum HTMLReportFixtures {
    static let generated = Timestamp(parsing: "2026-11-21T12:00:00Z")!

    static let framework: Framework = {
        guard case .success(let framework) = ShippedFrameworkTests.catalogue.resolve("data-maturity") else {
            fatalError("the shipped data-maturity framework must resolve")
        }
        return framework
    }()

    /// How mature the made-up charity is in each dimension (1...5), in May; November is a little better.
    static let level: [String: Double] = [
        "uses": 2.9, "data": 2.4, "analysis": 2.0, "leadership": 3.1, "culture": 2.8, "tools": 2.2, "skills": 1.9,
    ]

    /// A team's lean per dimension: Services sees leadership far lower than Fundraising does,
    /// which the report should flag as a disagreement.
    static let lean: [String: [String: Double]] = [
        "Services": ["leadership": -1.2, "tools": -0.3, "uses": 0.3],
        "Fundraising": ["leadership": 1.1, "uses": 0.4, "data": 0.2],
        "Finance": ["data": 0.6, "tools": 0.5],
    ]

    static let people: [(name: String, team: String, role: String)] = [
        ("Amira Hassan", "Services", "Service lead"), ("Ben Okafor", "Services", "Volunteer coordinator"),
        ("Carys Evans", "Services", "Support worker"), ("Dev Patel", "Services", "Support worker"),
        ("Erin Walsh", "Services", "Support worker"), ("Femi Adeyemi", "Services", "Service lead"),
        ("Grace Lin", "Fundraising", "Fundraising manager"), ("Hugo Martin", "Fundraising", "Grants officer"),
        ("Isla Brown", "Fundraising", "Grants officer"), ("Jonah Reid", "Fundraising", "Events officer"),
        ("Kemi Bello", "Fundraising", "Trustee"), ("Liam Doyle", "Finance", "Finance officer"),
        ("Maya Rossi", "Finance", "Trustee"),
    ]

    static let notes: [String: String] = [
        "uses-impact": "We count visits but funders keep asking what changed for people.\nThe case studies help, but they are ad hoc.",
        "data-storage": "Some records are still in a filing cabinet in the back office.",
        "tools-joined-up": "The CRM and the bookings spreadsheet do not talk to each other; we retype everything.",
        "leadership-plan": "I have never seen a data plan, though the board talks about one.",
        "skills-learning": "Would love a short course on spreadsheets.",
    ]

    /// One person's answers: the charity's level plus their team's lean plus noise, rounded to a
    /// stage; some questions "don't know", more in data and tools.
    static func response(_ index: Int, person: (name: String, team: String, role: String), updated: String,
                         improvement: Double, random: inout SplitMix, organisation: String = "Riverside Community Trust",
                         withNotes: Bool = true) -> Response {
        var answers: [String: Answer] = [:]
        var written: [String: String] = [:]
        let bias = Double(random.below(5) - 2) * 0.15
        for dimension in framework.dimensions {
            let base = (level[dimension.id] ?? 2.5) + improvement + (lean[person.team]?[dimension.id] ?? 0) + bias
            for question in dimension.questions {
                // One person stopped before the last dimension.
                if index == 4 && improvement > 0 && dimension.id == "skills" { continue }
                let unknownChance = ["data", "tools"].contains(dimension.id) ? 14 : 5
                if random.chance(unknownChance) {
                    answers[question.id] = .dontKnow
                    continue
                }
                let noise = Double(random.below(3) - 1) * 0.5
                let stage = min(max(Int((base + noise).rounded()), 1), framework.stages.count)
                answers[question.id] = .stage(framework.stages[stage - 1].id)
                if withNotes, let note = notes[question.id], index % 4 == notes.keys.sorted().firstIndex(of: question.id)! % 4 {
                    written[question.id] = note
                }
            }
        }
        let time = Timestamp(parsing: updated)!
        return Response(id: "r\(index)-\(updated.prefix(10))", frameworkID: framework.id, frameworkVersion: framework.version,
                        frameworkFingerprint: framework.fingerprint, language: "en", organisation: organisation,
                        respondent: person.name, team: person.team, role: person.role, started: time, updated: time,
                        status: answers.count == framework.questionCount ? .complete : .inProgress, answers: answers, notes: written)
    }

    /// The charity in November (all 13 people) and in May (the first 7 of them).
    static let groupResponses: [Response] = {
        var random = SplitMix(state: 2026)
        let november = people.enumerated().map { index, person in
            response(index, person: person, updated: "2026-11-19T10:\(10 + index):00Z", improvement: 0.45, random: &random)
        }
        let may = people.prefix(7).enumerated().map { index, person in
            response(index, person: person, updated: "2026-05-14T09:\(10 + index):00Z", improvement: 0, random: &random)
        }
        return may + november
    }()

    /// A benchmark built from eight made-up organisations' responses.
    static let benchmark: BenchmarkFile = {
        var random = SplitMix(state: 77)
        var responses: [Response] = []
        for organisation in 0..<8 {
            let shift = Double(organisation % 5) * 0.35 - 0.6
            for person in 0..<4 {
                var response = Self.response(organisation * 10 + person, person: people[person * 3 % people.count],
                                             updated: "2026-10-01T10:00:00Z", improvement: shift, random: &random,
                                             organisation: "Organisation \(organisation)", withNotes: false)
                response.id = "b\(organisation)-\(person)"
                responses.append(response)
            }
        }
        return try! BenchmarkFile.build(from: responses, framework: framework, created: Timestamp(parsing: "2026-10-02T09:00:00Z")!)
    }()

    /// The full group report: by team, over time, beside the benchmark, with a file not used.
    static let groupReport = Report(Report.Input(
        framework: framework, responses: groupResponses,
        problems: [Report.Problem(source: "responses/old-draft.yaml", reason: "line 3: \"answers\" is not a mapping")],
        groupBy: .team, benchmark: benchmark, generated: generated))

    /// A group at one date, no breakdown, no benchmark.
    static let plainGroupReport = Report(Report.Input(
        framework: framework, responses: groupResponses.filter { $0.updated.day.hasPrefix("2026-11") }, generated: generated))

    /// One person's report (November), with notes.
    static let singleReport: Report = {
        var response = groupResponses.first { $0.respondent == "Amira Hassan" && $0.updated.day.hasPrefix("2026-11") }!
        response.notes = notes
        return Report(Report.Input(framework: framework, responses: [response], generated: generated))
    }()

    // MARK: - Hostile text

    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")", "| a | b |",
        "\u{1B}[31mred\u{1B}[0m", "' onmouseover='alert(1)", "\u{202E}evil",
    ]

    /// The team of two in the hostile report: too small to show, so it must never appear.
    static let hiddenTeam = "<b>Tiny</b> \"team\" 'x'"

    /// Every text a framework carries replaced with hostile text.
    static let hostileFramework: Framework = {
        var framework = Self.framework
        framework.title = hostile.joined(separator: " ")
        framework.description = hostile[0] + "\n" + hostile[1]
        framework.language = "en\"><script>alert(1)</script>"
        framework.version = hostile[1]
        framework.licence = hostile[2]
        framework.attribution = hostile[4] + hostile[0]
        framework.stages = framework.stages.enumerated().map { index, stage in
            Stage(id: stage.id, name: hostile[index % hostile.count] + " \(index)", description: hostile[1])
        }
        framework.dimensions = framework.dimensions.enumerated().map { index, dimension in
            var dimension = dimension
            dimension.name = hostile[(index + 1) % hostile.count]
            dimension.nextSteps = dimension.nextSteps.mapValues { _ in hostile[0] + "\n" + hostile[4] }
            dimension.questions = dimension.questions.map { question in
                var question = question
                question.text = hostile[1] + hostile[0]
                question.statements = question.statements.map { _ in hostile[(index + 3) % hostile.count] }
                return question
            }
            return dimension
        }
        return framework
    }()

    /// Responses to the hostile framework with hostile names, teams and notes.
    static func hostileResponses(count: Int) -> [Response] {
        var random = SplitMix(state: 9)
        // One round (November), so that the teams below are the report's figures.
        let template = groupResponses.filter { $0.updated.day.hasPrefix("2026-11") }.prefix(count)
        return template.enumerated().map { index, original in
            var response = original
            response.frameworkFingerprint = hostileFramework.fingerprint
            response.frameworkVersion = hostileFramework.version
            response.organisation = hostile[0]
            // Four and four people in two teams that are shown; the last two in a team too small to show.
            response.team = index < 4 ? hostile[1] : index < 8 ? hostile[4] : hiddenTeam
            response.respondent = hostile[random.below(hostile.count)]
            response.role = hostile[2]
            response.notes = Dictionary(uniqueKeysWithValues: hostileFramework.questions.prefix(6).enumerated().map {
                ($1.id, hostile[$0 % hostile.count])
            })
            return response
        }
    }

    static func hostileReport(single: Bool) -> Report {
        Report(Report.Input(
            framework: hostileFramework, responses: hostileResponses(count: single ? 1 : 10),
            problems: [Report.Problem(source: hostile[1], reason: hostile[0] + hostile[4])],
            groupBy: single ? nil : .team, minimumGroupSize: 3, generated: generated))
    }
}
