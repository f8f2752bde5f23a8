/// One organisation's rounds of the assessment: each dimension's mean in each round, the
/// change, and whether its stage moved, in words and with ▲ ▼ = (never colour alone).
extension HTMLReportWriter {
    static func overTimeSection(_ report: Report, _ change: ChangeOverTime) -> String {
        guard let content = report.content.change, let first = content.rounds.first, let last = content.rounds.last,
              content.rounds.count >= 2 else { return "" }
        var out = "<p>\(HTMLMarkup.line(change.organisation))’s responses fall into \(content.rounds.count) rounds "
            + "(a round ends where answers are more than \(change.maximumGapDays) days apart). "
            + "The responses of each round are summarised on their own and each dimension’s mean compared with the round before. "
            + "A stage moves when the mean crosses a whole number.</p>\n"
        let pointRows = content.rounds.map { round in
            [round.name, "\(round.responses)", scoreCell(round.overall.value), stageTag(round.overall.stageIndex, in: report)]
        }
        out += HTMLMarkup.table(caption: "Rounds compared", header: ["Round", "Responses", "Overall mean", "Stage"], rows: pointRows,
                                className: "figures compact", textColumns: [3])
        // The chart and its table compare the first round with the last.
        let rows = content.firstToLast.rows
        let chart = SVGChangeChart(
            id: "chart-change", title: "Change in mean score from \(first.name) to \(last.name)",
            description: "One row per dimension on the scale \(scaleText(report)): a hollow circle at the earlier mean, "
                + "a filled circle at the later mean, with the change and stage movement written beside it.",
            stages: report.framework.stages.map(\.name), scale: report.framework.scale, beforeName: first.name, afterName: last.name,
            rows: rows.filter { !$0.isOverall }.map { row in
                .init(label: row.name, before: row.before.value, after: row.after.value, valueLabel: chartLabel(row))
            })
        let table = changeTable(caption: "From \(first.name) to \(last.name)", before: first.name, after: last.name, rows: rows)
        out += HTMLMarkup.figure(id: "figure-change", chart: chart.svg(), table: table,
                                 caption: "▲ moved up a stage, ▼ moved down a stage, = stayed at the same stage.", wide: true)
        if content.rounds.count > 2 {
            out += "<h3>Step by step</h3>"
            for step in content.steps {
                let from = content.rounds[step.from].name
                let to = content.rounds[step.to].name
                out += changeTable(caption: "From \(from) to \(to)", before: from, after: to, rows: step.rows)
            }
        }
        if change.otherOrganisations > 0 {
            out += "<p class=\"muted\">\(HTMLMarkup.count(change.otherOrganisations, "response")) from other organisations "
                + "are not part of this series.</p>"
        }
        return section(id: "over-time", title: "Change over time", out)
    }

    static func changeTable(caption: String, before: String, after: String, rows: [ChangeSection.Row]) -> String {
        HTMLMarkup.table(
            caption: caption, header: ["Dimension", before, after, "Change", "Stage"],
            rows: rows.map { row in
                [row.isOverall ? "<strong>Overall</strong>" : HTMLMarkup.line(row.name), scoreCell(row.before.value),
                 scoreCell(row.after.value), row.change ?? ScoreChange.display(difference: nil), movementText(row)]
            }, textColumns: [4])
    }

    /// "▲ up to Developing", "▼ down to Learning", "= same (Learning)", "– not scored in one of the rounds".
    static func movementText(_ row: ChangeSection.Row) -> String {
        let after = HTMLMarkup.line(row.after.stageName ?? "")
        switch row.movement {
        case .up: return "<span class=\"move up\">▲ up to \(after)</span>"
        case .down: return "<span class=\"move down\">▼ down to \(after)</span>"
        case .same: return "<span class=\"move same\">= same (\(after))</span>"
        case nil: return "<span class=\"muted\">– not scored in one of the rounds</span>"
        }
    }

    /// Beside a row of the chart: "+1.1 ▲ stage up", "+0.4 = same stage", "-0.6 ▼ stage down".
    static func chartLabel(_ row: ChangeSection.Row) -> String {
        let difference = row.change ?? ""
        switch row.movement {
        case .up: return "\(difference) ▲ stage up"
        case .down: return "\(difference) ▼ stage down"
        case .same: return "\(difference) = same stage"
        case nil: return "– not scored"
        }
    }
}
