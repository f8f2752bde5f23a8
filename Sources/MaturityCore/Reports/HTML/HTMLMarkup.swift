#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small building blocks for the HTML report: escaping, numbers and plain elements. Every
/// piece of text that came from a file or a response goes through `text(_:)` (or `attribute(_:)`),
/// which first makes control and bidi characters visible (`SafeText`) and then escapes it
/// (`ReportText.html`), so nothing in a name, note or framework can become markup.
enum HTMLMarkup {
    /// Untrusted text for element content or a quoted attribute value.
    static func text(_ value: String) -> String {
        ReportText.html(SafeText.sanitize(value))
    }

    /// Untrusted text on one line (line breaks and tabs become spaces).
    static func line(_ value: String) -> String {
        ReportText.html(SafeText.sanitize(value, keepNewlines: false))
    }

    /// A number for an SVG coordinate: one decimal place, no locale, no exponent.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((abs(value) * 10).rounded())
        let sign = value < 0 && tenths > 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(sign)\(tenths / 10)" : "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    /// A phrase as markup: `fill` is given the plain `values` and makes the sentence, which is
    /// escaped as a whole; each blank named in `markup` takes markup the writer made (already
    /// escaped), put in after the escaping, so neither a translator's text nor a value can
    /// add markup, and a sentence can still hold a link or a `<strong>`.
    static func phrase(_ values: [String: String], markup: [String: String], line single: Bool = false,
                       _ fill: ([String: String]) -> String) -> String {
        var all = values.mapValues { $0.replacingOccurrences(of: "\u{E000}", with: "") }
        let names = markup.keys.sorted()
        for (index, name) in names.enumerated() { all[name] = "\u{E000}\(index)\u{E001}" }
        var out = single ? line(fill(all)) : text(fill(all))
        for (index, name) in names.enumerated() {
            out = out.replacingOccurrences(of: "\u{E000}\(index)\u{E001}", with: markup[name] ?? "")
        }
        return out
    }

    /// A multi-line text (next steps, notes) as paragraphs or a list: one item per non-empty line.
    static func lines(_ value: String) -> [String] {
        value.nonBlankLines
    }

    /// A table: header cells, rows of cells (already markup), an optional caption. The first
    /// column holds row headers; the others are numbers (right aligned) unless listed in `textColumns`.
    static func table(caption: String?, header: [String], rows: [[String]], className: String = "figures",
                      textColumns: Set<Int> = []) -> String {
        func alignment(_ index: Int) -> String { index > 0 && !textColumns.contains(index) ? " class=\"num\"" : "" }
        var out = "<table class=\"\(className)\">"
        if let caption { out += "<caption>\(caption)</caption>" }
        out += "<thead><tr>"
        for (index, cell) in header.enumerated() {
            out += "<th scope=\"col\"\(alignment(index))>\(cell)</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                out += index == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td\(alignment(index))>\(cell)</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A chart and its table side by side, with a caption under both.
    static func figure(id: String, chart: String, table: String, caption: String, wide: Bool = false) -> String {
        "<figure class=\"pair\(wide ? " wide" : "")\" aria-labelledby=\"\(id)-caption\">"
            + "<div class=\"chart\">\(chart)</div><div class=\"table\">\(table)</div>"
            + "<figcaption id=\"\(id)-caption\">\(caption)</figcaption></figure>"
    }
}
