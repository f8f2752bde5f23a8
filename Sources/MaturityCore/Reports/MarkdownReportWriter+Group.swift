extension MarkdownReportWriter {
    // MARK: - Many responses

    /// The group's figures per dimension and overall, and where people stand by stage.
    static func group(_ report: Report) -> [String] {
        let content = report.content
        let words = report.words
        var figures = Table(figureHeaders(words, first: .columnDimension) + [text(words(.dontKnow))])
        figures.alignments[2] = .left
        var histogram = Table([text(words(.columnDimension))] + report.framework.stages.map { text($0.name) })
        for row in content.figures {
            let name = row.isOverall ? "**\(text(row.name))**" : text(row.name)
            figures.add([name] + cells(row, words) + [words.number(row.unknowns)])
            histogram.add([name] + row.histogram.map { words.number($0) })
        }
        let people = words.responses(report.group.respondents)
        // With earlier rounds, these figures are the latest round's: say so, the change is above.
        let over = report.earlierRounds == 0 ? people : words(.mdOfTheLatestRound, ["responses": people])
        let intro = text(words(.mdFiguresOver, ["responses": over, "percent": content.completeness]))
        var lines = ["## " + text(words(.headingGroupFigures)), "", intro, ""]
        lines += figures.lines
        lines += ["", "### " + text(words(.mdHeadingByStage)), "", text(words(.mdByStageIntro)), ""]
        return lines + histogram.lines + [""]
    }

    /// The headers of a table of figures: the first column's, then mean, stage, lowest, highest,
    /// the standard deviation, scored and not scored.
    static func figureHeaders(_ words: ReportWords, first: ReportPhrase) -> [String] {
        [first, .columnMean, .columnStage, .mdColumnMin, .mdColumnMax, .mdColumnSd, .columnScored, .mdColumnNotScored]
            .map { text(words($0)) }
    }

    /// Mean, stage, min, max, SD, scored and not scored, ready for a table row.
    static func cells(_ row: FigureRow, _ words: ReportWords) -> [String] {
        guard row.mean.value != nil else {
            return [text(words(.notScored)), "—", "—", "—", "—", "0", words.number(row.notScored)]
        }
        return [words.score(row.mean), row.mean.stageName.map(text) ?? "—", words.score(row.minimum), words.score(row.maximum),
                row.deviation, words.number(row.scored), words.number(row.notScored)]
    }

    /// Where people differ: the split dimensions, each with the questions to start talking about.
    static func disagreements(_ report: Report) -> [String] {
        let splits = report.content.splits
        let words = report.words
        var lines = ["## " + text(words(.headingWherePeopleDiffer)), "", text(words(.splitRule)), ""]
        if splits.shown.isEmpty {
            lines += [text(words(.mdNoSplit)), ""]
        }
        for item in splits.shown {
            lines += ["### \(text(item.dimensionName)): \(text(item.sentence))", ""]
            if item.questions.isEmpty {
                lines.append("- " + text(words(.mdNoSingleQuestion)))
            }
            for question in item.questions {
                lines.append("- **\(text(question.text))** " + text(words(.mdSplitQuestion, [
                    "low": words.people(question.lowPeople), "low-stages": question.lowStages,
                    "high": words.number(question.highPeople), "high-stages": question.highStages,
                ])))
            }
            lines.append("")
        }
        if !splits.notShown.isEmpty {
            lines += [text(words(.mdAlsoSplit, ["dimensions": splits.notShown.joined(separator: ", ")])), ""]
        }
        if !splits.farFromTheMiddle.isEmpty {
            lines += [text(words(.mdFarFromTheRest)), ""]
                + splits.farFromTheMiddle.map { "- \(text($0.dimensionName)): \(text($0.sentence))." } + [""]
        }
        return lines
    }

    /// The groups by team or role that are large enough to show, beside everyone.
    static func groups(_ breakdown: GroupBreakdown, _ report: Report) -> [String] {
        let words = report.words
        let byTeam = breakdown.field == .team
        var table = Table([text(words(byTeam ? .labelTeam : .labelRole)), text(words(.columnPeople)), text(words(.overall))]
            + report.framework.dimensions.map { text($0.name) })
        for line in report.content.groupLines {
            let name: String
            switch line.kind {
            case .group: name = text(line.name)
            case .others: name = "*" + text(line.name) + "*"
            case .everyone: name = "**" + text(line.name) + "**"
            }
            table.add([name, words.number(line.people), words.score(line.overall)] + line.dimensions.map(words.score))
        }
        let minimum = breakdown.minimumSize
        let rule = minimum <= 1 ? words(byTeam ? .mdEveryTeamShown : .mdEveryRoleShown)
            : words.counted(byTeam ? .mdSmallTeamHidden : .mdSmallRoleHidden, minimum, ["everyone": words(.everyone)])
        var lines = ["## " + text(words(byTeam ? .mdHeadingByTeam : .mdHeadingByRole)), "", text(words(.mdGroupMeans, ["rule": rule])), ""]
        if breakdown.groups.isEmpty {
            lines += [text(words.counted(byTeam ? .mdNoTeamLargeEnough : .mdNoRoleLargeEnough, minimum)), ""]
        }
        lines += table.lines + [""]
        let hidden = breakdown.hidden
        lines.append(text(hidden.groups == 0 ? words(.mdHiddenNone)
            : words(.mdHidden, ["groups": words.counted(.mdCountGroups, hidden.groups), "people": words.people(hidden.people)])))
        if hidden.protecting > 0 {
            lines.append(text(words.counted(.mdProtecting, hidden.protecting, ["everyone": words(.everyone)])))
        }
        if breakdown.withoutValue > 0 {
            lines.append(text(words.counted(byTeam ? .mdNoTeamGiven : .mdNoRoleGiven, breakdown.withoutValue,
                                            ["everyone": words(.everyone)])))
        }
        return lines + [""]
    }

    /// What the group could do next, from each dimension's mean stage.
    static func groupNextSteps(_ report: Report) -> [String] {
        let words = report.words
        return ["## " + text(words(.headingNextSteps)), "", text(words(.mdFromTheGroupMean)), ""]
            + nextSteps(report.content.nextSteps, words) + [""]
    }
}
