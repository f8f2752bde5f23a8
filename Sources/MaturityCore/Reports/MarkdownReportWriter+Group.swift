extension MarkdownReportWriter {
    // MARK: - Many responses

    /// The group's figures per dimension and overall, and where people stand by stage.
    static func group(_ report: Report) -> [String] {
        let group = report.group
        let framework = report.framework
        var figures = Table(["Dimension", "Mean", "Stage", "Min", "Max", "SD", "Scored", "Not scored", "Don't know"])
        figures.alignments[2] = .left
        for (dimension, summary) in zip(framework.dimensions, group.dimensions) {
            figures.add([text(dimension.name)] + cells(summary.scores, framework) + ["\(summary.unknowns)"])
        }
        let unknowns = group.dimensions.reduce(0) { $0 + $1.unknowns }
        figures.add(["**Overall**"] + cells(group.overall, framework) + ["\(unknowns)"])

        var histogram = Table(["Dimension"] + framework.stages.map { text($0.name) })
        for (dimension, summary) in zip(framework.dimensions, group.dimensions) {
            histogram.add([text(dimension.name)] + summary.scores.histogram.bins.map { "\($0.count)" })
        }
        histogram.add(["**Overall**"] + group.overall.histogram.bins.map { "\($0.count)" })

        let percent = Int((group.completeness * 100).rounded())
        // With earlier rounds, these figures are the latest round's: say so, the change is above.
        let over = report.earlierRounds == 0 ? count(group.respondents, "response", "responses")
            : "the \(count(group.respondents, "response", "responses")) of the latest round"
        return ["## Group figures", "",
                "Figures over \(over): each person's score counts once. "
                    + "SD is the standard deviation; people whose score is not scored are left out of the figures. "
                    + "\(percent)% of all questions have an answer.",
                ""] + figures.lines + ["", "### Where people stand, by stage", "",
                "How many people's own scores are at each stage.", ""] + histogram.lines + [""]
    }

    /// Mean, stage, min, max, SD, scored and not scored, ready for a table row.
    static func cells(_ summary: ScoreSummary, _ framework: Framework) -> [String] {
        guard let statistics = summary.statistics else {
            return ["not scored", "—", "—", "—", "—", "0", "\(summary.notScored)"]
        }
        return [Scoring.display(statistics.mean), stageName(summary.meanStage, framework),
                Scoring.display(statistics.minimum), Scoring.display(statistics.maximum),
                Scoring.display(figure: statistics.standardDeviation), "\(statistics.count)", "\(summary.notScored)"]
    }

    /// The dimensions people disagree on, each with the questions to start talking about.
    static func disagreements(_ report: Report) -> [String] {
        let framework = report.framework
        let range = Scoring.display(DimensionSummary.disagreementRange)
        var lines = ["## Disagreements to discuss", ""]
        let flagged = report.group.disagreements
        guard !flagged.isEmpty else {
            return lines + ["None: in every dimension, people's scores are less than \(range) apart.", ""]
        }
        lines += ["Where people's scores for a dimension are \(range) or more apart, they probably see different "
                    + "parts of the organisation, or read the statements differently. Talk these through, starting "
                    + "with the questions whose answers are furthest apart.", ""]
        for summary in flagged {
            guard let dimension = framework.dimensions.first(where: { $0.id == summary.dimensionID }),
                  let statistics = summary.scores.statistics else { continue }
            lines += ["### \(text(dimension.name)): scores from \(Scoring.display(statistics.minimum)) "
                        + "to \(Scoring.display(statistics.maximum))", ""]
            let widest = summary.widestQuestions
            if widest.isEmpty {
                lines.append("- No single question explains it: people answered different questions. "
                    + "Which questions could each of you not answer, and why?")
            }
            for spread in widest {
                let wording = framework.question(withID: spread.questionID).map { text($0.question.text) } ?? text(spread.questionID)
                let low = stageName(spread.lowest - 1, framework)
                let high = stageName(spread.highest - 1, framework)
                lines.append("- **\(wording)** Answers went from \(low) to \(high) "
                    + "(\(count(spread.answers, "person", "people")) chose a stage). "
                    + "What does someone who chose \(high) see that someone who chose \(low) does not?")
            }
            lines.append("")
        }
        return lines
    }

    /// The groups by team or role that are large enough to show, beside everyone.
    static func groups(_ breakdown: GroupBreakdown, _ report: Report) -> [String] {
        let framework = report.framework
        let field = breakdown.field == .team ? "team" : "role"
        var table = Table([field.prefix(1).uppercased() + field.dropFirst(), "People", "Overall"]
            + framework.dimensions.map { text($0.name) })
        func row(_ name: String, _ summary: GroupSummary) -> [String] {
            [name, "\(summary.respondents)", Scoring.display(summary.overall.mean)]
                + summary.dimensions.map { Scoring.display($0.scores.mean) }
        }
        for group in breakdown.groups { table.add(row(text(group.name), group.summary)) }
        if let others = breakdown.othersLine {
            table.add(row("*" + others.name + "*", others.summary))
        }
        table.add(row("**Everyone**", breakdown.whole))

        let rule = breakdown.minimumSize <= 1 ? "Every \(field) is shown, however small."
            : "A \(field) with fewer than \(breakdown.minimumSize) people is not shown on its own, so that nobody's "
                + "answers can be picked out; its people still count in Everyone."
        var lines = ["## By \(field)", "", "Group means. " + rule, ""]
        if breakdown.groups.isEmpty {
            lines += ["No \(field) has \(breakdown.minimumSize) or more people, so none is shown on its own.", ""]
        }
        lines += table.lines + [""]
        let hidden = breakdown.hidden
        lines.append(hidden.groups == 0 ? "Hidden: none."
            : "Hidden: \(count(hidden.groups, "group", "groups")), \(count(hidden.people, "person", "people")).")
        if hidden.protecting > 0 {
            lines.append("\(count(hidden.protecting, "of them is", "of them are")) large enough to show but hidden all the same: "
                + "otherwise the smaller groups' figures could be worked out from Everyone's.")
        }
        if breakdown.withoutValue > 0 {
            lines.append("\(count(breakdown.withoutValue, "person gave", "people gave")) no \(field): "
                + "they count in Everyone only.")
        }
        return lines + [""]
    }

    /// What the group could do next, from each dimension's mean stage.
    static func groupNextSteps(_ report: Report) -> [String] {
        let framework = report.framework
        var lines = ["## Next steps", "", "From the stage of each dimension's group mean.", ""]
        var any = false
        for (dimension, summary) in zip(framework.dimensions, report.group.dimensions) {
            guard let stage = summary.scores.meanStage, stage + 1 < framework.stages.count,
                  let advice = dimension.nextSteps[framework.stages[stage].id] else { continue }
            lines.append("- **\(text(dimension.name))** (\(stageName(stage, framework)) → \(stageName(stage + 1, framework))): "
                + text(advice))
            any = true
        }
        if !any { lines.append("None to show: no scored dimension has a next stage with advice in this framework.") }
        return lines + [""]
    }
}
