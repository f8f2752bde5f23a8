/// The areas that group a framework's dimensions: one person's area scores, or a group's
/// figures for each area (`ReportContent.areas`). Nothing when the framework has no areas.
extension HTMLReportWriter {
    static func areaSection(_ report: Report) -> String {
        let rows = report.content.areas
        let words = report.words
        guard !rows.isEmpty else { return "" }
        func names(_ row: ReportContent.AreaRow) -> String { HTMLMarkup.line(words.list(row.dimensionNames)) }
        let intro = "<p>\(words.html(.htmlAreasIntro))</p>\n"
        let title = words.html(.htmlScoresByArea)
        if report.isSingle {
            let cells = rows.map { row in
                [HTMLMarkup.line(row.name), scoreCell(row.figures.mean.value, words), stageTag(row.figures.mean.stageIndex, in: report), names(row)]
            }
            return section(id: "areas", title: title, intro + HTMLMarkup.table(
                caption: title,
                header: [words.html(.columnArea), words.html(.columnScore), words.html(.columnStage), words.html(.htmlColumnDimensions)],
                rows: cells, textColumns: [2, 3]))
        }
        let cells = rows.map { row in
            figuresRow(row.figures, words).dropLast() + [stageTag(row.figures.mean.stageIndex, in: report), names(row)]
        }
        let header: [ReportPhrase] = [.columnArea, .columnMean, .htmlColumnMin, .htmlColumnMax, .htmlColumnSd, .columnScored, .columnStage,
                                      .htmlColumnDimensions]
        return section(id: "areas", title: title, intro + HTMLMarkup.table(
            caption: words.html(.htmlGroupFiguresByArea), header: header.map { words.html($0) },
            rows: cells.map(Array.init), textColumns: [6, 7]))
    }
}
