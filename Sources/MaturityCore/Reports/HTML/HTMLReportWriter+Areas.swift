/// The areas that group a framework's dimensions: one person's area scores, or a group's
/// figures for each area. Nothing when the framework has no areas.
extension HTMLReportWriter {
    static func areaSection(_ report: Report) -> String {
        let framework = report.framework
        guard !framework.areas.isEmpty else { return "" }
        func names(_ area: Area) -> String {
            HTMLMarkup.list(area.dimensionIDs.map { HTMLMarkup.line(dimensionName($0, in: report)) })
        }
        let intro = "<p>Each area’s score is the weighted mean of the scores of its dimensions.</p>\n"
        if report.isSingle, let respondent = report.respondents.first {
            let rows = zip(framework.areas, respondent.scores.areas).map { area, score in
                [HTMLMarkup.line(area.name), scoreCell(score.score), stageTag(score.stage, in: report), names(area)]
            }
            return section(id: "areas", title: "Scores by area", intro + HTMLMarkup.table(
                caption: "Scores by area", header: ["Area", "Score", "Stage", "Dimensions"], rows: rows, textColumns: [2, 3]))
        }
        let rows = zip(framework.areas, report.group.areas).map { area, summary in
            figuresRow(area.name, summary.scores, unknowns: 0).dropLast() + [stageTag(summary.scores.meanStage, in: report), names(area)]
        }
        return section(id: "areas", title: "Scores by area", intro + HTMLMarkup.table(
            caption: "Group figures by area", header: ["Area", "Mean", "Min", "Max", "SD", "Scored", "Stage", "Dimensions"],
            rows: rows.map(Array.init), textColumns: [6, 7]))
    }
}
