/// Writes a `Report` as one self-contained HTML5 page: inline CSS, inline SVG charts (each with
/// the same figures in a table beside it), no JavaScript, no external resources, and a print
/// stylesheet for A4. The sections follow the report: one response, a group, change over time,
/// a benchmark; the header, the list of what was not used and the colophon are always there.
///
/// Every piece of text from a framework, a response or a file name is escaped (`HTMLMarkup.text`).
public enum HTMLReportWriter {
    /// The whole page, in the report's language (`report.words`).
    public static func write(_ report: Report) -> String {
        let words = report.words
        var body = header(report)
        body += notice(report)
        if report.respondents.isEmpty {
            body += section(id: "results", title: words.html(.headingResults), "<p>\(words.html(.htmlNoResponses))</p>")
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
        let words = report.words
        let language = words.language.isEmpty ? "en" : words.language
        let subject = report.isSingle ? words(.htmlOneResponse) : words.responses(report.respondents.count)
        let title = HTMLMarkup.line(words(.htmlPageTitle, ["framework": report.framework.title, "responses": subject]))
        return "<!DOCTYPE html>\n<html lang=\"\(HTMLMarkup.line(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\"maturity\">\n"
            + "<title>\(title)</title>\n"
            + "<style>\n\(HTMLReportStyle.css)</style>\n</head>\n<body>\n<main class=\"report\">\n"
            + body + "</main>\n</body>\n</html>\n"
    }

    /// A titled section; `title` and `content` are markup.
    static func section(id: String, title: String, _ content: String, className: String? = nil) -> String {
        "<section id=\"\(id)\" class=\"\(className ?? "block")\" aria-labelledby=\"\(id)-heading\">\n"
            + "<h2 id=\"\(id)-heading\">\(title)</h2>\n\(content)\n</section>\n"
    }

    // MARK: - Header

    static func header(_ report: Report) -> String {
        let framework = report.framework
        let words = report.words
        let time = String(report.generated.description.dropFirst(11).prefix(5))
        var meta: [(ReportPhrase, String)] = [
            (.labelFramework, words.html(.htmlFrameworkVersion, ["id": framework.id, "version": framework.version])),
            (.htmlGenerated, words.html(.htmlGeneratedAt, ["day": words.day(report.generated.day), "time": time])),
            (.htmlResponsesUsed, words.htmlNumber(report.respondents.count)),
        ]
        if report.organisations.count == 1 {
            meta.append((.labelOrganisation, HTMLMarkup.line(report.organisations[0].name)))
        } else if report.organisations.count > 1 {
            meta.append((.headingOrganisations, words.htmlNumber(report.organisations.count)))
        }
        let days = report.respondents.map(\.response.updated.day).sorted()
        if let first = days.first, let last = days.last {
            meta.append((.htmlAnswered, HTMLMarkup.line(words.days(first, last))))
        }
        if report.isSingle, let response = report.respondents.first?.response {
            if let name = response.respondent, !name.isEmpty { meta.append((.labelRespondent, HTMLMarkup.line(name))) }
            if let team = response.team, !team.isEmpty { meta.append((.labelTeam, HTMLMarkup.line(team))) }
            if let role = response.role, !role.isEmpty { meta.append((.labelRole, HTMLMarkup.line(role))) }
            meta.append((.htmlStatus, words.html(response.status == .complete ? .stateComplete : .stateInProgress)))
        }
        let kind: ReportPhrase = report.isSingle ? .htmlKindSingle : report.respondents.isEmpty ? .htmlKindEmpty : .htmlKindGroup
        var out = "<header class=\"masthead\">\n<p class=\"eyebrow\">\(words.html(kind))</p>\n"
        out += "<h1>\(HTMLMarkup.line(framework.title))</h1>\n"
        if let intro = HTMLMarkup.lines(framework.description).first {
            out += "<p class=\"lede\">\(HTMLMarkup.text(intro))</p>\n"
        }
        out += "<dl class=\"meta\">"
        for (term, value) in meta { out += "<div><dt>\(words.html(term))</dt><dd>\(value)</dd></div>" }
        out += "</dl>\n"
        if report.organisations.count > 1 {
            let names = report.organisations.map { "\($0.name) (\(words.number($0.responses)))" }
            out += "<p class=\"organisations\">\(words.html(.htmlOrganisationsList, ["organisations": names.joined(separator: ", ")]))</p>\n"
        }
        return out + "</header>\n"
    }

    /// A short notice at the top when something was left out, pointing to the full list.
    static func notice(_ report: Report) -> String {
        let words = report.words
        var parts: [String] = []
        if !report.problems.isEmpty {
            parts.append(words.counted(.htmlNotUsedCount, report.problems.count))
        }
        if report.group.versions.hasWarnings {
            parts.append(words(.htmlOtherVersionsNotice))
        }
        guard !parts.isEmpty else { return "" }
        let link = "<a href=\"#problems\">\(words.html(.htmlNoticeLink))</a>"
        return "<aside class=\"notice\" role=\"note\"><strong>\(words.html(.htmlPleaseNote))</strong> "
            + words.html(.htmlNotice, ["notes": words.list(parts)], markup: ["link": link]) + "</aside>\n"
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
        guard let name = stageName(index, in: report) else { return "<span class=\"muted\">\(report.words.html(.notScored))</span>" }
        let palette = StagePalette(stageCount: report.framework.stages.count)
        return "<span class=\"stage\"><span class=\"swatch\" style=\"background:\(palette.fill(index))\"></span>"
            + "\(HTMLMarkup.line(name))</span>"
    }

    /// "3.2" (or "3,2") or "not scored" as a cell.
    static func scoreCell(_ value: Double?, _ words: ReportWords) -> String {
        value == nil ? "<span class=\"muted\">\(words.html(.notScored))</span>" : HTMLMarkup.text(words.score(value))
    }

    /// "1.6–4.0", lowest to highest, as the language writes numbers.
    static func range(_ low: Double?, _ high: Double?, _ words: ReportWords) -> String {
        "\(words.score(low))–\(words.score(high))"
    }

    /// The stage scale in words for a chart's description: "1 Unaware to 5 Mastering".
    static func scaleText(_ report: Report) -> String {
        let stages = report.framework.stages
        let scale = report.framework.scale
        let words = report.words
        guard let first = stages.first, let last = stages.last else { return "" }
        return words(.htmlScale, ["lowest": words.number(StageScale.text(scale.minimum)), "first": first.name,
                                  "highest": words.number(scale.maximumText), "last": last.name])
    }
}
