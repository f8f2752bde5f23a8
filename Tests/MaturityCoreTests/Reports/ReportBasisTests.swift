import MaturityCore
import Testing

/// A one-response report names strongest and weakest only as the results screen does: when
/// most dimensions are scored (ResultBasis).
@Suite struct ReportBasisTests {
    typealias F = ReportFixtures

    @Test func aReportOnTooFewAnswersNamesNoStrongestOrWeakest() {
        // Two of three dimensions scored, and they differ: most are scored, so both are named.
        let most = F.report([F.response("m", ["d1": "mastering", "l1": "unaware"])])
        #expect(most.respondents[0].summary.strongest == ["Data"])
        #expect(MarkdownReportWriter.write(most).contains("Strongest"))
        // One of three scored: nothing to compare, in the content and in every format.
        let few = F.report([F.response("f", ["d1": "mastering"])])
        #expect(few.respondents[0].summary.strongest.isEmpty && few.respondents[0].summary.weakest.isEmpty)
        #expect(!MarkdownReportWriter.write(few).contains("Strongest"))
        #expect(!HTMLReportWriter.write(few).contains("Strongest:"))
    }
}
