import MaturityCore
import Testing

/// The one way a share is said as a percentage (`Percentage`), checked for every count of
/// answers a report can have up to 600 questions: "100%" only when nothing is missing.
@Suite struct PercentageTests {
    @Test func nothingMissingIsTheOnlyHundredAndNothingThereTheOnlyNought() {
        for total in 1...600 {
            var previous = -1
            for part in 0...total {
                let shown = Percentage.whole(part, of: total)
                let exact = 100 * Double(part) / Double(total)
                #expect((shown == 100) == (part == total), "\(part) of \(total) shows \(shown)%")
                #expect((shown == 0) == (part == 0), "\(part) of \(total) shows \(shown)%")
                // Otherwise the nearest whole number, or the one just inside the ends.
                #expect(abs(Double(shown) - exact) <= 1, "\(part) of \(total) shows \(shown)%")
                #expect(shown >= previous, "more answers never show less")
                previous = shown
            }
        }
    }

    @Test func theIssuesExamples() {
        // 99.6% was "100%" in Markdown and "99%" in HTML; now "99%" wherever it is shown.
        #expect(ReportWords.english.percent(249.0 / 250) == "99%")
        #expect(Percentage.whole(249, of: 250) == 99)
        #expect(ReportWords.english.percent(0.004) == "1%")
        #expect(ReportWords.english.percent(0.835) == "84%")
        // 2.3 is 30% of the way from 2 to 3, though 2.3 - 2 is 0.29999... in binary.
        #expect(Percentage.whole(2.3 - 2.0) == 30)
        #expect(ReportWords.english.percent(1) == "100%" && ReportWords.english.percent(0) == "0%")
        #expect(Percentage.whole(.nan) == 0 && Percentage.whole(1.5) == 100 && Percentage.whole(3, of: 0) == 0)
    }
}
