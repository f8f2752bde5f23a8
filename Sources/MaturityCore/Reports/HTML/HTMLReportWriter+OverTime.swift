/// One organisation's rounds of the assessment: each dimension's mean in each round, the
/// change, and whether its stage moved, in words and with ▲ ▼ = (never colour alone).
extension HTMLReportWriter {
    static func overTimeSection(_ report: Report, _ change: ChangeOverTime) -> String {
        let words = report.words
        guard let content = report.content.change, let first = content.rounds.first, let last = content.rounds.last,
              content.rounds.count >= 2 else { return "" }
        var out = "<p>" + words.html(.htmlRoundsIntro, count: content.rounds.count,
                                     ["organisation": change.organisation, "days": words.number(change.maximumGapDays)]) + "</p>\n"
        let pointRows = content.rounds.map { round in
            [HTMLMarkup.line(round.name), words.htmlNumber(round.responses), scoreCell(round.overall.value, words),
             stageTag(round.overall.stageIndex, in: report)]
        }
        let pointHeader: [ReportPhrase] = [.htmlColumnRound, .columnResponses, .htmlOverallMean, .columnStage]
        out += HTMLMarkup.table(caption: words.html(.htmlRoundsCompared), header: pointHeader.map { words.html($0) }, rows: pointRows,
                                className: "figures compact", textColumns: [3])
        // The chart and its table compare the first round with the last.
        let rows = content.firstToLast.rows
        let chart = SVGChangeChart(
            id: "chart-change", title: words(.htmlChangeChartTitle, ["first": first.name, "last": last.name]),
            description: words(.htmlChangeChartDescription, ["scale": scaleText(report)]),
            stages: report.framework.stages.map(\.name), scale: report.framework.scale, beforeName: first.name, afterName: last.name,
            rows: rows.filter { !$0.isOverall }.map { row in
                .init(label: row.name, before: row.before.value, after: row.after.value, valueLabel: chartLabel(row, words))
            }, words: words)
        let table = changeTable(caption: words.html(.htmlFromTo, ["first": first.name, "last": last.name]), before: first.name,
                                after: last.name, rows: rows, words)
        out += HTMLMarkup.figure(id: "figure-change", chart: chart.svg(), table: table, caption: words.html(.htmlChangeCaption), wide: true)
        if content.rounds.count > 2 {
            out += "<h3>\(words.html(.htmlStepByStep))</h3>"
            for step in content.steps {
                let from = content.rounds[step.from].name
                let to = content.rounds[step.to].name
                out += changeTable(caption: words.html(.htmlFromTo, ["first": from, "last": to]), before: from, after: to,
                                   rows: step.rows, words)
            }
        }
        if change.otherOrganisations > 0 {
            out += "<p class=\"muted\">\(words.html(.htmlOtherOrganisations, count: change.otherOrganisations))</p>"
        }
        return section(id: "over-time", title: words.html(.headingChangeOverTime), out)
    }

    static func changeTable(caption: String, before: String, after: String, rows: [ChangeSection.Row], _ words: ReportWords) -> String {
        HTMLMarkup.table(
            caption: caption,
            header: [words.html(.columnDimension), HTMLMarkup.line(before), HTMLMarkup.line(after), words.html(.htmlColumnChange),
                     words.html(.columnStage)],
            rows: rows.map { row in
                [row.isOverall ? "<strong>\(HTMLMarkup.line(row.name))</strong>" : HTMLMarkup.line(row.name),
                 scoreCell(row.before.value, words), scoreCell(row.after.value, words),
                 HTMLMarkup.line(row.change.map(words.number) ?? words(.htmlNoChangeFigure)), movementText(row, words)]
            }, textColumns: [4])
    }

    /// "▲ up to Developing", "▼ down to Learning", "= same (Learning)", "– not scored in one of the rounds".
    static func movementText(_ row: ChangeSection.Row, _ words: ReportWords) -> String {
        let after = ["stage": row.after.stageName ?? ""]
        switch row.movement {
        case .up: return "<span class=\"move up\">\(words.html(.htmlMovedUp, after))</span>"
        case .down: return "<span class=\"move down\">\(words.html(.htmlMovedDown, after))</span>"
        case .same: return "<span class=\"move same\">\(words.html(.htmlStayed, after))</span>"
        case nil: return "<span class=\"muted\">\(words.html(.htmlNotScoredInARound))</span>"
        }
    }

    /// Beside a row of the chart: "+1.1 ▲ stage up", "+0.4 = same stage", "-0.6 ▼ stage down".
    static func chartLabel(_ row: ChangeSection.Row, _ words: ReportWords) -> String {
        let difference = ["change": words.number(row.change ?? "")]
        switch row.movement {
        case .up: return words(.htmlChartUp, difference)
        case .down: return words(.htmlChartDown, difference)
        case .same: return words(.htmlChartSame, difference)
        case nil: return words(.htmlChartNotScored)
        }
    }
}
