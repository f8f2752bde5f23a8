import Foundation
import MaturityCore
import Testing

/// The HTML report: which sections each kind of report has, that the charts' tables carry the
/// right figures, that the page is self-contained and well formed, and that no text from a file
/// can become markup.
@Suite struct HTMLReportWriterTests {
    static let group = HTMLReportWriter.write(HTMLReportFixtures.groupReport)
    static let plainGroup = HTMLReportWriter.write(HTMLReportFixtures.plainGroupReport)
    static let single = HTMLReportWriter.write(HTMLReportFixtures.singleReport)
    static let hostileGroup = HTMLReportWriter.write(HTMLReportFixtures.hostileReport(single: false))
    static let hostileSingle = HTMLReportWriter.write(HTMLReportFixtures.hostileReport(single: true))
    static let empty = HTMLReportWriter.write(Report(Report.Input(
        framework: HTMLReportFixtures.framework, responses: [],
        problems: [Report.Problem(source: "a.yaml", reason: "not a response file")], generated: HTMLReportFixtures.generated)))

    static let all = [group, plainGroup, single, hostileGroup, hostileSingle, empty]

    // MARK: - Sections

    static func sections(_ html: String) -> Set<String> {
        Set(matches(of: #"<section id="([a-z-]+)""#, in: html).map { $0[1] })
    }

    @Test func theGroupReportHasTheGroupSections() {
        let report = HTMLReportFixtures.groupReport
        #expect(report.breakdown != nil && report.overTime != nil && report.benchmarkComparison != nil)
        #expect(Self.sections(Self.group) == ["summary", "scores", "figures", "stages", "disagreements", "breakdown",
                                               "next-steps", "over-time", "benchmark", "problems"])
        #expect(Self.group.contains("<footer class=\"colophon\""))
    }

    @Test func aGroupWithoutOptionsHasNoOptionalSections() {
        #expect(HTMLReportFixtures.plainGroupReport.overTime == nil)
        #expect(Self.sections(Self.plainGroup) == ["summary", "scores", "figures", "stages", "disagreements", "next-steps"])
        #expect(!Self.plainGroup.contains("Sector mean"))
    }

    @Test func theSingleReportHasTheResultsSections() {
        #expect(Self.sections(Self.single) == ["summary", "scores", "completeness", "notes", "next-steps"])
        #expect(!Self.single.contains("chart-stages"))
        #expect(!Self.single.contains("Lowest to highest"))
    }

    @Test func anEmptyReportStillSaysWhatWasNotUsed() {
        #expect(Self.sections(Self.empty) == ["results", "problems"])
        #expect(Self.empty.contains("not a response file"))
        #expect(!Self.empty.contains("<svg"))
    }

    @Test func theHeaderAndColophonCarryTheFrameworkAndTheMethod() {
        let report = HTMLReportFixtures.groupReport
        for html in [Self.group, Self.single] {
            #expect(html.contains("<h1>Data maturity for charities</h1>"))
            #expect(html.contains("version 1.0"))
            #expect(html.contains("<dt>Generated</dt><dd>2026-11-21 12:00 UTC</dd>"))
            #expect(html.contains("<dt>Licence</dt><dd>CC BY 4.0</dd>"))
            #expect(html.contains(ReportText.html(report.framework.attribution!)))
            #expect(html.contains(ReportText.html(report.methodSentence)))
        }
        #expect(Self.group.contains("<dt>Responses used</dt><dd>\(report.respondents.count)</dd>"))
        #expect(Self.single.contains("<dt>Responses used</dt><dd>1</dd>"))
        #expect(Self.single.contains("<dt>Respondent</dt><dd>Amira Hassan</dd>"))
    }

    // MARK: - Figures

