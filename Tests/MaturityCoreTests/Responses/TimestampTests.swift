import Foundation
import MaturityCore
import Testing

/// Dates and times in response files: a day the calendar does not have is refused where it
/// is written, never moved silently to another day (2026-02-31 once became 3 March).
@Suite struct TimestampTests {
    @Test(arguments: ["2026-02-31T10:00:00Z", "2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-06-31T10:00:00Z",
                      "2026-09-31T10:00:00Z", "2026-11-31T10:00:00Z", "1900-02-29T10:00:00Z", "2026-00-10T10:00:00Z",
                      "2026-13-01T10:00:00Z", "2026-01-00T10:00:00Z", "2026-01-32T10:00:00Z"])
    func daysTheCalendarLacksAreRefused(text: String) {
        #expect(Timestamp(parsing: text) == nil)
    }

    /// Every day of every month of a few years, leap years and century years among them: a
    /// date is read exactly when writing it back gives the same day, so no date is ever moved.
    @Test func aDateIsReadOnlyWhenItIsTheDayWritten() {
        var read = 0
        for year in [1900, 2000, 2023, 2024, 2026, 2100] {
            for month in 1...12 {
                for day in 1...31 {
                    let text = String(format: "%04d-%02d-%02dT12:00:00Z", year, month, day)
                    let calendar = Calendar(identifier: .gregorian)
                    let exists = calendar.date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: year, month: month, day: day))
                        .map { calendar.dateComponents(in: TimeZone(identifier: "UTC")!, from: $0).day == day } ?? false
                    let parsed = Timestamp(parsing: text)
                    #expect((parsed != nil) == exists, "\(text)")
                    if let parsed {
                        #expect(parsed.description == text)
                        read += 1
                    }
                }
            }
        }
        // 365 a year, 366 in 2000 and 2024 (1900 and 2100 are not leap years).
        #expect(read == 6 * 365 + 2)
    }

    static let framework = ShippedFrameworkTests.catalogue.frameworks.first { $0.id == "data-maturity" }!

    static func responseText(updated: String) -> String {
        """
        response: r1
        framework: data-maturity
        framework-version: "1.0"
        language: en
        organisation: Example Trust
        started: 2026-02-01T09:00:00Z
        updated: \(updated)
        status: complete
        answers:
          uses-decisions: developing

        """
    }

    @Test func anImpossibleDateInAResponseIsALocatedError() throws {
        let (response, diagnostics) = ResponseDecoder.decode(bytes: Array(Self.responseText(updated: "2026-02-31T10:00:00Z").utf8),
                                                             file: "r.yaml", framework: Self.framework)
        #expect(response == nil)
        let error = try #require(diagnostics.first { $0.isError })
        #expect(error.mark == SourceMark(line: 7, column: 10))
        #expect(error.message.contains("2026-02-31"))
        #expect(error.message.contains("February 2026 has 28 days"))
    }

    @Test func aReportSaysTheFileIsNotUsedAndWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timestamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.yaml").path
        try Self.responseText(updated: "2026-02-31T10:00:00Z").write(toFile: path, atomically: true, encoding: .utf8)
        let selection = ResponseSelection(loaded: ResponseStore.load(paths: [path]), framework: Self.framework)
        #expect(selection.responses.isEmpty)
        let problem = try #require(selection.problems.first)
        #expect(problem.source == path)
        #expect(problem.reason.contains("line 7"))
        #expect(problem.reason.contains("February 2026 has 28 days"))
    }
}
