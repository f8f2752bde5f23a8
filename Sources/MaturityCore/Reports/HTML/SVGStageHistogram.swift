/// Where a group's people stand by stage, one stacked bar per dimension: each segment is the
/// number of people whose own score is at that stage, in stage order left to right, filled with
/// the stage's colour and labelled with its count. A legend above names the stages in order.
struct SVGStageHistogram {
    struct Row {
        var label: String
        /// People at each stage, in stage order.
        var counts: [Int]
        var notScored: Int
        /// Written to the right: "n = 12, 1 not scored".
        var note: String
    }

    var id: String
    var title: String
    var description: String
    var stages: [String]
    var rows: [Row]
    var palette: StagePalette
    /// The report's words: what a bar with nobody scored says, and the counts.
    var words: ReportWords

    static let width = 680.0
    private let rowHeight = 32.0
    private let labelRight = 140.0
    private let plotLeft = 150.0
    private let plotRight = 510.0

    func svg() -> String {
        let top = 10 + Double(legendRows) * 22 + 8
        let height = top + Double(rows.count) * rowHeight + 8
        var out = SVGChart.open(id: id, width: Self.width, height: height, title: title, description: description)
        out += legend()
        for (index, row) in rows.enumerated() {
            let middle = top + Double(index) * rowHeight + rowHeight / 2
            out += "<g class=\"row\">"
            let lines = SVGChart.wrap(row.label, width: 16)
            for (offset, line) in lines.enumerated() {
                let shift = (Double(offset) - Double(lines.count - 1) / 2) * 14
                out += SVGChart.text(line, x: labelRight, y: middle + 4.5 + shift, anchor: "end", size: 13, weight: "600")
            }
            let total = row.counts.reduce(0, +)
            if total == 0 {
                out += SVGChart.rect(x: plotLeft, y: middle - 10, width: plotRight - plotLeft, height: 20,
                                     fill: "#ffffff", stroke: SVGChart.grid)
                out += SVGChart.text(words(.htmlNobodyScoredBar), x: (plotLeft + plotRight) / 2, y: middle + 4.5, anchor: "middle",
                                     size: 12, fill: SVGChart.muted)
            } else {
                var x = plotLeft
                for (stage, count) in row.counts.enumerated() where count > 0 {
                    let width = (plotRight - plotLeft) * Double(count) / Double(total)
                    out += SVGChart.rect(x: x, y: middle - 10, width: width, height: 20, fill: palette.fill(stage),
                                         stroke: "#ffffff")
                    if width >= 14 {
                        out += SVGChart.text(words.number(count), x: x + width / 2, y: middle + 4.5, anchor: "middle", size: 12,
                                             weight: "600", fill: palette.ink(stage))
                    }
                    x += width
                }
            }
            out += SVGChart.text(row.note, x: plotRight + 10, y: middle + 4.5, size: 12, fill: SVGChart.muted)
            out += "</g>"
        }
        return out + "</svg>"
    }

    /// The stages in one or more rows, each item as wide as its name needs.
    private func legend() -> String {
        var out = "<g class=\"legend\">"
        let start = 20.0
        var x = start
        var y = 10.0
        for (index, name) in stages.enumerated() {
            let label = "\(index + 1) \(name)"
            let width = 22 + Double(label.count) * 7.2 + 18
            if x + width > Self.width && x > start {
                x = start
                y += 22
            }
            out += SVGChart.rect(x: x, y: y, width: 16, height: 14, fill: palette.fill(index), stroke: "#5b7083")
            out += SVGChart.text(label, x: x + 22, y: y + 11.5, size: 12)
            x += width
        }
        return out + "</g>"
    }

    /// How many rows the legend takes.
    private var legendRows: Int {
        var rows = 1
        var x = 20.0
        for (index, name) in stages.enumerated() {
            let width = 22 + Double("\(index + 1) \(name)".count) * 7.2 + 18
            if x + width > Self.width && x > 20 {
                rows += 1
                x = 20
            }
            x += width
        }
        return rows
    }
}
