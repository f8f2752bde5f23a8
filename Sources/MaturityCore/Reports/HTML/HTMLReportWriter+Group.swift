/// The report on many responses: the group's figures, where people stand by stage, and where
/// they disagree.
extension HTMLReportWriter {
    static func groupSections(_ report: Report) -> String {
        groupSummary(report) + groupScores(report) + groupFigures(report) + areaSection(report) + groupHistogram(report) + disagreements(report)
    }

    static func groupSummary(_ report: Report) -> String {
        let words = report.words
        let group = report.group
        let overall = group.overall
        let unknowns = group.dimensions.reduce(0) { $0 + $1.unknowns }
        var cards = card(words.html(.columnResponses), words.htmlNumber(group.respondents),
                         report.organisations.count > 1 ? words.html(.htmlFromOrganisations, count: report.organisations.count)
                            : words.html(.htmlUsedInReport))
        cards += card(words.html(.htmlOverallMean), HTMLMarkup.line(words.score(overall.mean)),
                      stageName(overall.meanStage, in: report).map { words.html(.htmlStageIs, ["stage": $0]) } ?? words.html(.htmlNobodyScored))
        if let statistics = overall.statistics {
            cards += card(words.html(.htmlRangeOverall), HTMLMarkup.line(range(statistics.minimum, statistics.maximum, words)),
                          words.html(.htmlLowestToHighestPerson))
        }
        cards += card(words.html(.htmlQuestionsAnswered), HTMLMarkup.line(report.content.completeness),
                      words.html(.htmlDontKnowAnswers, count: unknowns))
        let splits = report.content.splits.shown.count + report.content.splits.notShown.count
        cards += card(words.html(.headingWherePeopleDiffer), words.htmlNumber(splits), words.html(.htmlSplitsToDiscuss, count: splits))
        var text = ""
        if let extremes = report.content.extremes {
            func strong(_ names: [String]) -> String { "<strong>\(HTMLMarkup.line(words.list(names)))</strong>" }
            text += "<p>" + words.html(.htmlExtremes, ["highest-score": words.number(extremes.highestShown),
                                                      "lowest-score": words.number(extremes.lowestShown)],
                                       markup: ["highest": strong(extremes.highest), "lowest": strong(extremes.lowest)]) + "</p>"
        }
        if let sentence = report.content.roundSentence {
            let link = "<a href=\"#over-time\">\(words.html(.htmlSeeChangeLink))</a>"
            text += "<p class=\"rounds\">\(HTMLMarkup.text(sentence))"
                + (report.overTime == nil ? "" : " " + words.html(.htmlSeeChange, markup: ["link": link])) + "</p>"
        }
        return section(id: "summary", title: words.html(.htmlAtAGlance), "<div class=\"cards\">\(cards)</div>\n\(text)")
    }

    static func groupScores(_ report: Report) -> String {
        let words = report.words
        let group = report.group
        let names = group.dimensions.map { dimensionName($0.dimensionID, in: report) }
        let stages = report.framework.stages.map(\.name)
        var series: [SVGRadarChart.Series] = [.init(name: words(.htmlGroupMean), values: group.dimensions.map(\.scores.mean), style: .primary)]
        let comparison = report.benchmarkComparison
        if let comparison {
            series.append(.init(name: words(.columnSectorMean),
                                values: group.dimensions.map { comparison.dimension($0.dimensionID)?.sector?.mean },
                                style: .benchmark))
        }
        let radar = SVGRadarChart(
            id: "chart-wheel", title: words(.htmlGroupWheelTitle),
            description: words(comparison == nil ? .htmlGroupWheelDescription : .htmlGroupWheelDescriptionSector,
                               ["scale": scaleText(report)]),
            axes: names, stages: stages, scale: report.framework.scale, axisValues: group.dimensions.map { words.score($0.scores.mean) },
            series: series,
            band: .init(name: words(.htmlLowestToHighest), lower: group.dimensions.map { $0.scores.statistics?.minimum },
                        upper: group.dimensions.map { $0.scores.statistics?.maximum }),
            words: words)
        var header: [ReportPhrase] = [.columnDimension, .columnMean, .columnStage, .columnRange]
        if comparison != nil { header.append(.columnSectorMean) }
        let rows = zip(group.dimensions, names).map { dimension, name -> [String] in
            let statistics = dimension.scores.statistics
            var row = [HTMLMarkup.line(name), scoreCell(dimension.scores.mean, words), stageTag(dimension.scores.meanStage, in: report),
                       statistics.map { HTMLMarkup.line(range($0.minimum, $0.maximum, words)) } ?? "–"]
            if let comparison { row.append(scoreCell(comparison.dimension(dimension.dimensionID)?.sector?.mean, words)) }
            return row
        }
        let table = HTMLMarkup.table(caption: words.html(.htmlGroupScoresByDimension), header: header.map { words.html($0) }, rows: rows,
                                     textColumns: [2])
        let content = HTMLMarkup.figure(id: "figure-wheel", chart: radar.svg(), table: table, caption: words.html(.htmlGroupWheelCaption))
        return section(id: "scores", title: words.html(.htmlScoresByDimension), content)
    }

