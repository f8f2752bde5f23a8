/// Change between two points in time, one row per dimension on the stage scale: a hollow
/// marker at the earlier mean, a filled one at the later mean, joined by a line, with the change
/// and the stage movement (▲ ▼ =) written beside it, so the direction never rests on colour.
struct SVGChangeChart {
    struct Row {
        var label: String
        var before: Double?
        var after: Double?
        /// Written to the right, e.g. "▲ +0.4".
        var valueLabel: String
    }

    var id: String
    var title: String
    var description: String
    var stages: [String]
    /// Each stage's value: the scale runs from the first to the last.
    var scale: StageScale
    var beforeName: String
    var afterName: String
    var rows: [Row]
    /// The report's words: the numbers under the scale.
    var words: ReportWords

    static let width = 680.0
    private let rowHeight = 32.0
    private let labelRight = 150.0

    func svg() -> String {
        let top = 38.0
        let bottom = top + Double(rows.count) * rowHeight
        let scale = SVGChart.Scale(lower: self.scale.minimum, upper: max(self.scale.maximum, self.scale.minimum + 1), x0: labelRight + 18, x1: 520)
        let height = bottom + scale.labelHeight + 6
        var out = SVGChart.open(id: id, width: Self.width, height: height, title: title, description: description)
        out += "<g class=\"legend\">"
        out += "<circle cx=\"\(SVGChart.n(labelRight + 16))\" cy=\"14\" r=\"5.5\" fill=\"#ffffff\" stroke=\"\(SVGChart.muted)\" stroke-width=\"2\"/>"
        out += SVGChart.text(beforeName, x: labelRight + 28, y: 18.5, size: 12.5)
        let x = labelRight + 28 + Double(beforeName.count) * 7 + 30
        out += "<circle cx=\"\(SVGChart.n(x))\" cy=\"14\" r=\"6\" fill=\"\(SVGChart.accent)\"/>"
        out += SVGChart.text(afterName, x: x + 12, y: 18.5, size: 12.5)
        out += "</g>"
        out += scale.grid(stages: stages, values: self.scale, top: top, bottom: bottom, words: words)
        for (index, row) in rows.enumerated() {
            let middle = top + Double(index) * rowHeight + rowHeight / 2
            out += "<g class=\"row\">"
            out += SVGChart.text(SVGChart.wrap(row.label, width: 17, maximum: 1)[0], x: labelRight, y: middle + 4.5,
                                 anchor: "end", size: 13, weight: "600")
            if let before = row.before, let after = row.after {
                out += SVGChart.line(x1: scale.x(before), y1: middle, x2: scale.x(after), y2: middle,
                                     stroke: SVGChart.accent, width: 2.5)
            }
            if let before = row.before {
                out += "<circle cx=\"\(SVGChart.n(scale.x(before)))\" cy=\"\(SVGChart.n(middle))\" r=\"5.5\""
                    + " fill=\"#ffffff\" stroke=\"\(SVGChart.muted)\" stroke-width=\"2\"/>"
            }
            if let after = row.after {
                out += "<circle cx=\"\(SVGChart.n(scale.x(after)))\" cy=\"\(SVGChart.n(middle))\" r=\"6\" fill=\"\(SVGChart.accent)\"/>"
            }
            out += SVGChart.text(row.valueLabel, x: 534, y: middle + 4.5, size: 13, weight: "600")
            out += "</g>"
        }
        return out + "</svg>"
    }
}
