/// One organisation beside the sector, one row per dimension on the stage scale: the sector's
/// range as a thin line, its middle half (lower to upper quartile) as a box with the median
/// marked, and the organisation's mean as a large round marker. Shapes, not colours, tell the
/// parts apart.
struct SVGSectorChart {
    struct Row {
        var label: String
        var organisation: Double?
        var sector: ScoreStatistics?
        /// Written to the right, e.g. "▲ above".
        var valueLabel: String
    }

    var id: String
    var title: String
    var description: String
    var stages: [String]
    /// Each stage's value: the scale runs from the first to the last.
    var scale: StageScale
    var rows: [Row]
    /// The report's words: the legend, and the numbers under the scale.
    var words: ReportWords

    static let width = 660.0
    private let rowHeight = 34.0
    private let labelRight = 150.0

    func svg() -> String {
        let top = 40.0
        let bottom = top + Double(rows.count) * rowHeight
        let scale = SVGChart.Scale(lower: self.scale.minimum, upper: max(self.scale.maximum, self.scale.minimum + 1), x0: labelRight + 18, x1: 520)
        let height = bottom + scale.labelHeight + 6
        var out = SVGChart.open(id: id, width: Self.width, height: height, title: title, description: description)
        out += legend(x: labelRight + 10)
        out += scale.grid(stages: stages, values: self.scale, top: top, bottom: bottom, words: words)
        for (index, row) in rows.enumerated() {
            let middle = top + Double(index) * rowHeight + rowHeight / 2
            out += "<g class=\"row\">"
            out += SVGChart.text(SVGChart.wrap(row.label, width: 17, maximum: 1)[0], x: labelRight, y: middle + 4.5,
                                 anchor: "end", size: 13, weight: "600")
            if let sector = row.sector {
                out += SVGChart.line(x1: scale.x(sector.minimum), y1: middle, x2: scale.x(sector.maximum), y2: middle,
                                     stroke: SVGChart.benchmark, width: 1.5)
                out += SVGChart.rect(x: scale.x(sector.lowerQuartile), y: middle - 8,
                                     width: scale.x(sector.upperQuartile) - scale.x(sector.lowerQuartile), height: 16,
                                     fill: "#f6e3d6", stroke: SVGChart.benchmark)
                out += SVGChart.line(x1: scale.x(sector.median), y1: middle - 8, x2: scale.x(sector.median), y2: middle + 8,
                                     stroke: SVGChart.benchmark, width: 2.5)
            } else {
                out += SVGChart.text(words(.htmlNoSectorFigures), x: scale.x0, y: middle + 4.5, size: 12, fill: SVGChart.muted)
            }
            if let value = row.organisation {
                out += "<circle cx=\"\(SVGChart.n(scale.x(value)))\" cy=\"\(SVGChart.n(middle))\" r=\"6.5\""
                    + " fill=\"\(SVGChart.accent)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            }
            out += SVGChart.text(row.valueLabel, x: 534, y: middle + 4.5, size: 13)
            out += "</g>"
        }
        return out + "</svg>"
    }

    private func legend(x: Double) -> String {
        var out = "<g class=\"legend\">"
        out += "<circle cx=\"\(SVGChart.n(x + 6))\" cy=\"14\" r=\"6.5\" fill=\"\(SVGChart.accent)\"/>"
        let us = words(.htmlSectorLegendUs)
        out += SVGChart.text(us, x: x + 18, y: 18.5, size: 12.5)
        // The sector's key starts after ours, however long the language makes it.
        let boxX = x + max(110, 18 + Double(us.count) * 7.2 + 24)
        out += SVGChart.line(x1: boxX, y1: 14, x2: boxX + 44, y2: 14, stroke: SVGChart.benchmark, width: 1.5)
        out += SVGChart.rect(x: boxX + 10, y: 6, width: 24, height: 16, fill: "#f6e3d6", stroke: SVGChart.benchmark)
        out += SVGChart.line(x1: boxX + 20, y1: 6, x2: boxX + 20, y2: 22, stroke: SVGChart.benchmark, width: 2.5)
        out += SVGChart.text(words(.htmlSectorLegendSector), x: boxX + 52, y: 18.5, size: 12.5)
        return out + "</g>"
    }
}