    /// The body rows of the table inside a figure: row header, then the cells, as text.
    static func tableRows(in html: String, figure id: String) -> [[String]] {
        guard let start = html.range(of: "aria-labelledby=\"\(id)-caption\""),
              let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex) else { return [] }
        let figure = String(html[start.upperBound..<end.lowerBound])
        guard let body = figure.range(of: "<tbody>"), let bodyEnd = figure.range(of: "</tbody>") else { return [] }
        let rows = figure[body.upperBound..<bodyEnd.lowerBound].components(separatedBy: "</tr>").filter { !$0.isEmpty }
        return rows.map { row in
            matches(of: #"<t[hd][^>]*>(.*?)</t[hd]>"#, in: row).map { stripTags($0[1]) }
        }
    }

    @Test func everyDimensionIsInTheWheelTableWithItsMean() {
        let report = HTMLReportFixtures.groupReport
        let rows = Self.tableRows(in: Self.group, figure: "figure-wheel")
        #expect(rows.count == report.framework.dimensions.count)
        for (row, dimension) in zip(rows, report.group.dimensions) {
            let name = report.framework.dimensions.first { $0.id == dimension.dimensionID }!.name
            #expect(row.first == name)
            #expect(row.dropFirst().first == Scoring.display(dimension.scores.mean))
            let statistics = dimension.scores.statistics!
            #expect(row[3] == "\(Scoring.display(statistics.minimum))–\(Scoring.display(statistics.maximum))")
            #expect(row.last == Scoring.display(report.benchmarkComparison?.dimension(dimension.dimensionID)?.sector?.mean))
        }
    }

