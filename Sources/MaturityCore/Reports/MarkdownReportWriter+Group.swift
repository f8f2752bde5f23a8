extension MarkdownReportWriter {
    // MARK: - Many responses

    /// The group's figures per dimension and overall, and where people stand by stage.
    static func group(_ report: Report) -> [String] {
        let content = report.content
        var figures = Table(["Dimension", "Mean", "Stage", "Min", "Max", "SD", "Scored", "Not scored", "Don't know"])
        figures.alignments[2] = .left
        var histogram = Table(["Dimension"] + report.framework.stages.map { text($0.name) })
        for row in content.figures {
            let name = row.isOverall ? "**Overall**" : text(row.name)
            figures.add([name] + cells(row) + ["\(row.unknowns)"])
            histogram.add([name] + row.histogram.map { "\($0)" })
        }
        let people = count(report.group.respondents, "response", "responses")
        // With earlier rounds, these figures are the latest round's: say so, the change is above.
        let over = report.earlierRounds == 0 ? people : "the \(people) of the latest round"
        return ["## Group figures", "",
                "Figures over \(over): each person's score counts once. "
                    + "SD is the standard deviation; people whose score is not scored are left out of the figures. "
                    + "\(content.completeness) of all questions have an answer.",
                ""] + figures.lines + ["", "### Where people stand, by stage", "",
                "How many people's own scores are at each stage.", ""] + histogram.lines + [""]
    }

    /// Mean, stage, min, max, SD, scored and not scored, ready for a table row.
    static func cells(_ row: FigureRow) -> [String] {
        guard row.mean.value != nil else {
            return ["not scored", "—", "—", "—", "—", "0", "\(row.notScored)"]
        }
        return [row.mean.shown, row.mean.stageName.map(text) ?? "—", row.minimum.shown, row.maximum.shown, row.deviation,
                "\(row.scored)", "\(row.notScored)"]
    }

    /// Where people differ: the split dimensions, each with the questions to start talking about.
    static func disagreements(_ report: Report) -> [String] {
        let splits = report.content.splits
        var lines = ["## Where people differ", "", text(report.words(.splitRule)), ""]
        if splits.shown.isEmpty {
            lines += ["No dimension splits the group.", ""]
        }
        for item in splits.shown {
            lines += ["### \(text(item.dimensionName)): \(text(item.sentence))", ""]
            if item.questions.isEmpty {
                lines.append("- No single question explains it: people answered different questions. "
                    + "Which questions could each of you not answer, and why?")
            }
            for question in item.questions {
                lines.append("- **\(text(question.text))** \(count(question.lowPeople, "person", "people")) chose "
                    + "\(text(question.lowStages)), \(question.highPeople) \(text(question.highStages)). "
                    + "What does someone who chose \(text(question.highStages)) see that someone who chose "
                    + "\(text(question.lowStages)) does not?")
            }
            lines.append("")
        }
        if !splits.notShown.isEmpty {
            lines += ["Also split: \(splits.notShown.map(text).joined(separator: ", ")).", ""]
        }
        if !splits.farFromTheMiddle.isEmpty {
            lines += ["Far from the rest, but not a split:", ""]
                + splits.farFromTheMiddle.map { "- \(text($0.dimensionName)): \(text($0.sentence))." } + [""]
        }
        return lines
    }

    /// The groups by team or role that are large enough to show, beside everyone.
    static func groups(_ breakdown: GroupBreakdown, _ report: Report) -> [String] {
        let field = breakdown.field == .team ? "team" : "role"
        var table = Table([field.prefix(1).uppercased() + field.dropFirst(), "People", "Overall"]
            + report.framework.dimensions.map { text($0.name) })
        for line in report.content.groupLines {
            let name: String
            switch line.kind {
            case .group: name = text(line.name)
            case .others: name = "*" + text(line.name) + "*"
            case .everyone: name = "**Everyone**"
            }
            table.add([name, "\(line.people)", line.overall.shown] + line.dimensions.map(\.shown))
        }
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
        ["## Next steps", "", "From the stage of each dimension's group mean.", ""] + nextSteps(report.content.nextSteps) + [""]
    }
}
