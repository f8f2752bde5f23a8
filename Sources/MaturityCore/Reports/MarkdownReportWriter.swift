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
        lines += versions(report.group.versions, report.words)
        lines += problems(report)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Always

    static func header(_ report: Report) -> [String] {
        let framework = report.framework
        let words = report.words
        let about: String
        switch report.organisations.count {
        case 0: about = words(.aboutNoOrganisation)
        case 1: about = report.organisations[0].name
        default: about = words.counted(.aboutOrganisations, report.organisations.count)
        }
        let notStated = words(.notStated)
        let used = words.number(report.respondents.count)
            + (report.problems.isEmpty ? "" : words(.mdNotUsed, ["count": words.number(report.problems.count),
                                                                   "heading": words(.headingProblems)]))
        return [
            "# " + text(words(.title, ["framework": framework.title])), "",
            text(words(.mdIntro, ["about": about, "day": words.day(report.generated.day),
                                  "responses": words.responses(report.respondents.count)])), "",
            item(words(.labelFramework), words(.mdFrameworkVersion, ["framework": framework.title, "version": framework.version,
                                                                    "id": framework.id]), words),
            item(words(.labelLicence), framework.licence ?? notStated, words),
            item(words(.labelAttribution), framework.attribution ?? notStated, words),
            item(words(.labelDate), words(.mdMade, ["day": words.day(report.generated.day), "time": report.generated.description]), words),
            item(words(.mdResponsesUsed), used, words),
            "",
        ] + (report.content.roundSentence.map { [text($0), ""] } ?? []) + [
            "**\(text(words(.mdHowScores)))** \(text(report.methodSentence))",
            "",
        ]
    }

    /// "- **Label:** value", both escaped; the language places the colon ("Label :" in French).
    static func item(_ label: String, _ value: String, _ words: ReportWords) -> String {
        "- **\(text(words(.mdLabel, ["label": label])))** \(text(value))"
    }

    static func organisations(_ report: Report) -> [String] {
        let words = report.words
        var table = Table([text(words(.columnOrganisation)), text(words(.columnResponses))])
        for organisation in report.organisations { table.add([text(organisation.name), words.number(organisation.responses)]) }
        return ["## " + text(words(.headingOrganisations)), "",
                text(words.counted(.mdOrganisationsTogether, report.organisations.count)),
                ""] + table.lines + [""]
    }

    static func versions(_ check: VersionCheck, _ words: ReportWords) -> [String] {
        guard !check.variants.isEmpty || !check.questionsNotInFramework.isEmpty || !check.stagesNotInFramework.isEmpty else {
            return []
        }
        var lines = ["## " + text(words(.headingFrameworkVersions)), "",
                     text(words(.mdVersionsMatched, ["version": check.frameworkVersion])), ""]
        for variant in check.variants {
            let ids = variant.responseIDs.joined(separator: ", ")
            let values = ["version": variant.version, "responses": words.responses(variant.responseIDs.count), "ids": ids]
            // The warning is in bold, so it is a sentence of its own after the line's.
            let shape = variant.fingerprintDiffers ? " **\(text(words(.mdVersionDiffers)))**" : ""
            lines.append("- " + text(words(.mdVersionLine, values)) + shape)
            if variant.fingerprintDiffers, !variant.frameworkQuestionsUnanswered.isEmpty {
                lines.append("  " + text(words(.mdVersionUnanswered, ["questions": variant.frameworkQuestionsUnanswered.joined(separator: ", ")])))
            }
        }
        for item in check.questionsNotInFramework {
            lines.append("- " + text(words(.mdQuestionNotInFramework, ["id": item.id, "responses": words.responses(item.responses)])))
        }
        for item in check.stagesNotInFramework {
            lines.append("- " + text(words(.mdStageNotInFramework, ["id": item.id, "responses": words.responses(item.responses)])))
        }
        return lines + [""]
    }

    static func problems(_ report: Report) -> [String] {
        let words = report.words
        guard !report.problems.isEmpty else {
            return ["## " + text(words(.headingProblems)), "", text(words(.mdNoProblems))]
        }
        return ["## " + text(words(.headingProblems)), "", text(words(.mdNotUsedList)), ""]
            + report.problems.map { "- " + text(words(.mdProblem, ["source": words.source(of: $0), "reason": words.reason(of: $0)])) }
    }

    // MARK: - One response

    static func single(_ respondent: Report.Respondent, _ report: Report) -> [String] {
        let response = respondent.response
        let summary = respondent.summary
        let words = report.words
        var lines = ["## " + text(words(.headingResults)), "",
                     item(words(.labelRespondent), response.respondent ?? words(.notNamed), words),
                     item(words(.labelOrganisation), response.organisation, words)]
        if let team = response.team { lines.append(item(words(.labelTeam), team, words)) }
        if let role = response.role { lines.append(item(words(.labelRole), role, words)) }
        let state = words(response.status == .complete ? .stateComplete : .stateInProgress)
        lines.append(item(words(.mdAnswersSaved), words(.mdSavedWhen, ["time": response.updated.description, "state": state]), words))
        lines.append("")

        var table = Table([words(.columnDimension), words(.columnScore), words(.columnStage), words(.columnProgress),
                           words(.columnAnswered), words(.dontKnow)].map(text), textColumns: 1)
        table.alignments[2] = .left
        table.alignments[3] = .left
        for row in report.content.person {
            table.add([row.isOverall ? "**\(text(row.name))**" : text(row.name), text(words.score(row.score)),
                       row.score.stageName.map(text) ?? "—", text(row.progressSentence),
                       text(words(.mdAnsweredOf, ["answered": words.number(row.answered), "total": words.number(row.total)])),
                       words.number(row.unknowns)])
        }
        lines += table.lines + [""]
        lines += areas(report)

        if !summary.strongest.isEmpty {
            lines.append(text(words(.mdStrongestWeakest, ["strongest": summary.strongest.joined(separator: ", "),
                                                          "weakest": summary.weakest.joined(separator: ", ")])))
        }
        lines.append(text(summary.unanswered == 0 ? words(.mdEveryQuestionAnswered) : words.counted(.mdUnanswered, summary.unanswered)))
        lines.append(text(summary.unknowns == 0 ? words(.mdNoUnknowns, ["dont-know": words(.dontKnowInSentence)])
            : words.counted(.mdUnknowns, summary.unknowns, ["dont-know": words(.dontKnowInSentence)])))
        lines.append("")
        lines += notes(response, report.framework, words)

        let questionSteps = report.content.questionSteps
        // Without a dimension's step, the questions' own steps are the section; with neither, it says so.
        let dimensionSteps = report.content.nextSteps.isEmpty && !questionSteps.isEmpty ? [] : nextSteps(report.content.nextSteps, words)
        let questionLines = Self.questionSteps(questionSteps, words)
        return lines + ["### " + text(words(.headingNextSteps)), ""] + dimensionSteps
            + (dimensionSteps.isEmpty ? Array(questionLines.dropFirst()) : questionLines) + [""]
    }

    /// Each step under its dimension, each line of the advice an item of its own, so that a
    /// step of several lines keeps them (joined, they read as one run-on sentence).
    static func nextSteps(_ steps: [NextStep], _ words: ReportWords) -> [String] {
        guard !steps.isEmpty else {
            return [text(words(.mdNoNextSteps))]
        }
        return steps.flatMap { step in
            ["- **\(text(step.dimensionName))** (\(text(step.fromStage)) → \(text(step.toStage)))"]
                + step.lines.map { "  - " + text($0) }
        }
    }

    /// The person's notes, each with the question it is about, in the framework's order.
    static func notes(_ response: Response, _ framework: Framework, _ words: ReportWords) -> [String] {
        var lines = ["### " + text(words(.headingNotes)), ""]
        var known = Set<String>()
        for dimension in framework.dimensions {
            for question in dimension.questions {
                known.insert(question.id)
                guard let note = response.notes[question.id], !note.allSatisfy(\.isWhitespace) else { continue }
                let answer = response.answers[question.id].map { describe($0, framework, words) } ?? words(.mdNotAnswered)
                lines.append("- **\(text(question.text))** "
                    + text(words(.mdNoteAbout, ["dimension": dimension.name, "answer": answer, "note": note])))
            }
        }
        // Notes on questions this framework lacks are still the person's words: show them by id.
        for (id, note) in response.notes.sorted(by: { $0.key < $1.key })
        where !known.contains(id) && !note.allSatisfy(\.isWhitespace) {
            lines.append("- " + text(words(.mdNoteNotInFramework, ["id": id, "note": note])))
        }
        if lines.count == 2 { lines.append(text(words(.mdNoNotes))) }
        return lines + [""]
    }

    // MARK: - Helpers

    /// Text from a file, made visible and escaped for Markdown; line breaks become spaces.
    static func text(_ value: String) -> String {
        ReportText.markdown(SafeText.sanitize(value, keepNewlines: false))
    }

    /// A stage name for a 0-based index; a dash when there is none.
    static func stageName(_ index: Int?, _ framework: Framework) -> String {
        guard let index, framework.stages.indices.contains(index) else { return "—" }
        return framework.stages[index].name
    }

    /// An answer in words: the stage's name, "don't know" or "not applicable" (not escaped).
    static func describe(_ answer: Answer, _ framework: Framework, _ words: ReportWords) -> String {
        switch answer {
        case .stage(let id): return words(.mdAnsweredStage, ["stage": framework.stageIndex(of: id).map { stageName($0, framework) } ?? id])
        case .dontKnow: return words(.mdAnsweredStage, ["stage": words(.dontKnowInSentence)])
        case .notApplicable: return words(.mdAnsweredStage, ["stage": words(.notApplicableInSentence)])
        }
    }
}
