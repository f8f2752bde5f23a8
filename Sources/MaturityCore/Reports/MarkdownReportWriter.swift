/// Lays a `Report` out as Markdown that reads well both as plain text in a terminal and
/// rendered on a forge: headings, short paragraphs, and GitHub-flavoured tables (with padded
/// columns) for every figure.
///
/// What it holds depends on the report: one response gives that person's results, notes and
/// next steps; several give the group's figures, the disagreements to discuss and, when asked
/// for, the groups by team or role; an organisation's responses on different days add the
/// change over time, and a benchmark adds the sector's figures. Every report starts with the
/// framework, the date, the number of responses used and the method, and ends with the
/// problems (files and responses not used, and why).
///
/// All text that comes from files (names, teams, notes, framework wording, file names) is made
/// visible where it holds control characters (`SafeText`) and then escaped
/// (`ReportText.markdown`), so that it can neither format the report nor break a table row.
public enum MarkdownReportWriter {
    /// The whole report as Markdown, ending with a line break.
    public static func write(_ report: Report) -> String {
        var lines: [String] = []
        lines += header(report)
        if report.isSingle, let respondent = report.respondents.first {
            lines += single(respondent, report)
        } else if !report.respondents.isEmpty {
            // Change comes first when there is one: it is what a report over time is for.
            if let overTime = report.overTime { lines += change(overTime, report) }
            lines += group(report)
            lines += areas(report)
            lines += disagreements(report)
            if let breakdown = report.breakdown { lines += groups(breakdown, report) }
            lines += groupNextSteps(report)
        }
        if let comparison = report.benchmarkComparison, let benchmark = report.benchmark {
            lines += sector(comparison, benchmark, report)
        }
        if report.organisations.count > 1 { lines += organisations(report) }
        lines += versions(report.group.versions)
        lines += problems(report)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Always

    static func header(_ report: Report) -> [String] {
        let framework = report.framework
        let about: String
        switch report.organisations.count {
        case 0: about = "no organisation"
        case 1: about = text(report.organisations[0].name)
        default: about = "\(report.organisations.count) organisations"
        }
        return [
            "# \(text(framework.title)): report", "",
            "A maturity report for \(about), made on \(report.generated.day) from "
                + "\(count(report.respondents.count, "response", "responses")).", "",
            "- **Framework:** \(text(framework.title)), version \(text(framework.version)) (\(text(framework.id)))",
            "- **Licence:** \(framework.licence.map(text) ?? "not stated")",
            "- **Attribution:** \(framework.attribution.map(text) ?? "not stated")",
            "- **Date:** \(report.generated.day) (made \(report.generated.description))",
            "- **Responses used:** \(report.respondents.count)"
                + (report.problems.isEmpty ? "" : "; not used: \(report.problems.count), listed under \"Problems\""),
            "",
        ] + (report.content.roundSentence.map { [text($0), ""] } ?? []) + [
            "**How scores are worked out.** \(text(report.methodSentence))",
            "",
        ]
    }

    static func organisations(_ report: Report) -> [String] {
        var table = Table(["Organisation", "Responses"])
        for organisation in report.organisations { table.add([text(organisation.name), "\(organisation.responses)"]) }
        return ["## Organisations", "",
                "These responses come from \(report.organisations.count) organisations; the figures above take them together.",
                ""] + table.lines + [""]
    }

    static func versions(_ check: VersionCheck) -> [String] {
        guard !check.variants.isEmpty || !check.questionsNotInFramework.isEmpty || !check.stagesNotInFramework.isEmpty else {
            return []
        }
        var lines = ["## Framework versions", "",
                     "Answers are matched to this framework (version \(text(check.frameworkVersion))) by question id.", ""]
        for variant in check.variants {
            let ids = variant.responseIDs.map(text).joined(separator: ", ")
            let shape = variant.fingerprintDiffers ? " **with a different set of questions or stages**" : ""
            lines.append("- Version \(text(variant.version))\(shape): \(count(variant.responseIDs.count, "response", "responses")) (\(ids)).")
            if variant.fingerprintDiffers, !variant.frameworkQuestionsUnanswered.isEmpty {
                lines.append("  This framework's questions none of them answered, so unanswered for them: "
                    + variant.frameworkQuestionsUnanswered.map(text).joined(separator: ", ") + ".")
            }
        }
        for item in check.questionsNotInFramework {
            lines.append("- Question \(text(item.id)) is not in this framework: its answers in "
                + "\(count(item.responses, "response", "responses")) are not scored.")
        }
        for item in check.stagesNotInFramework {
            lines.append("- Stage \(text(item.id)) is not in this framework: answers naming it in "
                + "\(count(item.responses, "response", "responses")) are not scored.")
        }
        return lines + [""]
    }

    static func problems(_ report: Report) -> [String] {
        guard !report.problems.isEmpty else {
            return ["## Problems", "", "None: every file and response given was used."]
        }
        return ["## Problems", "", "These were not used:", ""]
            + report.problems.map { "- \(text($0.source)): \(text($0.reason))" }
    }

    // MARK: - One response

    static func single(_ respondent: Report.Respondent, _ report: Report) -> [String] {
        let response = respondent.response
        let summary = respondent.summary
        var lines = ["## Results", "",
                     "- **Respondent:** \(response.respondent.map(text) ?? "not named")",
                     "- **Organisation:** \(text(response.organisation))"]
        if let team = response.team { lines.append("- **Team:** \(text(team))") }
        if let role = response.role { lines.append("- **Role:** \(text(role))") }
        lines.append("- **Answers saved:** \(response.updated.description) (\(response.status == .complete ? "complete" : "in progress"))")
        lines.append("")

        var table = Table(["Dimension", "Score", "Stage", "Progress to the next stage", "Answered", "Don't know"], textColumns: 1)
        table.alignments[2] = .left
        table.alignments[3] = .left
        for row in report.content.person {
            table.add([row.isOverall ? "**Overall**" : text(row.name), row.score.shown, row.score.stageName.map(text) ?? "—",
                       text(row.progressSentence), "\(row.answered) of \(row.total)", "\(row.unknowns)"])
        }
        lines += table.lines + [""]
        lines += areas(report)

        if !summary.strongest.isEmpty {
            lines.append("Strongest: \(summary.strongest.map(text).joined(separator: ", ")). "
                + "Weakest: \(summary.weakest.map(text).joined(separator: ", ")).")
        }
        lines.append(summary.unanswered == 0 ? "Every question has an answer."
            : "\(count(summary.unanswered, "question has", "questions have")) no answer yet.")
        lines.append(summary.unknowns == 0 ? "No question was answered \"don't know\"."
            : "\(count(summary.unknowns, "question was", "questions were")) answered \"don't know\": worth finding out.")
        lines.append("")
        lines += notes(response, report.framework)

        let questionSteps = report.content.questionSteps
        // Without a dimension's step, the questions' own steps are the section; with neither, it says so.
        let dimensionSteps = report.content.nextSteps.isEmpty && !questionSteps.isEmpty ? [] : nextSteps(report.content.nextSteps)
        let questionLines = Self.questionSteps(questionSteps)
        return lines + ["### Next steps", ""] + dimensionSteps + (dimensionSteps.isEmpty ? Array(questionLines.dropFirst()) : questionLines) + [""]
    }

    /// Each step under its dimension, each line of the advice an item of its own, so that a
    /// step of several lines keeps them (joined, they read as one run-on sentence).
    static func nextSteps(_ steps: [NextStep]) -> [String] {
        guard !steps.isEmpty else {
            return ["None to show: no scored dimension has a next stage with advice in this framework."]
        }
        return steps.flatMap { step in
            ["- **\(text(step.dimensionName))** (\(text(step.fromStage)) → \(text(step.toStage)))"]
                + step.lines.map { "  - " + text($0) }
        }
    }

    /// The person's notes, each with the question it is about, in the framework's order.
    static func notes(_ response: Response, _ framework: Framework) -> [String] {
        var lines = ["### Notes", ""]
        var known = Set<String>()
        for dimension in framework.dimensions {
            for question in dimension.questions {
                known.insert(question.id)
                guard let note = response.notes[question.id], !note.allSatisfy(\.isWhitespace) else { continue }
                let answer = response.answers[question.id].map { describe($0, framework) } ?? "not answered"
                lines.append("- **\(text(question.text))** (\(text(dimension.name)); \(answer)): \(text(note))")
            }
        }
        // Notes on questions this framework lacks are still the person's words: show them by id.
        for (id, note) in response.notes.sorted(by: { $0.key < $1.key })
        where !known.contains(id) && !note.allSatisfy(\.isWhitespace) {
            lines.append("- Question \(text(id)) (not in this framework): \(text(note))")
        }
        if lines.count == 2 { lines.append("No notes.") }
        return lines + [""]
    }

    // MARK: - Helpers

    /// Text from a file, made visible and escaped for Markdown; line breaks become spaces.
    static func text(_ value: String) -> String {
        ReportText.markdown(SafeText.sanitize(value, keepNewlines: false))
    }

    /// "1 response", "3 responses".
    static func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    /// A stage name for a 0-based index, escaped; a dash when there is none.
    static func stageName(_ index: Int?, _ framework: Framework) -> String {
        guard let index, framework.stages.indices.contains(index) else { return "—" }
        return text(framework.stages[index].name)
    }

    /// An answer in words: the stage's name, "don't know" or "not applicable".
    static func describe(_ answer: Answer, _ framework: Framework) -> String {
        switch answer {
        case .stage(let id): return "answered " + (framework.stageIndex(of: id).map { stageName($0, framework) } ?? text(id))
        case .dontKnow: return "answered don't know"
        case .notApplicable: return "answered not applicable"
        }
    }
}
