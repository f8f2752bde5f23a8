/// The areas that group a framework's dimensions: one person's area scores, or a group's
/// figures for each area. Nothing when the framework has no areas.
extension MarkdownReportWriter {
    static func areas(_ report: Report) -> [String] {
        let framework = report.framework
        guard !framework.areas.isEmpty else { return [] }
        let names = { (area: Area) in area.dimensionIDs.compactMap { id in framework.dimensions.first { $0.id == id }?.name }.map(text) }
        var lines = [report.isSingle ? "### Areas" : "## Areas", "", "Each area's score is the weighted mean of its dimensions' scores.", ""]
        if report.isSingle, let respondent = report.respondents.first {
            var table = Table(["Area", "Score", "Stage", "Dimensions"], textColumns: 1)
            table.alignments[2] = .left
            table.alignments[3] = .left
            for (area, line) in zip(framework.areas, respondent.summary.areas) {
                table.add([text(area.name), Scoring.display(line.score), line.stageName.map(text) ?? "—", names(area).joined(separator: ", ")])
            }
            return lines + table.lines + [""]
        }
        var table = Table(["Area", "Mean", "Stage", "Min", "Max", "SD", "Scored", "Not scored"])
        table.alignments[2] = .left
        for (area, summary) in zip(framework.areas, report.group.areas) {
            table.add([text(area.name)] + cells(summary.scores, framework))
        }
        lines += table.lines + [""]
        return lines
    }
}
