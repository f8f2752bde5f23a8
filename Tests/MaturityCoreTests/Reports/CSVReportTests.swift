import Foundation
import MaturityCore
import Testing

/// The CSV report: RFC 4180 that parses back, the right rows in both shapes, unrounded
/// numbers, and text that no spreadsheet runs as a formula.
@Suite struct CSVReportTests {
    typealias F = ReportFixtures

    /// A strict RFC 4180 reader: records end with CRLF, fields are quoted or not, quotes
    /// inside quoted fields are doubled. Anything else (a bare CR or LF outside quotes, a quote
    /// inside an unquoted field, text after a closing quote) fails the test.
    static func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var fieldStarted = false
        func fail(_ message: String) { Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation) }
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                        if let next = scalars.first, next != ",", next != "\r" { fail("text after a closing quote") }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                if fieldStarted || !field.isEmpty { fail("a quote inside an unquoted field") }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard scalars.popFirst() == "\n" else {
                    fail("a CR without LF")
                    continue
                }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
            case "\n":
                fail("a bare LF outside quotes")
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { fail("an unclosed quote") }
        if !field.isEmpty || !record.isEmpty { fail("the last record has no CRLF") }
        return records
    }

    /// Rows as column name -> value.
    static func rows(_ text: String) -> [[String: String]] {
        let records = parse(text)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { record in
            #expect(record.count == header.count, "\(record)")
            return Dictionary(uniqueKeysWithValues: zip(header, record))
        }
    }

    // MARK: - Shapes

    @Test func answersHaveOneRowPerResponseAndQuestion() throws {
        let text = CSVReportWriter.answers(F.group)
        let records = Self.parse(text)
        #expect(records.first == CSVReportWriter.answerColumns)
        #expect(records.first == ["response_id", "organisation", "respondent", "team", "role", "dimension", "question",
                                  "answer", "stage_value", "note", "framework", "framework_version"])
        // A, B and C (the response to another framework is left out) x 9 questions.
        #expect(records.count == 1 + 3 * F.questionCount)
        let rows = Self.rows(text)
        let d1 = try #require(rows.first { $0["response_id"] == "a" && $0["question"] == "d1" })
        #expect(d1 == ["response_id": "a", "organisation": "Example Trust", "respondent": "Ann", "team": "Fundraising",
                       "role": "Trustee", "dimension": "data", "question": "d1", "answer": "developing", "stage_value": "3",
                       "note": "We keep a list.\nIt is out of date.", "framework": "worked-example", "framework_version": "1"])
        let d4 = try #require(rows.first { $0["response_id"] == "a" && $0["question"] == "d4" })
        #expect(d4["answer"] == "dont-know" && d4["stage_value"] == "")
        let l3 = try #require(rows.first { $0["response_id"] == "a" && $0["question"] == "l3" })
        #expect(l3["answer"] == "" && l3["stage_value"] == "" && l3["note"] == "")
        // Framework order within each response; responses in the report's order.
        #expect(rows.prefix(F.questionCount).map { $0["question"]! } == ["d1", "d2", "d3", "d4", "l1", "l2", "l3", "t1", "t2"])
        #expect(rows.map { $0["response_id"]! }.uniqued() == F.group.respondents.map(\.response.id))
    }

    @Test func scoresHaveOneRowPerResponseAndDimensionPlusOverall() throws {
        let report = F.group
        let text = CSVReportWriter.scores(report)
        let records = Self.parse(text)
        #expect(records.first == ["response_id", "organisation", "respondent", "team", "role", "updated", "status",
                                  "dimension", "score", "stage", "answered", "dont_know", "total", "framework", "framework_version"])
        #expect(records.count == 1 + 3 * (3 + 1))
        let rows = Self.rows(text)
        func row(_ id: String, _ dimension: String) throws -> [String: String] {
            try #require(rows.first { $0["response_id"] == id && $0["dimension"] == dimension })
        }
        #expect(try row("a", "data") == ["response_id": "a", "organisation": "Example Trust", "respondent": "Ann",
                                         "team": "Fundraising", "role": "Trustee", "updated": "2026-11-21T10:20:00Z",
                                         "status": "complete", "dimension": "data", "score": "2.75", "stage": "emerging",
                                         "answered": "4", "dont_know": "1", "total": "4",
                                         "framework": "worked-example", "framework_version": "1"])
        #expect(try row("a", "leadership")["score"] == "4")
        // Not scored: empty, never 0.
        let tools = try row("a", "tools")
        #expect(tools["score"] == "" && tools["stage"] == "" && tools["answered"] == "1" && tools["dont_know"] == "1")
        // Unrounded: 19/6 and 26/15 in full, exactly the report's numbers.
        let overall = try row("a", "overall")
        let a = try #require(report.respondents.first { $0.response.id == "a" })
        #expect(Double(overall["score"]!) == a.scores.overall)
        #expect(abs(Double(overall["score"]!)! - 19.0 / 6) < 1e-12)
        #expect(overall["score"]!.count > 10)
        #expect(overall["stage"] == "developing" && overall["answered"] == "7" && overall["dont_know"] == "2"
            && overall["total"] == "9")
        #expect(abs(Double(try row("b", "overall")["score"]!)! - 26.0 / 15) < 1e-12)
        #expect(try row("b", "data")["score"] == "1.6")
    }

    @Test func theFileIsRFC4180WithoutAByteOrderMark() {
        for text in [CSVReportWriter.answers(F.group), CSVReportWriter.scores(F.group),
                     CSVReportWriter.write(F.single, shape: .answers), CSVReportWriter.write(F.single, shape: .scores)] {
            #expect(!text.hasPrefix("\u{FEFF}"))
            #expect(text.hasPrefix("response_id,organisation,"))
            #expect(text.hasSuffix("\r\n"))
            // Every LF outside a quoted note ends a CRLF.
            #expect(Self.parse(text).count > 1)
        }
        #expect(CSVReportWriter.answers(F.single).contains("\"We keep a list.\nIt is out of date.\""))
    }

    @Test func anEmptyReportIsJustTheHeader() {
        let report = F.report([])
        #expect(CSVReportWriter.answers(report) == CSVReportWriter.answerColumns.joined(separator: ",") + "\r\n")
        #expect(CSVReportWriter.scores(report) == CSVReportWriter.scoreColumns.joined(separator: ",") + "\r\n")
    }

    // MARK: - Hostile text

    @Test func hostileTextIsQuotedAndNeverRunsAsAFormula() throws {
        let report = F.hostileReport
        for text in [CSVReportWriter.answers(report), CSVReportWriter.scores(report)] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "raw control character")
            let rows = Self.rows(text)
            #expect(rows.count == F.hostile.count * (text.hasPrefix("response_id,organisation,respondent,team,role,dimension")
                ? F.questionCount : 4))
            for (index, hostile) in F.hostile.enumerated() {
                let own = rows.filter { $0["response_id"] == "h\(index)" }
                #expect(!own.isEmpty)
                let expected: String
                if let first = hostile.first, "=+-@".contains(first) {
                    expected = "'" + hostile
                } else {
                    expected = SafeText.sanitize(hostile)
                }
                for row in own {
                    for column in ["organisation", "respondent", "team", "role"] {
                        #expect(row[column] == expected, "\(column): \(row[column] ?? "nil")")
                    }
                    if let note = row["note"] { #expect(note == expected) }
                }
            }
        }
        // No cell that a spreadsheet would read as a formula.
        for record in Self.parse(CSVReportWriter.answers(report)) + Self.parse(CSVReportWriter.scores(report)) {
            for cell in record where !cell.isEmpty && Double(cell) == nil {
                #expect(!"=+-@\t\r".contains(cell.first!), "\(cell)")
            }
        }
    }

    /// Spreadsheets skip leading line breaks and spaces: a cell of a line feed then `=` ran as a
    /// formula (issue 12). Such cells are guarded too; text that only starts with a space is not.
    @Test func aFormulaAfterLineBreaksOrSpacesIsGuardedToo() {
        for text in ["\n=cmd|' /C calc'!A0", "\r\n+1", " \n@SUM(A1)", "  -2", "\u{A0}=1", "\nplain"] {
            let cell = ReportText.csv(text)
            let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()) : cell
            #expect(unquoted.hasPrefix("'"), "\(cell)")
        }
        #expect(ReportText.csv(" plain") == " plain")
        #expect(ReportText.csv("plain = fine") == "plain = fine")
    }

    @Test func aCRLFInsideANoteIsOneLineBreakInsideQuotes() {
        let response = F.response("n", notes: ["d1": "first\r\nsecond"], ["d1": "emerging"])
        let rows = Self.rows(CSVReportWriter.answers(F.report([response])))
        #expect(rows.first { $0["question"] == "d1" }?["note"] == "first\nsecond")
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
