/// The areas that group a framework's dimensions: one person's area scores, or a group's
/// figures for each area (`ReportContent.areas`). Nothing when the framework has no areas.
extension HTMLReportWriter {
    static func areaSection(_ report: Report) -> String {
        let rows = report.content.areas
        guard !rows.isEmpty else { return "" }
        func names(_ row: ReportContent.AreaRow) -> String { HTMLMarkup.list(row.dimensionNames.map(HTMLMarkup.line)) }
        let intro = "<p>Each area’s score is the weighted mean of the scores of its dimensions.</p>\n"
        if report.isSingle {
            let cells = rows.map { row in
                [HTMLMarkup.line(row.name), scoreCell(row.figures.mean.value), stageTag(row.figures.mean.stageIndex, in: report), names(row)]
            }
            return section(id: "areas", title: "Scores by area", intro + HTMLMarkup.table(
                caption: "Scores by area", header: ["Area", "Score", "Stage", "Dimensions"], rows: cells, textColumns: [2, 3]))
        }
        let cells = rows.map { row in
            figuresRow(row.figures).dropLast() + [stageTag(row.figures.mean.stageIndex, in: report), names(row)]
        }
        return section(id: "areas", title: "Scores by area", intro + HTMLMarkup.table(
            caption: "Group figures by area", header: ["Area", "Mean", "Min", "Max", "SD", "Scored", "Stage", "Dimensions"],
            rows: cells.map(Array.init), textColumns: [6, 7]))
    }
}
