#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A wheel (radar) chart of dimension scores: one spoke per dimension, rings at each stage
/// (1 at the first ring, N at the rim), one polygon per series. A group may add a band from the
/// lowest to the highest score, and a benchmark is drawn dashed with square markers, so the
/// series differ in line and marker shape as well as colour.
struct SVGRadarChart {
    enum Style {
        case primary
        case benchmark
    }

    struct Series {
        var name: String
        /// One per axis; nil (not scored) sits at the centre.
        var values: [Double?]
        var style: Style
    }

    struct Band {
        var name: String
        var lower: [Double?]
        var upper: [Double?]
    }

    var id: String
    var title: String
    var description: String
    /// Dimension names, clockwise from the top.
    var axes: [String]
    /// Stage names, and their values: the scale runs from `scale.origin` at the centre to `scale.maximum` at the rim.
    var stages: [String]
    var scale: StageScale
    /// What each spoke's label shows under the name, e.g. "3.2".
    var axisValues: [String]
    var series: [Series]
    var band: Band?
    /// The report's words: the numbers of the rings.
    var words: ReportWords

    static let width = 600.0
    static let radius = 150.0
    private let cx = SVGRadarChart.width / 2
    private let cy = 222.0

    private func angle(_ index: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(axes.count, 1))
    }

    private func point(_ index: Int, _ value: Double?) -> (Double, Double) {
        let r = Self.radius * (value.map { scale.fraction(of: $0) } ?? 0)
        return (cx + r * cos(angle(index)), cy + r * sin(angle(index)))
    }

    private func polygonPoints(_ values: [Double?]) -> String {
        axes.indices.map { index -> String in
            let (x, y) = point(index, values.indices.contains(index) ? values[index] : nil)
            return "\(SVGChart.n(x)),\(SVGChart.n(y))"
        }.joined(separator: " ")
    }

    func svg() -> String {
        let legendItems = (band.map { [$0.name] } ?? []).count + series.count
        let height = 420.0 + (legendItems > 0 ? 34 : 0)
        var out = SVGChart.open(id: id, width: Self.width, height: height, title: title, description: description)
        out += rings()
        out += spokes()
        if let band {
            let outer = "M" + polygonPoints(band.upper) + "Z"
            let inner = "M" + polygonPoints(band.lower) + "Z"
            out += "<path class=\"band\" d=\"\(outer) \(inner)\" fill=\"\(SVGChart.accent)\" fill-opacity=\"0.14\""
                + " fill-rule=\"evenodd\" stroke=\"\(SVGChart.accent)\" stroke-opacity=\"0.35\" stroke-width=\"1\"/>"
        }
        for item in series.sorted(by: { $0.style == .benchmark && $1.style == .primary }) {
            out += polygon(item)
        }
        out += ringLabels()
        out += labels()
        out += legend(top: 420)
        return out + "</svg>"
    }

    private func rings() -> String {
        var out = "<g class=\"rings\">"
        // Alternate shading from the rim inward, so each stage reads as a band.
        for level in stride(from: stages.count, through: 1, by: -1) {
            let values = Array(repeating: Double?(scale.value(ofStageAt: level - 1)), count: axes.count)
            let fill = level % 2 == 0 ? "#f3f5f7" : "#ffffff"
            out += "<polygon points=\"\(polygonPoints(values))\" fill=\"\(fill)\" stroke=\"\(SVGChart.grid)\" stroke-width=\"1\"/>"
        }
        return out + "</g>"
    }

    /// Each ring's stage, along the top spoke, over the polygons.
    private func ringLabels() -> String {
        var out = "<g class=\"ring-labels\">"
        for (index, name) in stages.enumerated() {
            let value = scale.value(ofStageAt: index)
            let y = cy - Self.radius * scale.fraction(of: value)
            out += SVGChart.text("\(words.number(StageScale.text(value))) \(name)", x: cx + 5, y: y + 12, size: 11, fill: SVGChart.muted, halo: true)
        }
        return out + "</g>"
    }

    private func spokes() -> String {
        var out = "<g class=\"spokes\">"
        for index in axes.indices {
            let (x, y) = point(index, scale.maximum)
            out += SVGChart.line(x1: cx, y1: cy, x2: x, y2: y, stroke: SVGChart.grid)
        }
        return out + "</g>"
    }

    private func polygon(_ item: Series) -> String {
        let primary = item.style == .primary
        let colour = primary ? SVGChart.accent : SVGChart.benchmark
        var out = "<g class=\"series \(primary ? "primary" : "benchmark")\">"
        out += "<polygon points=\"\(polygonPoints(item.values))\" fill=\"\(colour)\" fill-opacity=\"\(primary ? "0.18" : "0")\""
            + " stroke=\"\(colour)\" stroke-width=\"\(primary ? "2.5" : "2")\"\(primary ? "" : " stroke-dasharray=\"7 4\"")"
            + " stroke-linejoin=\"round\"/>"
        for index in axes.indices {
            let (x, y) = point(index, item.values.indices.contains(index) ? item.values[index] : nil)
            if primary {
                out += "<circle cx=\"\(SVGChart.n(x))\" cy=\"\(SVGChart.n(y))\" r=\"4\" fill=\"\(colour)\"/>"
            } else {
                out += SVGChart.rect(x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill: "#ffffff", stroke: colour)
            }
        }
        return out + "</g>"
    }

    private func labels() -> String {
        var out = "<g class=\"axis-labels\">"
        for (index, name) in axes.enumerated() {
            let a = angle(index)
            let x = cx + (Self.radius + 16) * cos(a)
            let y = cy + (Self.radius + 16) * sin(a)
            let anchor = cos(a) > 0.3 ? "start" : cos(a) < -0.3 ? "end" : "middle"
            var lines = SVGChart.wrap(name, width: 14).map { ($0, true) }
            if axisValues.indices.contains(index) { lines.append((axisValues[index], false)) }
            let lineHeight = 15.0
            let blockHeight = Double(lines.count) * lineHeight
            // Above the centre the block grows upward; beside it, it is centred on the spoke.
            let top = sin(a) < -0.3 ? y - blockHeight + 4 : sin(a) > 0.3 ? y + 8 : y - blockHeight / 2 + 11
            for (offset, line) in lines.enumerated() {
                out += SVGChart.text(line.0, x: x, y: top + Double(offset) * lineHeight, anchor: anchor,
                                     size: line.1 ? 14 : 13, weight: line.1 ? "600" : nil,
                                     fill: line.1 ? SVGChart.ink : SVGChart.muted)
            }
        }
        return out + "</g>"
    }

    private func legend(top: Double) -> String {
        var items: [(String, String)] = []
        for item in series {
            let colour = item.style == .primary ? SVGChart.accent : SVGChart.benchmark
            let swatch = item.style == .primary
                ? SVGChart.line(x1: 0, y1: 0, x2: 22, y2: 0, stroke: colour, width: 2.5)
                    + "<circle cx=\"11\" cy=\"0\" r=\"4\" fill=\"\(colour)\"/>"
                : SVGChart.line(x1: 0, y1: 0, x2: 22, y2: 0, stroke: colour, width: 2, dash: "7 4")
                    + SVGChart.rect(x: 7.5, y: -3.5, width: 7, height: 7, fill: "#ffffff", stroke: colour)
            items.append((swatch, item.name))
        }
        if let band {
            items.append(("<rect x=\"0\" y=\"-6\" width=\"22\" height=\"12\" fill=\"\(SVGChart.accent)\" fill-opacity=\"0.18\"/>",
                          band.name))
        }
        guard !items.isEmpty else { return "" }
        // Lay the items out in one centred row, estimating text width from its length.
        let widths = items.map { 30 + Double($0.1.count) * 7 + 18 }
        var x = (Self.width - widths.reduce(0, +)) / 2
        var out = "<g class=\"legend\">"
        for (item, width) in zip(items, widths) {
            out += "<g transform=\"translate(\(SVGChart.n(x)) \(SVGChart.n(top + 10)))\">\(item.0)"
                + SVGChart.text(item.1, x: 30, y: 4.5, size: 12.5) + "</g>"
            x += width
        }
        return out + "</g>"
    }
}