    static func groupFigures(_ report: Report) -> String {
        let words = report.words
        let group = report.group
        let stages = report.framework.stages.map(\.name)
        let palette = StagePalette(stageCount: stages.count)
        let bars = SVGScoreBars(
            id: "chart-bars", title: words(.htmlGroupBarsTitle),
            description: words(.htmlGroupBarsDescription, ["scale": scaleText(report)]),
            stages: stages, scale: report.framework.scale,
            rows: group.dimensions.map { dimension in
                let stage = stageName(dimension.scores.meanStage, in: report) ?? ""
                return .init(label: dimensionName(dimension.dimensionID, in: report), value: dimension.scores.mean,
                             stage: dimension.scores.meanStage, low: dimension.scores.statistics?.minimum,
                             high: dimension.scores.statistics?.maximum,
                             valueLabel: dimension.scores.mean == nil ? words(.notScored)
                                : words(.htmlScoreStage, ["score": words.score(dimension.scores.mean), "stage": stage]))
            },
            palette: palette, rangeName: words(.htmlRangeLegend), words: words)
        let rows = report.content.figures.map { figuresRow($0, words) }
        let header: [ReportPhrase] = [.columnDimension, .columnMean, .htmlColumnMin, .htmlColumnMax, .htmlColumnSd, .columnScored,
                                      .htmlColumnDontKnow]
        let table = HTMLMarkup.table(caption: words.html(.headingGroupFigures), header: header.map { words.html($0) }, rows: rows)
        var text = "<p>\(words.html(.htmlFiguresIntro))</p>"
        let unknown = group.dimensions.filter { $0.unknowns > 0 }.sorted { $0.unknowns > $1.unknowns }
        if !unknown.isEmpty {
            let top = unknown.prefix(3).map { "\(dimensionName($0.dimensionID, in: report)) (\(words.number($0.unknowns)))" }
            text += "<p>\(words.html(.htmlDontKnowMost, ["dimensions": words.list(top)]))</p>"
        }
        let content = text + HTMLMarkup.figure(id: "figure-bars", chart: bars.svg(), table: table,
                                               caption: words.html(.htmlGroupBarsCaption))
        return section(id: "figures", title: words.html(.headingGroupFigures), content)
    }

    static func figuresRow(_ row: FigureRow, _ words: ReportWords) -> [String] {
        let label = row.isOverall ? "<strong>\(HTMLMarkup.line(row.name))</strong>" : HTMLMarkup.line(row.name)
        let scored = row.mean.value != nil
        return [label, scoreCell(row.mean.value, words), scored ? HTMLMarkup.line(words.score(row.minimum)) : "–",
                scored ? HTMLMarkup.line(words.score(row.maximum)) : "–", HTMLMarkup.line(row.deviation),
                words.htmlNumber(row.scored), words.htmlNumber(row.unknowns)]
    }

    static func groupHistogram(_ report: Report) -> String {
        let words = report.words
        let group = report.group
        let stages = report.framework.stages
        let palette = StagePalette(stageCount: stages.count)
        let chart = SVGStageHistogram(
            id: "chart-stages", title: words(.htmlStagesChartTitle),
            description: words(.htmlStagesChartDescription, ["first": stages.first?.name ?? "", "last": stages.last?.name ?? ""]),
            stages: stages.map(\.name),
            rows: group.dimensions.map { dimension in
                let counts = stages.map { dimension.scores.histogram[$0.id] }
                let total = counts.reduce(0, +)
                let notScored = dimension.scores.notScored
                let note = notScored > 0
                    ? words(.htmlHistogramNNotScored, ["count": words.number(total), "not-scored": words.number(notScored)])
                    : words(.htmlHistogramN, ["count": words.number(total)])
                return .init(label: dimensionName(dimension.dimensionID, in: report), counts: counts, notScored: notScored, note: note)
            },
            palette: palette, words: words)
        let rows = group.dimensions.map { dimension in
            [HTMLMarkup.line(dimensionName(dimension.dimensionID, in: report))]
                + stages.map { words.htmlNumber(dimension.scores.histogram[$0.id]) } + [words.htmlNumber(dimension.scores.notScored)]
        }
        let header = [words.html(.columnDimension)] + stages.enumerated().map { index, stage in
            "<span class=\"swatch\" style=\"background:\(palette.fill(index))\"></span>\(HTMLMarkup.line(stage.name))"
        } + [words.html(.htmlColumnNotScored)]
        let table = HTMLMarkup.table(caption: words.html(.htmlPeopleByStage), header: header, rows: rows, className: "figures compact")
        let content = "<p>\(words.html(.htmlStagesIntro))</p>"
            + HTMLMarkup.figure(id: "figure-stages", chart: chart.svg(), table: table, caption: words.html(.htmlStagesCaption), wide: true)
        return section(id: "stages", title: words.html(.htmlWherePeopleStand), content)
    }
}
