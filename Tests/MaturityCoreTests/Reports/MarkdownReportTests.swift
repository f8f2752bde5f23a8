import Foundation
import MaturityCore
import Testing

/// The Markdown report: the right sections for each kind of input, tables with one row per
/// dimension (and one overall row), figures as docs/scoring.md works them out by hand, and
/// hostile text that can neither format the report nor break a table.
@Suite struct MarkdownReportTests {
    typealias F = ReportFixtures

    // MARK: - Reading the output

    static func headings(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0.hasPrefix("#") }
    }

    /// The cells of a table row, split at pipes that are not escaped, trimmed; nil for other lines.
    static func cells(_ line: String) -> [String]? {
        guard line.hasPrefix("|") else { return nil }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        // A row ends with a pipe: anything after it would be a stray cell.
        return current.trimmingCharacters(in: .whitespaces).isEmpty ? cells : cells + [current]
    }

    /// The table that follows a heading: its rows as cells, header and delimiter included.
    static func table(after heading: String, in text: String) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: heading),
              let first = lines[start...].firstIndex(where: { $0.hasPrefix("|") }) else { return [] }
        return lines[first...].prefix { $0.hasPrefix("|") }.compactMap(cells)
    }

    /// Every table in the text, each as its rows of cells.
    static func tables(_ text: String) -> [[[String]]] {
        var tables: [[[String]]] = []
        var current: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let row = cells(String(line)) {
                current.append(row)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        return current.isEmpty ? tables : tables + [current]
    }

    // MARK: - Every report

    @Test func everyReportSaysWhatItIsBuiltOn() {
        for report in [F.single, F.group, F.overTime, F.benchmarked] {
            let text = MarkdownReportWriter.write(report)
            #expect(text.hasPrefix("# Worked example: report\n"))
            #expect(text.contains("- **Framework:** Worked example, version 1 (worked-example)"))
            #expect(text.contains("- **Licence:** CC BY 4.0"))
            #expect(text.contains("- **Attribution:** Written for the tests."))
            #expect(text.contains("- **Date:** 2026-11-21 (made 2026-11-21T12:00:00Z)"))
            #expect(text.contains("- **Responses used:** \(report.respondents.count)"))
            #expect(text.contains("weighted mean of the stages chosen (1 = Unaware … 4 = Mastering)"))
            #expect(text.contains("docs/scoring.md"))
            #expect(Self.headings(text).last == "## Problems")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        }
    }

    @Test func problemsListWhatWasNotUsedAndWhy() {
        let text = MarkdownReportWriter.write(F.group)
        #expect(text.contains("- **Responses used:** 3; not used: 2, listed under \"Problems\""))
        #expect(text.contains("- broken.yaml: line 3: not a date"))
        #expect(text.contains("- response z: left out: it answers the framework \"other\", not \"worked-example\""))
        #expect(MarkdownReportWriter.write(F.single).contains("None: every file and response given was used."))
    }

    // MARK: - One response

    @Test func oneResponseGivesThePersonsResults() {
        let text = MarkdownReportWriter.write(F.single)
        #expect(Self.headings(text) == ["# Worked example: report", "## Results", "### Notes", "### Next steps", "## Problems"])
        let rows = Self.table(after: "## Results", in: text)
        #expect(rows.count == 2 + 3 + 1, "header, delimiter, one row per dimension, overall")
        #expect(rows[0] == ["Dimension", "Score", "Stage", "Progress to the next stage", "Answered", "Don't know"])
        // docs/scoring.md: Data 11/4 = 2.75, Emerging, 0.75 of the way; 4/4 answered, 1 unknown.
        #expect(rows[2] == ["Data", "2.8", "Emerging", "75% of the way to Developing", "4 of 4", "1"])
        #expect(rows[3] == ["Leadership", "4.0", "Mastering", "last stage", "2 of 3", "0"])
        #expect(rows[4] == ["Tools", "not scored", "—", "—", "1 of 2", "1"])
        // 19/6: Developing, a sixth of the way (rounded down) to Mastering; 7 of 9 answered.
        #expect(rows[5] == ["**Overall**", "3.2", "Developing", "17% of the way to Mastering", "7 of 9", "2"])
        #expect(text.contains("- **Respondent:** Ann"))
        #expect(text.contains("- **Team:** Fundraising"))
        #expect(text.contains("Strongest: Leadership. Weakest: Data."))
        #expect(text.contains("2 questions have no answer yet."))
        #expect(text.contains("2 questions were answered \"don't know\""))
    }

    @Test func oneResponseShowsNotesWithTheirQuestionsAndNextSteps() {
        let text = MarkdownReportWriter.write(F.single)
        // The note's line break is folded, so the note stays one list item.
        #expect(text.contains("- **Do we know what data we hold?** (Data; answered Developing): We keep a list. It is out of date."))
        #expect(text.contains("- **Do our tools fit our work?** (Tools; answered don't know): Not sure who owns the tools."))
        // Data is at Emerging; Leadership is at the last stage and Tools is not scored: no step for them.
        #expect(text.contains("- **Data** (Emerging → Developing)\n  - Write down how data works."))
        #expect(!text.contains("- **Leadership** ("))
        #expect(!text.contains("- **Tools** ("))
    }

    // MARK: - Many responses

    @Test func manyResponsesGiveGroupFiguresAndDisagreements() {
        let text = MarkdownReportWriter.write(F.group)
        #expect(Self.headings(text) == ["# Worked example: report", "## Group figures", "### Where people stand, by stage",
                                        "## Where people differ", "## By team", "## Next steps",
                                        "## Problems"])
        let figures = Self.table(after: "## Group figures", in: text)
        #expect(figures.count == 2 + 3 + 1)
        #expect(figures[0] == ["Dimension", "Mean", "Stage", "Min", "Max", "SD", "Scored", "Not scored", "Don't know"])
        // docs/scoring.md: mean 8.35 / 3 = 2.7833, sd 0.9801, 2 unknowns.
        #expect(figures[2] == ["Data", "2.8", "Emerging", "1.6", "4.0", "1.0", "3", "0", "2"])
        #expect(figures[3] == ["Leadership", "3.0", "Developing", "2.0", "4.0", "0.8", "3", "0", "0"])
        #expect(figures[4] == ["Tools", "3.5", "Developing", "3.5", "3.5", "0.0", "1", "2", "1"])
        #expect(figures[5] == ["**Overall**", "2.8", "Emerging", "1.7", "3.6", "0.8", "3", "0", "3"])

        let histogram = Self.table(after: "### Where people stand, by stage", in: text)
        #expect(histogram[0] == ["Dimension", "Unaware", "Emerging", "Developing", "Mastering"])
        #expect(histogram.dropFirst(2).map { Array($0.dropFirst()) } == [["1", "1", "0", "1"], ["0", "1", "1", "1"],
                                                                         ["0", "0", "1", "0"], ["1", "0", "2", "0"]])
    }

    @Test func splitsNameTheQuestionsBehindThemAsPrompts() {
        // Three at Unaware and three at Developing; on d2 one of the high camp chose Mastering.
        var responses = (0..<3).map { F.response("low\($0)", F.all("unaware")) }
        responses += (0..<3).map { F.response("high\($0)", F.all("developing")) }
        responses[5].answers["d2"] = .stage("mastering")
        let text = MarkdownReportWriter.write(F.report(responses))
        #expect(text.contains("### Data: 3 people at Unaware, 3 at Developing"))
        // At most two questions, the sharpest splits first: d2 (3 against 3, and the widest), then d1.
        #expect(text.contains("- **Do we trust our data?** 3 people chose Unaware, 3 Developing or Mastering. "
            + "What does someone who chose Developing or Mastering see that someone who chose Unaware does not?"))
        #expect(text.contains("- **Do we know what data we hold?** 3 people chose Unaware, 3 Developing."))
        #expect(!text.contains("- **Do we keep our data safe?**"))

        let agreeing = MarkdownReportWriter.write(F.report([F.response("x", F.all("emerging")), F.response("y", F.all("developing"))]))
        #expect(agreeing.contains("No dimension splits the group."))
        // One person far from seven others is named as such, not as a split.
        let outlier = MarkdownReportWriter.write(F.report((0..<7).map { F.response("d\($0)", F.all("developing")) }
            + [F.response("u", F.all("unaware"))]))
        #expect(outlier.contains("No dimension splits the group."))
        #expect(outlier.contains("- Data: 1 person two stages or more below the middle."))
    }

    @Test func groupsByTeamShowOnlyThoseAboveTheMinimum() {
        let text = MarkdownReportWriter.write(F.group)
        let rows = Self.table(after: "## By team", in: text)
        #expect(rows[0] == ["Team", "People", "Overall", "Data", "Leadership", "Tools"])
        // Fundraising is A and B; Finance (C alone) is below the minimum of 2 and hidden, and
        // Fundraising with it: Everyone less Fundraising would be C's own figures.
        #expect(rows.dropFirst(2).map(\.first) == ["**Everyone**"])
        #expect(text.contains("Hidden: 2 groups, 3 people."))
        #expect(text.contains("1 of them is large enough to show but hidden all the same"))
        #expect(!text.contains("Finance") && !text.contains("| Fundraising"))

        // With a minimum of 1 every team shows.
        let all = MarkdownReportWriter.write(F.report([F.c, F.a, F.b], by: .team, minimumGroupSize: 1))
        let allRows = Self.table(after: "## By team", in: all)
        #expect(allRows.dropFirst(2).map(\.first) == ["Finance", "Fundraising", "**Everyone**"])
        // Fundraising: overall (19/6 + 26/15) / 2 = 2.45, shown 2.5; Data (2.75 + 1.6) / 2 = 2.175; Leadership (4 + 2) / 2.
        #expect(allRows[3] == ["Fundraising", "2", "2.5", "2.2", "3.0", "not scored"])
        #expect(all.contains("Hidden: none."))
    }

    // MARK: - Over time and benchmark

    @Test func overTimeGivesChangePerDimensionAndStagesMoved() {
        let text = MarkdownReportWriter.write(F.overTime)
        let headings = Self.headings(text)
        // The change comes first; the group figures after it are the latest round's, and the
        // report says so in one sentence.
        #expect(headings.prefix(4) == ["# Worked example: report", "## Change over time", "### From 2026-11-21 to 2027-05-01",
                                       "## Group figures"])
        #expect(text.contains("Figures over the 3 responses of the latest round"))
        #expect(text.contains("The figures are those of the latest round, 2027-05-01 (3 responses); "
            + "the 3 responses of the earlier round are in the change over time."))
        let means = Self.table(after: "## Change over time", in: text)
        #expect(means[0] == ["Dimension", "2026-11-21 (3)", "2027-05-01 (3)"])
        #expect(means.count == 2 + 3 + 1)
        let steps = Self.table(after: "### From 2026-11-21 to 2027-05-01", in: text)
        #expect(steps.count == 2 + 3 + 1)
        // Data 2.7833 (Emerging) to 10/3 (Developing); Leadership 3.0 to 3.3333; Tools 3.5 to 3.3333.
        #expect(steps[2] == ["Data", "2.8", "3.3", "+0.6", "▲ up: Emerging to Developing"])
        #expect(steps[3] == ["Leadership", "3.0", "3.3", "+0.3", "= same: Developing"])
        #expect(steps[4] == ["Tools", "3.5", "3.3", "-0.2", "= same: Developing"])
        #expect(steps[5] == ["**Overall**", "2.8", "3.3", "+0.5", "▲ up: Emerging to Developing"])
    }

    @Test func aBenchmarkSetsEachDimensionBesideTheSector() {
        let text = MarkdownReportWriter.write(F.benchmarked)
        let rows = Self.table(after: "## Beside the sector", in: text)
        #expect(rows.count == 2 + 3 + 1)
        // Sector means 2.8 (organisations at 1, 2, 3, 4, 4). Data 2.7833 is level at one decimal, at
        // 25 + 25 x 0.7833 = 44.6 (between q1 2 and the median 3); Tools 3.5 at 50 + 25 x 0.5 = 62.5.
        #expect(rows[2] == ["Data", "2.8", "2.8", "1.0", "3.0", "4.0", "0.0", "= level", "45"])
        #expect(rows[3] == ["Leadership", "3.0", "2.8", "1.0", "3.0", "4.0", "+0.2", "▲ above", "50"])
        #expect(rows[4] == ["Tools", "3.5", "2.8", "1.0", "3.0", "4.0", "+0.7", "▲ above", "63"])
        #expect(text.contains("a benchmark of 5 organisations"))
    }

    @Test func answersTheFrameworkLacksAreNamed() {
        var old = F.response("o", ["d1": "emerging", "zz": "developing", "d2": "expert"])
        old.frameworkVersion = "0.9"
        old.frameworkFingerprint = "0000000000000000"
        let text = MarkdownReportWriter.write(F.report([old, F.a]))
        #expect(Self.headings(text).suffix(2) == ["## Framework versions", "## Problems"])
        #expect(text.contains("- Version 0.9: 1 response (o). **With a different set of questions or stages.**"))
        #expect(text.contains("- Question zz is not in this framework: its answers in 1 response are not scored."))
        #expect(text.contains("- Stage expert is not in this framework: answers naming it in 1 response are not scored."))
        // The questions the old version's responses never answered: d1 and d2 were (d2 with a
        // stage the framework lacks), the other seven were not.
        #expect(text.contains("  This framework's questions none of them answered, so unanswered for them: d3, d4, l1, l2, l3, t1, t2."))

        let html = HTMLReportWriter.write(F.report([old, F.a]))
        #expect(html.contains("Questions of this framework that none of the version 0.9 responses answered, so unanswered for them: "
            + "“d3”, “d4”, “l1”, “l2”, “l3”, “t1” and “t2”."))
        #expect(html.contains("Answers naming stages this framework does not have were not scored: “expert”."))
    }

    /// A dimension scored at one point and not the other has no change, and says which.
    @Test func aDimensionScoredAtOnlyOnePointSaysWhich() {
        let first = F.response("x", updated: "2026-11-21T10:00:00Z", ["d1": "emerging", "t1": "emerging"])
        let later = F.response("y", updated: "2027-05-01T10:00:00Z", ["d1": "developing", "l1": "mastering"])
        let text = MarkdownReportWriter.write(F.report([first, later]))
        let heading = text.split(separator: "\n").first { $0.hasPrefix("### From ") }.map(String.init) ?? ""
        let rows = Self.table(after: heading, in: text)
        #expect(rows.contains { $0.first == "Leadership" && $0.last == "no figure: not scored at the earlier point" })
        #expect(rows.contains { $0.first == "Tools" && $0.last == "no figure: not scored at the later point" })
    }

    // MARK: - Hostile text

    @Test func hostileTextCannotFormatTheReportOrBreakATable() {
        var reports = [F.hostileReport]
        reports += F.hostileResponses.map { F.report([$0]) }
        for report in reports {
            let text = MarkdownReportWriter.write(report)
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "raw control character")
            #expect(!text.contains("<script>"))
            #expect(!text.contains("*bold*"))
            for table in Self.tables(text) {
                let width = table[0].count
                #expect(table.allSatisfy { $0.count == width }, "\(table)")
            }
            // Notes and names never start a line of their own (no list, heading or quote from them).
            for line in text.split(separator: "\n") {
                #expect(!line.hasPrefix("=HYPERLINK") && !line.hasPrefix("+1") && !line.hasPrefix("-2")
                    && !line.hasPrefix("three") && !line.hasPrefix("back"), "\(line)")
            }
        }
        let single = MarkdownReportWriter.write(F.report([F.hostileResponses[5]]))
        #expect(single.contains("- **Respondent:** \\| a \\| b \\|"))
        #expect(MarkdownReportWriter.write(F.report([F.hostileResponses[0]])).contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(MarkdownReportWriter.write(F.report([F.hostileResponses[9]])).contains("␛\\[2J␛\\]0;owned␇red"))
    }

    /// Text that GitHub-flavoured renderers would make into links by themselves (issue 12):
    /// web addresses, `www.`, e-mail addresses and `mailto:` in names and notes.
    static let addresses = ["see https://evil.example/x?a=1|2 now", "(www.evil.example)", "me@evil.example.", "mailto:me@evil.example",
                            "``https://tick`s.example``", "ftp://files.example"]

    static var addressReport: Report {
        let responses = addresses.enumerated().map { index, text in
            var notes: [String: String] = [:]
            for question in F.framework.questions { notes[question.id] = text }
            return F.response("a\(index)", organisation: text, respondent: text, team: text, role: text, notes: notes, F.all("learning"))
        }
        return F.report(responses, by: .team, minimumGroupSize: 1)
    }

    /// The text outside code spans, as a renderer parses it: what it could link.
    static func outsideCodeSpans(_ line: Substring) -> String {
        var outside = ""
        var rest = line[...]
        while let open = rest.firstIndex(of: "`") {
            outside += rest[..<open]
            let fence = rest[open...].prefix { $0 == "`" }
            let after = rest[fence.endIndex...]
            guard let close = after.range(of: String(fence)) else { return outside + rest[open...] }
            rest = after[close.upperBound...]
        }
        return outside + rest
    }

    @Test func addressesAreWrittenAsCodeNeverAsText() {
        let text = MarkdownReportWriter.write(Self.addressReport)
        for line in text.split(separator: "\n") {
            let outside = Self.outsideCodeSpans(line).lowercased()
            #expect(!outside.contains("://") && !outside.contains("www.") && !outside.contains("mailto:")
                    && !outside.contains("@evil"), "\(line)")
        }
        #expect(text.contains("`https://evil.example/x?a=1\\|2`"))
        #expect(text.contains("``` ``https://tick`s.example`` ```"))
        for table in Self.tables(text) {
            #expect(table.allSatisfy { $0.count == table[0].count }, "\(table)")
        }
    }

    /// The oracle: GitHub's own renderer (cmark-gfm, with its autolink and table extensions)
    /// makes no link of any of it. Skipped, with the reason, where cmark-gfm is not installed
    /// (.ci/run installs it).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm"), "cmark-gfm is not installed"))
    func githubsRendererMakesNoLinkOfAnyAddress() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["-e", "autolink", "-e", "table"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(MarkdownReportWriter.write(Self.addressReport).utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(html.contains("evil.example"))
        #expect(!html.contains("<a "), "\(html.components(separatedBy: "\n").filter { $0.contains("<a ") }.prefix(5))")
    }
}

