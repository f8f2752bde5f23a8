/// A horizontal bar per dimension on the stage scale (0 to the highest score, gridlines at each stage), the bar
/// filled with its stage's colour and the score and stage name written beside it. A group's
/// bars are the means, with a line from the lowest to the highest score across each one.
struct SVGScoreBars {
    struct Row {
        var label: String
        var value: Double?
        /// 0-based stage of the value.
        var stage: Int?
        /// The group's lowest and highest scores, drawn as a range line when given.
        var low: Double?
        var high: Double?
        /// Written to the right of the plot, e.g. "3.2 Developing".
        var valueLabel: String
    }

    var id: String
    var title: String
    var description: String
    var stages: [String]
    /// Each stage's value: where its gridline goes.
    var scale: StageScale
    var rows: [Row]
    var palette: StagePalette
    /// The legend's name for the range line, when the rows have ranges.
    var rangeName: String?
    /// The report's words: the legend, and the numbers under the scale.
    var words: ReportWords

    static let width = 600.0
    private let rowHeight = 32.0
    private let labelRight = 128.0
    private let plotRight = 446.0
    private let top = 8.0

    func svg() -> String {
        let scale = SVGChart.Scale(lower: self.scale.origin, upper: max(self.scale.maximum, self.scale.origin + 1), x0: labelRight + 10, x1: plotRight)
        let bottom = top + Double(rows.count) * rowHeight
        let legendHeight = rangeName == nil ? 0.0 : 28
        let height = bottom + scale.labelHeight + 6 + legendHeight
        var out = SVGChart.open(id: id, width: Self.width, height: height, title: title, description: description)
        out += scale.grid(stages: stages, values: self.scale, top: top, bottom: bottom, words: words)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let middle = y + rowHeight / 2
            out += "<g class=\"row\">"
            let lines = SVGChart.wrap(row.label, width: 15)
            for (offset, line) in lines.enumerated() {
                let shift = (Double(offset) - Double(lines.count - 1) / 2) * 14
                out += SVGChart.text(line, x: labelRight, y: middle + 4.5 + shift, anchor: "end", size: 13, weight: "600")
            }
            if let value = row.value {
                out += SVGChart.rect(x: scale.x0, y: middle - 9, width: scale.x(value) - scale.x0, height: 18,
                                     fill: palette.fill(row.stage), stroke: "#5b7083", radius: 2)
            }
            if let low = row.low, let high = row.high {
                let x1 = scale.x(low)
                let x2 = scale.x(high)
                out += SVGChart.line(x1: x1, y1: middle, x2: x2, y2: middle, stroke: SVGChart.ink, width: 1.5)
                out += SVGChart.line(x1: x1, y1: middle - 6, x2: x1, y2: middle + 6, stroke: SVGChart.ink, width: 1.5)
                out += SVGChart.line(x1: x2, y1: middle - 6, x2: x2, y2: middle + 6, stroke: SVGChart.ink, width: 1.5)
            }
            out += SVGChart.text(row.valueLabel, x: plotRight + 12, y: middle + 4.5, size: 13,
                                 weight: row.value == nil ? nil : "600", fill: row.value == nil ? SVGChart.muted : SVGChart.ink)
            out += "</g>"
        }
        if let rangeName {
            let y = bottom + scale.labelHeight + 20
            out += "<g class=\"legend\">"
            out += SVGChart.rect(x: labelRight + 10, y: y - 7, width: 24, height: 14, fill: palette.fill(stages.count / 2),
                                 stroke: "#5b7083", radius: 2)
            let mean = words(.htmlMeanLegend)
            out += SVGChart.text(mean, x: labelRight + 40, y: y + 4.5, size: 12.5)
            // The range's key starts after the mean's, however long the language makes it.
            let x = labelRight + max(150, 40 + Double(mean.count) * 7.2 + 16)
            out += SVGChart.line(x1: x, y1: y, x2: x + 30, y2: y, stroke: SVGChart.ink, width: 1.5)
            out += SVGChart.line(x1: x, y1: y - 6, x2: x, y2: y + 6, stroke: SVGChart.ink, width: 1.5)
            out += SVGChart.line(x1: x + 30, y1: y - 6, x2: x + 30, y2: y + 6, stroke: SVGChart.ink, width: 1.5)
            out += SVGChart.text(rangeName, x: x + 38, y: y + 4.5, size: 12.5)
            out += "</g>"
        }
        return out + "</svg>"
    }
}
