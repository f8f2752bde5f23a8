/// One organisation's rounds of the assessment: each dimension's mean in each round, the
/// change, and whether its stage moved, in words and with ▲ ▼ = (never colour alone).
extension HTMLReportWriter {
    static func overTimeSection(_ report: Report, _ change: ChangeOverTime) -> String {
        guard let first = change.points.first, let last = change.points.last, change.points.count >= 2 else { return "" }
        let stageCount = report.framework.stages.count
        var out = "<p>\(HTMLMarkup.line(change.organisation))’s responses fall into \(change.points.count) rounds "
            + "(a round ends where answers are more than \(change.maximumGapDays) days apart). "
            + "The responses of each round are summarised on their own and each dimension’s mean compared with the round before. "
            + "A stage moves when the mean crosses a whole number.</p>\n"
        let pointRows = change.points.map { point in
            [pointName(point), "\(point.summary.respondents)", scoreCell(point.summary.overall.mean),
             stageTag(point.summary.overall.meanStage, in: report)]
        }
        out += HTMLMarkup.table(caption: "Rounds compared", header: ["Round", "Responses", "Overall mean", "Stage"], rows: pointRows,
                                className: "figures compact", textColumns: [3])
        // The chart and its table compare the first round with the last.
        let dimensions = first.summary.dimensions.indices.map { index in
            (first.summary.dimensions[index].dimensionID,
             ScoreChange(before: first.summary.dimensions[index].scores.mean,
                         after: last.summary.dimensions.indices.contains(index) ? last.summary.dimensions[index].scores.mean : nil,
                         stageCount: stageCount))
        }
        let chart = SVGChangeChart(
            id: "chart-change", title: "Change in mean score from \(pointName(first)) to \(pointName(last))",
            description: "One row per dimension on the scale \(scaleText(report)): a hollow circle at the earlier mean, "
                + "a filled circle at the later mean, with the change and stage movement written beside it.",
            stages: report.framework.stages.map(\.name), beforeName: pointName(first), afterName: pointName(last),
            rows: dimensions.map { id, scoreChange in
                .init(label: dimensionName(id, in: report), before: scoreChange.before, after: scoreChange.after,
                      valueLabel: chartLabel(scoreChange))
            })
        let overall = ScoreChange(before: first.summary.overall.mean, after: last.summary.overall.mean, stageCount: stageCount)
        let table = changeTable(report, caption: "From \(pointName(first)) to \(pointName(last))",
                                before: pointName(first), after: pointName(last),
                                rows: dimensions.map { (dimensionName($0.0, in: report), $0.1) } + [("Overall", overall)])
        out += HTMLMarkup.figure(id: "figure-change", chart: chart.svg(), table: table,
                                 caption: "▲ moved up a stage, ▼ moved down a stage, = stayed at the same stage.", wide: true)
        if change.points.count > 2 {
            out += "<h3>Step by step</h3>"
            for step in change.steps {
                let from = change.points[step.from]
                let to = change.points[step.to]
                out += changeTable(report, caption: "From \(pointName(from)) to \(pointName(to))", before: pointName(from),
                                   after: pointName(to),
                                   rows: step.dimensions.map { (dimensionName($0.dimensionID, in: report), $0.change) }
                                       + [("Overall", step.overall)])
            }
        }
        if change.otherOrganisations > 0 {
            out += "<p class=\"muted\">\(HTMLMarkup.count(change.otherOrganisations, "response")) from other organisations "
                + "are not part of this series.</p>"
        }
        return section(id: "over-time", title: "Change over time", out)
    }

    static func changeTable(_ report: Report, caption: String, before: String, after: String,
                            rows: [(String, ScoreChange)]) -> String {
        HTMLMarkup.table(
            caption: caption, header: ["Dimension", before, after, "Change", "Stage"],
            rows: rows.map { name, change in
                [name == "Overall" ? "<strong>Overall</strong>" : HTMLMarkup.line(name), scoreCell(change.before),
                 scoreCell(change.after), ScoreChange.display(difference: change.difference), movementText(change, report)]
            }, textColumns: [4])
    }

    /// "▲ up to Developing", "▼ down to Learning", "= same (Learning)", "– not scored in one of the rounds".
    static func movementText(_ change: ScoreChange, _ report: Report) -> String {
        let stages = report.framework.stages.count
        let after = change.after.flatMap { stageName(Scoring.stageIndex(for: $0, stageCount: stages), in: report) }
            .map(HTMLMarkup.line) ?? ""
        switch change.movement {
        case .up: return "<span class=\"move up\">▲ up to \(after)</span>"
        case .down: return "<span class=\"move down\">▼ down to \(after)</span>"
        case .same: return "<span class=\"move same\">= same (\(after))</span>"
        case nil: return "<span class=\"muted\">– not scored in one of the rounds</span>"
        }
    }

    /// Beside a row of the chart: "+1.1 ▲ stage up", "+0.4 = same stage", "-0.6 ▼ stage down".
    static func chartLabel(_ change: ScoreChange) -> String {
        let difference = ScoreChange.display(difference: change.difference)
        switch change.movement {
        case .up: return "\(difference) ▲ stage up"
        case .down: return "\(difference) ▼ stage down"
        case .same: return "\(difference) = same stage"
        case nil: return "– not scored"
        }
    }

    /// A point's dates: "2026-11-21", or "2026-11-20 to 2026-11-24" for a round.
    static func pointName(_ point: ChangeOverTime.Point) -> String {
        point.firstDay == point.lastDay ? point.firstDay : "\(point.firstDay) to \(point.lastDay)"
    }
}