    @Test func theGroupFiguresTableHasMeanMinMaxSDAndCounts() {
        let report = HTMLReportFixtures.groupReport
        let rows = Self.tableRows(in: Self.group, figure: "figure-bars")
        #expect(rows.count == report.group.dimensions.count + 1)
        for (row, dimension) in zip(rows, report.group.dimensions) {
            let s = dimension.scores.statistics!
            #expect(Array(row.dropFirst()) == [Scoring.display(s.mean), Scoring.display(s.minimum), Scoring.display(s.maximum),
                                               Scoring.display(s.standardDeviation), "\(s.count)", "\(dimension.unknowns)"])
        }
        #expect(rows.last?.first == "Overall")
        // The summary names every dimension shown with the lowest mean, ties by the one decimal shown.
        let shown: [(name: String, mean: String)] = zip(report.framework.dimensions, report.group.dimensions).map { dimension, summary in
            (dimension.name, Scoring.display(summary.scores.mean))
        }
        let lowest = shown.map { $0.mean }.min { Double($0)! < Double($1)! }!
        let names = shown.filter { $0.mean == lowest }.map { $0.name }
        let expected = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        #expect(Self.group.contains("Lowest: <strong>\(expected)</strong> (\(lowest)).</p>"))
        #expect(rows.last?.dropFirst().first == Scoring.display(report.group.overall.mean))
    }

    @Test func theStageTableCountsPeopleAtEachStage() {
        let report = HTMLReportFixtures.groupReport
        let rows = Self.tableRows(in: Self.group, figure: "figure-stages")
        for (row, dimension) in zip(rows, report.group.dimensions) {
            #expect(Array(row.dropFirst()) == dimension.scores.histogram.bins.map { "\($0.count)" } + ["\(dimension.scores.notScored)"])
        }
    }

    @Test func theSingleTablesShowEachDimensionsScoreAndStage() {
        let respondent = HTMLReportFixtures.singleReport.respondents[0]
        let rows = Self.tableRows(in: Self.single, figure: "figure-wheel")
        #expect(rows.map { $0[0] } == respondent.summary.dimensions.map(\.name))
        for (row, line) in zip(rows, respondent.summary.dimensions) {
            #expect(row[1] == Scoring.display(line.score))
            #expect(row[2] == (line.stageName ?? "not scored"))
        }
        let progress = Self.tableRows(in: Self.single, figure: "figure-bars")
        for (row, line) in zip(progress, respondent.summary.dimensions) {
            if let share = line.progressToNext { #expect(row[3] == "\(Int((share * 100).rounded()))%") }
        }
    }

    @Test(arguments: [0, 2, 3])
    func theWheelHasOnePointPerDimensionAndOneRingPerStage(which: Int) throws {
        let html = [Self.group, Self.plainGroup, Self.single, Self.hostileGroup][which]
        let dimensions = HTMLReportFixtures.framework.dimensions.count
        let wheel = try #require(Self.element("svg", id: "chart-wheel", in: html))
        let series = Self.matches(of: #"<g class="series (primary|benchmark)"><polygon points="([^"]+)""#, in: wheel)
        #expect(series.count == (which == 0 ? 2 : 1))
        for polygon in series {
            #expect(polygon[2].split(separator: " ").count == dimensions)
        }
        let rings = try #require(Self.matches(of: #"<g class="rings">(.*?)</g>"#, in: wheel).first)
        #expect(rings[1].components(separatedBy: "<polygon").count - 1 == HTMLReportFixtures.framework.stages.count)
    }

    @Test func theOverTimeTableShowsTheChangeAndTheMovementInWordsAndSymbols() throws {
        let report = HTMLReportFixtures.groupReport
        let change = try #require(report.overTime)
        #expect(change.points.count == 2)
        let rows = Self.tableRows(in: Self.group, figure: "figure-change")
        let step = change.steps[0]
        #expect(rows.count == step.dimensions.count + 1)
        for (row, dimension) in zip(rows, step.dimensions) {
            #expect(row[3] == ScoreChange.display(difference: dimension.change.difference))
            switch dimension.change.movement {
            case .up: #expect(row[4].hasPrefix("▲ up to "))
            case .down: #expect(row[4].hasPrefix("▼ down to "))
            case .same: #expect(row[4].hasPrefix("= same ("))
            case nil: #expect(row[4].hasPrefix("–"))
            }
        }
    }

    @Test func theBenchmarkTableSetsEachDimensionBesideTheSector() throws {
        let comparison = try #require(HTMLReportFixtures.groupReport.benchmarkComparison)
        let rows = Self.tableRows(in: Self.group, figure: "figure-sector")
        #expect(rows.count == comparison.dimensions.count + 1)
        for (row, position) in zip(rows, comparison.dimensions) {
            let sector = try #require(position.sector)
            #expect(row[1] == Scoring.display(position.organisation))
            #expect(row[2] == Scoring.display(sector.mean))
            #expect(row[3] == "\(Scoring.display(sector.minimum))–\(Scoring.display(sector.maximum))")
            #expect(row[4] == "\(Scoring.display(sector.lowerQuartile))–\(Scoring.display(sector.upperQuartile))")
            let word = ["above": "▲ above", "level": "= level", "below": "▼ below"][position.placing!.rawValue]!
            #expect(row[7] == word)
            #expect(row[8].hasPrefix("about the "))
        }
    }

    @Test func splitsAreDiscussionPromptsWithTheQuestionsBehindThem() throws {
        // Two camps, two stages and more apart, on every dimension: unaware and developing.
        let camps = (0..<3).map { index -> Response in
            var response = HTMLReportFixtures.groupResponses[index]
            response.answers = response.answers.mapValues { _ in .stage("unaware") }
            return response
        } + (3..<6).map { index -> Response in
            var response = HTMLReportFixtures.groupResponses[index]
            response.answers = response.answers.mapValues { _ in .stage("developing") }
            return response
        }
        let report = Report(Report.Input(framework: HTMLReportFixtures.framework, responses: camps,
                                         generated: HTMLReportFixtures.generated))
        let html = HTMLReportWriter.write(report)
        let splits = report.content.splits
        #expect(splits.shown.count == StageSplit.shownAtMost)
        #expect(splits.notShown.count == report.framework.dimensions.count - StageSplit.shownAtMost)
        let articles = html.components(separatedBy: "<article class=\"discussion\">").dropFirst()
        #expect(articles.count == splits.shown.count)
        for (article, item) in zip(articles, splits.shown) {
            #expect(article.hasPrefix("<h3>\(item.dimensionName) <span class=\"range\">3 people at Unaware, 3 at Developing</span>"))
            #expect(article.contains("Why do some of us put \(item.dimensionName) at Unaware and others at Developing?"))
            #expect(!item.questions.isEmpty)
            for question in item.questions {
                #expect(article.contains(ReportText.html(question.text)))
                #expect(article.contains(ReportText.html(try #require(question.lowStatement))))
                #expect(article.contains(ReportText.html(try #require(question.highStatement))))
            }
        }
        #expect(html.contains("Also split: "))
    }

    @Test func smallGroupsAreCountedButNeverNamed() throws {
        let breakdown = try #require(HTMLReportFixtures.groupReport.breakdown)
        // November's round: Finance (2 people) is too small to show; Fundraising (5) would then
        // give Finance's figures away (everyone less Services and Fundraising), so it is hidden too.
        #expect(breakdown.groups.map(\.name) == ["Services"])
        #expect(breakdown.hidden == GroupBreakdown.Hidden(groups: 2, people: 7, protecting: 1))
        let section = try #require(Self.element("section", id: "breakdown", in: Self.group))
        // Services, the 7 others together, and everyone.
        #expect(Self.matches(of: #"<tbody>.*?</tbody>"#, in: section).first?[0].components(separatedBy: "<tr>").count == 4)
        #expect(section.contains("<th scope=\"row\">Services</th>"))
        #expect(section.contains("<th scope=\"row\"><em>7 people in smaller teams</em></th>"))
        #expect(!section.contains("<th scope=\"row\">Fundraising</th>"))
        #expect(section.contains("1 team has fewer than 3 people and is not shown on its own"))
        #expect(section.contains("1 larger team is not shown either, so that the smaller ones’ figures cannot be worked out"))
        #expect(section.contains("Their 7 people still count in “Everyone”, and together in the line in italics."))
        let named = Self.group.contains("Finance")
        #expect(!named, "the hidden team is named")
        // The hostile report's small team is hidden too; the two shown are named escaped.
        let hostileBreakdown = try #require(HTMLReportFixtures.hostileReport(single: false).breakdown)
        #expect(hostileBreakdown.hidden == GroupBreakdown.Hidden(groups: 2, people: 6, protecting: 1))
        let hostileSection = try #require(Self.element("section", id: "breakdown", in: Self.hostileGroup))
        let hiddenName = HTMLReportFixtures.hiddenTeam
        #expect(!Self.hostileGroup.contains(ReportText.html(hiddenName)) && !Self.hostileGroup.contains("Tiny"))
        let shown = try #require(hostileBreakdown.groups.first?.name)
        #expect(shown == HTMLReportFixtures.hostile[1])
        #expect(hostileSection.contains("<th scope=\"row\">\(ReportText.html(SafeText.sanitize(shown, keepNewlines: false)))</th>"))
    }

    @Test func theSingleReportShowsNotesWithTheirQuestionsAndTheNextSteps() {
        let report = HTMLReportFixtures.singleReport
        let response = report.respondents[0].response
        for (id, note) in response.notes {
            let question = report.framework.question(withID: id)!.question
            let article = Self.single.components(separatedBy: "<article class=\"note\">").first { $0.contains(ReportText.html(question.text)) }
            #expect(article != nil, "\(id)")
            #expect(article?.contains(ReportText.html(note.components(separatedBy: "\n")[0])) == true, "\(id)")
        }
        let steps = report.respondents[0].summary.nextSteps
        #expect(!steps.isEmpty)
        #expect(Self.single.components(separatedBy: "<article class=\"step\">").count - 1 == steps.count)
        for step in steps {
            let firstLine = step.text.split(separator: "\n")[0].trimmingCharacters(in: .whitespaces)
            #expect(Self.single.contains("<li>\(ReportText.html(firstLine))</li>"))
        }
    }

    // MARK: - Self-contained and well formed

    @Test(arguments: 0..<6)
    func thePageIsSelfContained(which: Int) {
        let html = Self.all[which]
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\""))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        for resource in ["<link", "<img", "<iframe", "<object", "<embed", "src=\"", "href=\"http", "url(", "@import", "xlink:href"] {
            #expect(!html.contains(resource), "\(resource)")
        }
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
    }

    @Test(arguments: 0..<3)
    func reportsFromTrustedFilesMentionNoAddressAtAll(which: Int) {
        let html = Self.all[which]
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test(arguments: 0..<6)
    func thePageIsBalanced(which: Int) {
        let html = Self.all[which]
        for tag in ["svg", "table", "section", "figure", "g", "article", "text", "ul", "dl", "title", "p"] {
            let opened = Self.matches(of: "<\(tag)[ >]", in: html).count
            let closed = html.components(separatedBy: "</\(tag)>").count - 1
            #expect(opened == closed, "<\(tag)>: \(opened) opened, \(closed) closed")
        }
    }

    @Test(arguments: 0..<6)
    func everyChartIsAnAccessibleImageWithATitle(which: Int) {
        let html = Self.all[which]
        for svg in Self.matches(of: #"<svg ([^>]*)>(<title id="([^"]+)">)"#, in: html) {
            #expect(svg[1].contains("role=\"img\""))
            #expect(svg[1].contains("aria-labelledby=\"\(svg[3]) "))
        }
        #expect(Self.matches(of: "<svg ", in: html).count == Self.matches(of: #"<svg [^>]*><title id="#, in: html).count)
    }

    // MARK: - Hostile text

    @Test(arguments: [0, 1])
    func hostileTextStaysText(which: Int) {
        let html = which == 0 ? Self.hostileGroup : Self.hostileSingle
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(!html.contains("<img"))
        #expect(!html.utf8.contains(0x1B), "an ESC byte reached the page")
        #expect(!html.unicodeScalars.contains("\u{202E}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("=HYPERLINK(&quot;http://x&quot;)"))
        #expect(html.contains("| a | b |"))
        #expect(html.contains("␛[31mred"))
    }

    /// Every tag in the page is a known element whose attributes are all `name="value"` with
    /// a known name: hostile text can neither add an attribute nor break out of a quoted value.
    @Test(arguments: 0..<6)
    func everyTagHasOnlyKnownQuotedAttributes(which: Int) {
        let html = Self.all[which]
        let allowed: Set<String> = [
            "class", "id", "style", "role", "aria-labelledby", "aria-hidden", "lang", "charset", "name", "content", "href",
            "scope", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "d", "points",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
            "stroke-linejoin", "paint-order", "text-anchor", "font-size", "font-weight", "transform",
        ]
        let body = html.components(separatedBy: "<style>")[0] + (html.components(separatedBy: "</style>").last ?? "")
        for tag in Self.matches(of: #"<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>"#, in: body) {
            var rest = tag[2]
            for attribute in Self.matches(of: #"\s([a-zA-Z][a-zA-Z0-9-]*)="([^"<>]*)""#, in: rest) {
                #expect(allowed.contains(attribute[1]), "attribute \(attribute[1]) on <\(tag[1])>")
                rest = rest.replacingOccurrences(of: attribute[0], with: "")
            }
            #expect(rest.trimmingCharacters(in: .whitespaces) == "" || rest.trimmingCharacters(in: .whitespaces) == "/",
                    "stray text in <\(tag[1])\(tag[2])>")
            if tag[1] == "a" { #expect(tag[2].contains("href=\"#")) }
        }
    }

    /// docs/scoring.md's worked example: four stages, and respondent A has no score in Tools.
    @Test func aDimensionNotScoredSitsAtTheCentreAndSaysSo() throws {
        let framework = ComparisonFixtures.framework
        let single = HTMLReportWriter.write(Report(Report.Input(framework: framework, responses: [ComparisonFixtures.a],
                                                                generated: HTMLReportFixtures.generated)))
        let wheel = try #require(Self.element("svg", id: "chart-wheel", in: single))
        let rings = try #require(Self.matches(of: #"<g class="rings">(.*?)</g>"#, in: wheel).first)
        #expect(rings[1].components(separatedBy: "<polygon").count - 1 == 4)
        let points = try #require(Self.matches(of: #"<g class="series primary"><polygon points="([^"]+)""#, in: wheel).first)
        let spoke = try #require(Self.matches(of: #"<g class="spokes"><line x1="([0-9.]+)" y1="([0-9.]+)""#, in: wheel).first)
        let centre = "\(spoke[1]),\(spoke[2])"
        #expect(points[1].split(separator: " ").last.map(String.init) == centre)
        let rows = Self.tableRows(in: single, figure: "figure-wheel")
        #expect(rows.map { $0[0] } == ["Data", "Leadership", "Tools"])
        #expect(rows[0][1] == "2.8" && rows[1][1] == "4.0")
        #expect(rows[2][1] == "not scored" && rows[2][2] == "not scored")
        let group = HTMLReportWriter.write(Report(Report.Input(
            framework: framework, responses: [ComparisonFixtures.a, ComparisonFixtures.b, ComparisonFixtures.c],
            generated: HTMLReportFixtures.generated)))
        let groupRows = Self.tableRows(in: group, figure: "figure-bars")
        #expect(groupRows.map { Array($0.prefix(2)) } == [["Data", "2.8"], ["Leadership", "3.0"], ["Tools", "3.5"], ["Overall", "2.8"]])
        #expect(groupRows[2][5] == "1", "only C has a Tools score")
    }

    // MARK: - Colour

    @Test func stageColoursDarkenInOrderSoTheyReadInGrey() throws {
        let svg = try #require(Self.element("svg", id: "chart-stages", in: Self.group))
        let legend = try #require(Self.matches(of: #"<g class="legend">(.*?)</g>"#, in: svg).first)
        let fills = Self.matches(of: ##"fill="#([0-9a-f]{6})" stroke"##, in: legend[1]).map { $0[1] }
        #expect(fills.count == HTMLReportFixtures.framework.stages.count)
        let greys = fills.map { hex -> Double in
            let value = Int(hex, radix: 16)!
            return 0.2126 * Double(value >> 16) + 0.7152 * Double(value >> 8 & 0xFF) + 0.0722 * Double(value & 0xFF)
        }
        #expect(zip(greys, greys.dropFirst()).allSatisfy { $0 > $1 + 20 }, "\(greys)")
    }

    // MARK: - Sample pages

    /// Writes the sample pages (and the sample responses as files) when MATURITY_HTML_SAMPLES
    /// names a folder: Tests/scripts/report-screenshot.sh uses this.
    @Test func writesTheSamplePagesWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["MATURITY_HTML_SAMPLES"] else { return }
        let responses = URL(fileURLWithPath: folder).appendingPathComponent("responses")
        try FileManager.default.createDirectory(at: responses, withIntermediateDirectories: true)
        for response in HTMLReportFixtures.groupResponses {
            try Data(ResponseEncoder.encode(response).utf8).write(to: responses.appendingPathComponent("\(response.id).yaml"))
        }
        try HTMLReportFixtures.benchmark.encoded().write(to: URL(fileURLWithPath: folder).appendingPathComponent("benchmark.json"))
        try Data(Self.group.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("group.html"))
        try Data(Self.single.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("single.html"))
        try Data(Self.hostileGroup.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("hostile.html"))
    }

    // MARK: - Helpers

    /// All matches of a regular expression, each as its groups (0 = the whole match).
    static func matches(of pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    /// One element with this id, up to its closing tag (no nesting of the same element).
    static func element(_ name: String, id: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\""),
              let end = html.range(of: "</\(name)>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Text with tags removed and the five entities put back.
    static func stripTags(_ markup: String) -> String {
        let text = markup.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
    }
}
