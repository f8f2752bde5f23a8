/// Groups by team or role, each shown only when it has at least the minimum number of people.
extension HTMLReportWriter {
    static func breakdownSection(_ report: Report, _ breakdown: GroupBreakdown) -> String {
        let field = breakdown.field == .team ? "team" : "role"
        let title = breakdown.field == .team ? "By team" : "By role"
        let palette = StagePalette(stageCount: report.framework.stages.count)
        var out = "<p>Each \(field) with at least \(HTMLMarkup.count(breakdown.minimumSize, "person", "people")) is shown on its own; "
            + "the cells give the \(field)’s mean score, shaded by its stage.</p>\n"
        if breakdown.groups.isEmpty {
            out += "<p>No \(field) has \(breakdown.minimumSize) or more people, so no \(field) is shown.</p>"
        } else {
            let dimensions = breakdown.whole.dimensions
            let header = [breakdown.field == .team ? "Team" : "Role", "Responses"]
                + dimensions.map { HTMLMarkup.line(dimensionName($0.dimensionID, in: report)) } + ["Overall"]
            let rows = report.content.groupLines.map { line -> [String] in
                let name: String
                switch line.kind {
                case .group: name = HTMLMarkup.line(line.name)
                case .others: name = "<em>\(HTMLMarkup.line(line.name))</em>"
                case .everyone: name = "<strong>Everyone</strong>"
                }
                return [name, "\(line.people)"] + line.dimensions.map { heatCell($0, palette: palette) }
                    + [heatCell(line.overall, palette: palette)]
            }
            out += "<div class=\"table-scroll\">"
                + HTMLMarkup.table(caption: "Mean score by \(field)", header: header, rows: rows, className: "figures heat")
                + "</div>"
        }
        var notes: [String] = []
        let hidden = breakdown.hidden
        if hidden.groups > 0 {
            let small = hidden.groups - hidden.protecting
            var note = small > 0
                ? "\(HTMLMarkup.count(small, "\(field) has", "\(field)s have")) fewer than \(breakdown.minimumSize) people and "
                    + "\(small == 1 ? "is" : "are") not shown on \(small == 1 ? "its" : "their") own, so that nobody’s answers can be picked out. "
                : ""
            if hidden.protecting > 0 {
                note += "\(HTMLMarkup.count(hidden.protecting, "larger \(field) is", "larger \(field)s are")) not shown either, "
                    + "so that the smaller ones’ figures cannot be worked out from “Everyone”. "
            }
            note += "Their \(HTMLMarkup.count(hidden.people, "person", "people")) still count in “Everyone”"
                + (breakdown.othersLine != nil ? ", and together in the line in italics." : ".")
            notes.append(note)
        }
        if breakdown.withoutValue > 0 {
            notes.append("\(HTMLMarkup.count(breakdown.withoutValue, "person", "people")) gave no \(field); "
                         + "they count in “Everyone” only.")
        }
        if !notes.isEmpty {
            out += "<p class=\"hidden-note\">" + notes.joined(separator: " ") + "</p>"
        }
        return section(id: "breakdown", title: title, out)
    }

    /// A mean in a cell shaded with its stage's colour, the stage name in small type under it.
    static func heatCell(_ mean: ScoreText, palette: StagePalette) -> String {
        guard mean.value != nil else { return "<span class=\"muted\">not scored</span>" }
        let stage = mean.stageIndex
        return "<span class=\"heat\" style=\"background:\(palette.fill(stage));color:\(palette.ink(stage))\">"
            + "\(mean.shown)<small>\(HTMLMarkup.line(mean.stageName ?? ""))</small></span>"
    }
}
