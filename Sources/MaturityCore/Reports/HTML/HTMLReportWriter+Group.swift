/// The report on many responses: the group's figures, where people stand by stage, and where
/// they disagree.
extension HTMLReportWriter {
    static func groupSections(_ report: Report) -> String {
        groupSummary(report) + groupScores(report) + groupFigures(report) + areaSection(report) + groupHistogram(report) + disagreements(report)
    }

    static func groupSummary(_ report: Report) -> String {
        let group = report.group
        let overall = group.overall
        let unknowns = group.dimensions.reduce(0) { $0 + $1.unknowns }
        var cards = card("Responses", "\(group.respondents)",
                         report.organisations.count > 1 ? "from \(report.organisations.count) organisations" : "used in this report")
        cards += card("Overall mean", HTMLMarkup.score(overall.mean),
                      stageName(overall.meanStage, in: report).map { "Stage: \(HTMLMarkup.line($0))" } ?? "nobody was scored")
        if let statistics = overall.statistics {
            cards += card("Range of overall scores", "\(HTMLMarkup.score(statistics.minimum))–\(HTMLMarkup.score(statistics.maximum))",
                          "lowest to highest person")
        }
        cards += card("Questions answered", report.content.completeness, "\(HTMLMarkup.count(unknowns, "“don’t know” answer"))")
        let splits = report.content.splits.shown.count + report.content.splits.notShown.count
        cards += card("Where people differ", "\(splits)", splits == 1 ? "dimension split to discuss" : "dimensions split to discuss")
        var text = ""
        if let extremes = report.content.extremes {
            text += "<p>Highest mean: <strong>\(HTMLMarkup.list(extremes.highest.map(HTMLMarkup.line)))</strong> (\(extremes.highestShown)). "
                + "Lowest: <strong>\(HTMLMarkup.list(extremes.lowest.map(HTMLMarkup.line)))</strong> (\(extremes.lowestShown)).</p>"
        }
        if let sentence = report.content.roundSentence {
            text += "<p class=\"rounds\">\(HTMLMarkup.text(sentence))"
                + (report.overTime == nil ? "" : " See <a href=\"#over-time\">change over time</a>.") + "</p>"
        }
        return section(id: "summary", title: "At a glance", "<div class=\"cards\">\(cards)</div>\n\(text)")
    }

    static func groupScores(_ report: Report) -> String {
        let group = report.group
        let names = group.dimensions.map { dimensionName($0.dimensionID, in: report) }
        let stages = report.framework.stages.map(\.name)
        var series: [SVGRadarChart.Series] = [.init(name: "Group mean", values: group.dimensions.map(\.scores.mean), style: .primary)]
        let comparison = report.benchmarkComparison
        if let comparison {
            series.append(.init(name: "Sector mean",
                                values: group.dimensions.map { comparison.dimension($0.dimensionID)?.sector?.mean },
                                style: .benchmark))
        }
        let radar = SVGRadarChart(
            id: "chart-wheel", title: "Wheel of the group’s mean scores by dimension",
            description: "One spoke per dimension on the scale \(scaleText(report)); the solid polygon joins the group means, "
                + "the shaded band runs from the lowest to the highest person’s score"
                + (comparison == nil ? "." : ", and the dashed polygon joins the sector means."),
            axes: names, stages: stages, scale: report.framework.scale, axisValues: group.dimensions.map { HTMLMarkup.score($0.scores.mean) },
            series: series,
            band: .init(name: "Lowest to highest", lower: group.dimensions.map { $0.scores.statistics?.minimum },
                        upper: group.dimensions.map { $0.scores.statistics?.maximum }))
        var header = ["Dimension", "Mean", "Stage", "Range"]
        if comparison != nil { header.append("Sector mean") }
        let rows = zip(group.dimensions, names).map { dimension, name -> [String] in
            let statistics = dimension.scores.statistics
            var row = [HTMLMarkup.line(name), scoreCell(dimension.scores.mean), stageTag(dimension.scores.meanStage, in: report),
                       statistics.map { "\(HTMLMarkup.score($0.minimum))–\(HTMLMarkup.score($0.maximum))" } ?? "–"]
            if let comparison { row.append(scoreCell(comparison.dimension(dimension.dimensionID)?.sector?.mean)) }
            return row
        }
        let table = HTMLMarkup.table(caption: "Group scores by dimension", header: header, rows: rows, textColumns: [2])
        let content = HTMLMarkup.figure(
            id: "figure-wheel", chart: radar.svg(), table: table,
            caption: "The wheel: the further out, the more mature; each ring is a stage. The band shows how far apart people are.")
        return section(id: "scores", title: "Scores by dimension", content)
    }

