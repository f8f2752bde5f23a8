/// The areas that group a framework's dimensions: one person's area scores, or a group's
/// figures for each area (`ReportContent.areas`). Nothing when the framework has no areas.
extension MarkdownReportWriter {
    static func areas(_ report: Report) -> [String] {
        let rows = report.content.areas
        let words = report.words
        guard !rows.isEmpty else { return [] }
        let heading = text(words(.headingAreas))
        var lines = [report.isSingle ? "### " + heading : "## " + heading, "", text(words(.mdAreaScore)), ""]
        if report.isSingle {
            var table = Table([words(.columnArea), words(.columnScore), words(.columnStage), words(.mdColumnDimensions)].map(text),
                              textColumns: 1)
            table.alignments[2] = .left
            table.alignments[3] = .left
            for row in rows {
                let score = row.figures.mean
                table.add([text(row.name), text(words.score(score)), score.stageName.map(text) ?? "—",
                           text(row.dimensionNames.joined(separator: ", "))])
            }
            return lines + table.lines + [""]
        }
        var table = Table(figureHeaders(words, first: .columnArea))
        table.alignments[2] = .left
        for row in rows {
            table.add([text(row.name)] + cells(row.figures, words))
        }
        lines += table.lines + [""]
        return lines
    }
}
