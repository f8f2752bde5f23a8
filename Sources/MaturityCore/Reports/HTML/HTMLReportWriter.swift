/// Writes a `Report` as one self-contained HTML5 page: inline CSS, inline SVG charts (each with
/// the same figures in a table beside it), no JavaScript, no external resources, and a print
/// stylesheet for A4. The sections follow the report: one response, a group, change over time,
/// a benchmark; the header, the list of what was not used and the colophon are always there.
///
/// Every piece of text from a framework, a response or a file name is escaped (`HTMLMarkup.text`).
public enum HTMLReportWriter {
    /// The whole page.
    public static func write(_ report: Report) -> String {
        var body = header(report)
        body += notice(report)
        if report.respondents.isEmpty {
            body += section(id: "results", title: "Results",
                            "<p>No response could be used, so there are no figures to show. "
                                + "The list below says which files were not used and why.</p>")
        } else if report.isSingle {
            body += singleSections(report)
        } else {
            body += groupSections(report)
            if let breakdown = report.breakdown { body += breakdownSection(report, breakdown) }
            body += nextStepsSection(report)
        }
        if let change = report.overTime { body += overTimeSection(report, change) }
        if let comparison = report.benchmarkComparison { body += benchmarkSection(report, comparison) }
        body += problemsSection(report)
        body += colophon(report)
        return document(report, body: body)
    }

    // MARK: - Page

    static func document(_ report: Report, body: String) -> String {
        let language = report.framework.language.isEmpty ? "en" : report.framework.language
        let subject = report.isSingle ? "one response" : HTMLMarkup.count(report.respondents.count, "response")
        return "<!DOCTYPE html>\n<html lang=\"\(HTMLMarkup.line(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\"maturity\">\n"
            + "<title>\(HTMLMarkup.line(report.framework.title)): report on \(subject)</title>\n"
            + "<style>\n\(HTMLReportStyle.css)</style>\n</head>\n<body>\n<main class=\"report\">\n"
            + body + "</main>\n</body>\n</html>\n"
    }

    /// A titled section; `content` is markup.
    static func section(id: String, title: String, _ content: String, className: String? = nil) -> String {
        "<section id=\"\(id)\" class=\"\(className ?? "block")\" aria-labelledby=\"\(id)-heading\">\n"
            + "<h2 id=\"\(id)-heading\">\(title)</h2>\n\(content)\n</section>\n"
    }

    // MARK: - Header

    static func header(_ report: Report) -> String {
        let framework = report.framework
        var meta: [(String, String)] = [
            ("Framework", "\(HTMLMarkup.line(framework.id)), version \(HTMLMarkup.line(framework.version))"),
            ("Generated", "\(report.generated.day) \(report.generated.description.dropFirst(11).prefix(5)) UTC"),
            ("Responses used", "\(report.respondents.count)"),
        ]
        if report.organisations.count == 1 {
            meta.append(("Organisation", HTMLMarkup.line(report.organisations[0].name)))
        } else if report.organisations.count > 1 {
            meta.append(("Organisations", "\(report.organisations.count)"))
        }
        let days = report.respondents.map(\.response.updated.day).sorted()
        if let first = days.first, let last = days.last {
            meta.append(("Answered", first == last ? first : "\(first) to \(last)"))
        }
        if report.isSingle, let response = report.respondents.first?.response {
            if let name = response.respondent, !name.isEmpty { meta.append(("Respondent", HTMLMarkup.line(name))) }
            if let team = response.team, !team.isEmpty { meta.append(("Team", HTMLMarkup.line(team))) }
            if let role = response.role, !role.isEmpty { meta.append(("Role", HTMLMarkup.line(role))) }
            meta.append(("Status", response.status == .complete ? "complete" : "in progress"))
        }
        let kind = report.isSingle ? "Self-assessment results"
            : report.respondents.isEmpty ? "Self-assessment report" : "Group self-assessment report"
        var out = "<header class=\"masthead\">\n<p class=\"eyebrow\">\(kind)</p>\n"
        out += "<h1>\(HTMLMarkup.line(framework.title))</h1>\n"
        if let intro = HTMLMarkup.lines(framework.description).first {
            out += "<p class=\"lede\">\(HTMLMarkup.text(intro))</p>\n"
        }
        out += "<dl class=\"meta\">"
        for (term, value) in meta { out += "<div><dt>\(term)</dt><dd>\(value)</dd></div>" }
        out += "</dl>\n"
        if report.organisations.count > 1 {
            let names = report.organisations.map { "\(HTMLMarkup.line($0.name)) (\($0.responses))" }
            out += "<p class=\"organisations\">Organisations: \(names.joined(separator: ", ")).</p>\n"
        }
        return out + "</header>\n"
    }

    /// A short notice at the top when something was left out, pointing to the full list.
    static func notice(_ report: Report) -> String {
        var parts: [String] = []
        if !report.problems.isEmpty {
            parts.append("\(HTMLMarkup.count(report.problems.count, "file or response", "files or responses")) could not be used")
        }
        if report.group.versions.hasWarnings {
            parts.append("some responses were made with a different version of the framework")
        }
        guard !parts.isEmpty else { return "" }
        return "<aside class=\"notice\" role=\"note\"><strong>Please note:</strong> \(HTMLMarkup.list(parts)); "
            + "see <a href=\"#problems\">what was not used</a>.</aside>\n"
    }

    // MARK: - Helpers shared by the sections

    /// The framework's name for a dimension id (the id itself for one the framework lacks).
    static func dimensionName(_ id: String, in report: Report) -> String {
        report.framework.dimensions.first { $0.id == id }?.name ?? id
    }

    static func stageName(_ index: Int?, in report: Report) -> String? {
        guard let index, report.framework.stages.indices.contains(index) else { return nil }
        return report.framework.stages[index].name
    }

    /// A stage as a table cell or inline text: a small swatch in the stage colour, then the name.
    static func stageTag(_ index: Int?, in report: Report) -> String {
        guard let name = stageName(index, in: report) else { return "<span class=\"muted\">not scored</span>" }
        let palette = StagePalette(stageCount: report.framework.stages.count)
        return "<span class=\"stage\"><span class=\"swatch\" style=\"background:\(palette.fill(index))\"></span>"
            + "\(HTMLMarkup.line(name))</span>"
    }

    /// "3.2" or "not scored" as a cell.
    static func scoreCell(_ value: Double?) -> String {
        value == nil ? "<span class=\"muted\">not scored</span>" : HTMLMarkup.score(value)
    }

    /// "the 62nd".
    static func ordinal(_ value: Int) -> String {
        let tens = value % 100
        let suffix = (11...13).contains(tens) ? "th" : [1: "st", 2: "nd", 3: "rd"][value % 10] ?? "th"
        return "\(value)\(suffix)"
    }

    /// The stage scale in words for a chart's description: "1 Unaware to 5 Mastering".
    static func scaleText(_ report: Report) -> String {
        let stages = report.framework.stages
        let scale = report.framework.scale
        guard let first = stages.first, let last = stages.last else { return "" }
        return "\(StageScale.text(scale.minimum)) \(first.name) to \(scale.maximumText) \(last.name)"
    }
}
