/// Groups by team or role, each shown only when it has at least the minimum number of people.
extension HTMLReportWriter {
    static func breakdownSection(_ report: Report, _ breakdown: GroupBreakdown) -> String {
        let words = report.words
        let team = breakdown.field == .team
        let palette = StagePalette(stageCount: report.framework.stages.count)
        let minimum = breakdown.minimumSize
        let everyone = words(.everyone)
        var out = "<p>" + words.html(team ? .htmlBreakdownIntroTeam : .htmlBreakdownIntroRole, ["people": words.people(minimum)])
            + "</p>\n"
        if breakdown.groups.isEmpty {
            out += "<p>" + words.html(team ? .htmlBreakdownNoneTeam : .htmlBreakdownNoneRole, count: minimum) + "</p>"
        } else {
            let dimensions = breakdown.whole.dimensions
            let header = [words.html(team ? .labelTeam : .labelRole), words.html(.columnResponses)]
                + dimensions.map { HTMLMarkup.line(dimensionName($0.dimensionID, in: report)) } + [words.html(.overall)]
            let rows = report.content.groupLines.map { line -> [String] in
                let name: String
                switch line.kind {
                case .group: name = HTMLMarkup.line(line.name)
                case .others: name = "<em>\(HTMLMarkup.line(line.name))</em>"
                case .everyone: name = "<strong>\(HTMLMarkup.line(line.name))</strong>"
                }
                return [name, words.htmlNumber(line.people)] + line.dimensions.map { heatCell($0, palette: palette, words) }
                    + [heatCell(line.overall, palette: palette, words)]
            }
            out += "<div class=\"table-scroll\">"
                + HTMLMarkup.table(caption: words.html(team ? .htmlMeanByTeam : .htmlMeanByRole), header: header, rows: rows,
                                   className: "figures heat")
                + "</div>"
        }
        var notes: [String] = []
        let hidden = breakdown.hidden
        if hidden.groups > 0 {
            let small = hidden.groups - hidden.protecting
            if small > 0 {
                notes.append(words.html(team ? .htmlHiddenSmallTeam : .htmlHiddenSmallRole, count: small,
                                        ["minimum": words.number(minimum)]))
            }
            if hidden.protecting > 0 {
                notes.append(words.html(team ? .htmlHiddenProtectingTeam : .htmlHiddenProtectingRole, count: hidden.protecting,
                                        ["everyone": everyone]))
            }
            notes.append(words.html(breakdown.othersLine != nil ? .htmlHiddenStillCountItalics : .htmlHiddenStillCount,
                                    count: hidden.people, ["everyone": everyone]))
        }
        if breakdown.withoutValue > 0 {
            notes.append(words.html(team ? .htmlWithoutTeam : .htmlWithoutRole, count: breakdown.withoutValue, ["everyone": everyone]))
        }
        if !notes.isEmpty {
            out += "<p class=\"hidden-note\">" + notes.joined(separator: " ") + "</p>"
        }
        return section(id: "breakdown", title: words.html(team ? .htmlByTeam : .htmlByRole), out)
    }

    /// A mean in a cell shaded with its stage's colour, the stage name in small type under it.
    static func heatCell(_ mean: ScoreText, palette: StagePalette, _ words: ReportWords) -> String {
        guard mean.value != nil else { return "<span class=\"muted\">\(words.html(.notScored))</span>" }
        let stage = mean.stageIndex
        return "<span class=\"heat\" style=\"background:\(palette.fill(stage));color:\(palette.ink(stage))\">"
            + "\(HTMLMarkup.line(words.score(mean)))<small>\(HTMLMarkup.line(mean.stageName ?? ""))</small></span>"
    }
}
