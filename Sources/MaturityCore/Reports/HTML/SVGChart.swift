/// What every inline SVG chart in the HTML report shares: the accessible frame (`role="img"`,
/// a `<title>` and `<desc>` named by `aria-labelledby`), text labels, and the horizontal stage
/// scale of the bar charts. Titles, descriptions and labels are plain text; they are escaped here.
enum SVGChart {
    static let ink = "#14232e"
    static let muted = "#52606d"
    static let grid = "#c5ccd3"
    static let accent = "#1d4e89"
    static let benchmark = "#a1461a"

    /// The opening of a chart: `<svg>` with its title and description. Close it with `</svg>`.
    static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg class=\"chart-svg\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\""
            + " width=\"\(n(width))\" height=\"\(n(height))\""
            + " aria-labelledby=\"\(id)-title \(id)-desc\" id=\"\(id)\">"
            + "<title id=\"\(id)-title\">\(HTMLMarkup.line(title))</title>"
            + "<desc id=\"\(id)-desc\">\(HTMLMarkup.line(description))</desc>"
    }

    /// A coordinate or length.
    static func n(_ value: Double) -> String { HTMLMarkup.coordinate(value) }

    /// A text label; `value` is plain text and is escaped.
    static func text(_ value: String, x: Double, y: Double, anchor: String = "start", size: Double = 13,
                     weight: String? = nil, fill: String = ink, className: String? = nil, halo: Bool = false) -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
        // A white outline under the letters keeps a label readable over lines and fills.
        if halo { attributes += " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\"" }
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let className { attributes += " class=\"\(className)\"" }
        return "<text \(attributes)>\(HTMLMarkup.line(value))</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = grid, width: Double = 1,
                     dash: String? = nil) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                     radius: Double = 0) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\" height=\"\(n(max(height, 0)))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + (radius > 0 ? " rx=\"\(n(radius))\"" : "") + "/>"
    }

    /// Splits a label into lines of at most `width` characters at spaces, and at most `maximum` lines
    /// (the last one shortened with an ellipsis), so that long dimension names stay inside a chart.
    static func wrap(_ label: String, width: Int, maximum: Int = 2) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in label.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.isEmpty { return [""] }
        if lines.count > maximum {
            lines = Array(lines.prefix(maximum))
            lines[maximum - 1] += "…"
        }
        // A single word longer than the width is cut as well.
        return lines.map { $0.count > width + 1 ? String($0.prefix(width)) + "…" : $0 }
    }

    /// A horizontal scale from `lower` to `upper` (score units) over `x0...x1`, with a gridline and
    /// a two-line label ("3", "Developing") at each stage's value.
    struct Scale {
        var lower: Double
        var upper: Double
        var x0: Double
        var x1: Double

        func x(_ value: Double) -> Double {
            x0 + (min(max(value, lower), upper) - lower) / (upper - lower) * (x1 - x0)
        }

        /// Stage names alternate between two rows when the stages are too close for names side by side.
        var staggered: Bool { (x1 - x0) / (upper - lower) < 84 }

        /// The height the labels under the scale take.
        var labelHeight: Double { staggered ? 48 : 34 }

        /// Gridlines from `top` to `bottom` and stage labels under `bottom`.
        func grid(stages: [String], values: StageScale, top: Double, bottom: Double, words: ReportWords) -> String {
            var out = "<g class=\"scale\">"
            for (index, name) in stages.enumerated() {
                let value = values.value(ofStageAt: index)
                guard value >= lower - 1e-9 && value <= upper + 1e-9 else { continue }
                let position = x(value)
                out += SVGChart.line(x1: position, y1: top, x2: position, y2: bottom, stroke: SVGChart.grid)
                out += SVGChart.text(words.number(StageScale.text(value)), x: position, y: bottom + 15, anchor: "middle", size: 12,
                                     fill: SVGChart.muted)
                let row = staggered && index % 2 == 1 ? 14.0 : 0
                out += SVGChart.text(name, x: position, y: bottom + 29 + row, anchor: "middle", size: 12, fill: SVGChart.muted)
            }
            return out + "</g>"
        }
    }
}
