/// The areas that group a framework's dimensions: one person's area scores, or a group's
/// figures for each area (`ReportContent.areas`). Nothing when the framework has no areas.
extension MarkdownReportWriter {
    static func areas(_ report: Report) -> [String] {
        let rows = report.content.areas
        guard !rows.isEmpty else { return [] }
        var lines = [report.isSingle ? "### Areas" : "## Areas", "", "Each area's score is the weighted mean of its dimensions' scores.", ""]
        if report.isSingle {
            var table = Table(["Area", "Score", "Stage", "Dimensions"], textColumns: 1)
            table.alignments[2] = .left
            table.alignments[3] = .left
            for row in rows {
                let score = row.figures.mean
                table.add([text(row.name), score.shown, score.stageName.map(text) ?? "—",
                           row.dimensionNames.map(text).joined(separator: ", ")])
            }
            return lines + table.lines + [""]
        }
        var table = Table(["Area", "Mean", "Stage", "Min", "Max", "SD", "Scored", "Not scored"])
        table.alignments[2] = .left
        for row in rows {
            table.add([text(row.name)] + cells(row.figures))
        }
        lines += table.lines + [""]
        return lines
    }
}