    static func groupFigures(_ report: Report) -> String {
        let group = report.group
        let stages = report.framework.stages.map(\.name)
        let palette = StagePalette(stageCount: stages.count)
        let bars = SVGScoreBars(
            id: "chart-bars", title: "Mean score and range by dimension",
            description: "A bar per dimension from 0 to the group mean on the scale \(scaleText(report)); "
                + "a line across each bar runs from the lowest to the highest person’s score.",
            stages: stages, scale: report.framework.scale,
            rows: group.dimensions.map { dimension in
                let stage = stageName(dimension.scores.meanStage, in: report) ?? ""
                return .init(label: dimensionName(dimension.dimensionID, in: report), value: dimension.scores.mean,
                             stage: dimension.scores.meanStage, low: dimension.scores.statistics?.minimum,
                             high: dimension.scores.statistics?.maximum,
                             valueLabel: dimension.scores.mean == nil ? "not scored" : "\(HTMLMarkup.score(dimension.scores.mean)) \(stage)")
            },
            palette: palette, rangeName: "lowest to highest")
        let rows = report.content.figures.map(figuresRow)
        let table = HTMLMarkup.table(caption: "Group figures", header: ["Dimension", "Mean", "Min", "Max", "SD", "Scored", "Don’t know"],
                                     rows: rows)
        var text = "<p>Mean, lowest (min) and highest (max) score, standard deviation (SD: the typical distance from the mean) "
            + "and how many people have a score in each dimension. People whose answers in a dimension were all “don’t know”, "
            + "“not applicable” or blank have no score there and are left out of its figures.</p>"
        let unknown = group.dimensions.filter { $0.unknowns > 0 }.sorted { $0.unknowns > $1.unknowns }
        if !unknown.isEmpty {
            let top = unknown.prefix(3).map { "\(HTMLMarkup.line(dimensionName($0.dimensionID, in: report))) (\($0.unknowns))" }
            text += "<p>“Don’t know” was answered most in \(HTMLMarkup.list(top)). What nobody knows is worth finding out.</p>"
        }
        let content = text + HTMLMarkup.figure(id: "figure-bars", chart: bars.svg(), table: table,
                                               caption: "Bars show the group mean; the line across each bar, the lowest to the highest score.")
        return section(id: "figures", title: "Group figures", content)
    }

    static func figuresRow(_ row: FigureRow) -> [String] {
        let label = row.isOverall ? "<strong>\(HTMLMarkup.line(row.name))</strong>" : HTMLMarkup.line(row.name)
        let scored = row.mean.value != nil
        return [label, scoreCell(row.mean.value), scored ? row.minimum.shown : "–", scored ? row.maximum.shown : "–", row.deviation,
                "\(row.scored)", "\(row.unknowns)"]
    }

    static func groupHistogram(_ report: Report) -> String {
        let group = report.group
        let stages = report.framework.stages
        let palette = StagePalette(stageCount: stages.count)
        let chart = SVGStageHistogram(
            id: "chart-stages", title: "How many people are at each stage, by dimension",
            description: "One bar per dimension split by stage, from \(stages.first?.name ?? "") on the left to \(stages.last?.name ?? "") "
                + "on the right; each part is labelled with the number of people whose own score is at that stage.",
            stages: stages.map(\.name),
            rows: group.dimensions.map { dimension in
                .init(label: dimensionName(dimension.dimensionID, in: report),
                      counts: stages.map { dimension.scores.histogram[$0.id] }, notScored: dimension.scores.notScored)
            },
            palette: palette)
        let rows = group.dimensions.map { dimension in
            [HTMLMarkup.line(dimensionName(dimension.dimensionID, in: report))]
                + stages.map { "\(dimension.scores.histogram[$0.id])" } + ["\(dimension.scores.notScored)"]
        }
        let header = ["Dimension"] + stages.enumerated().map { index, stage in
            "<span class=\"swatch\" style=\"background:\(palette.fill(index))\"></span>\(HTMLMarkup.line(stage.name))"
        } + ["Not scored"]
        let table = HTMLMarkup.table(caption: "People by stage", header: header, rows: rows, className: "figures compact")
        let content = "<p>Each person’s own score in a dimension puts them at a stage. "
            + "A wide spread across stages is worth a conversation, whatever the mean.</p>"
            + HTMLMarkup.figure(id: "figure-stages", chart: chart.svg(), table: table,
                                caption: "Stages from left (least mature) to right (most mature); numbers are people.", wide: true)
        return section(id: "stages", title: "Where people stand by stage", content)
    }
}
