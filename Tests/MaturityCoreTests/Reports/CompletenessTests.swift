import MaturityCore
import Testing

/// How complete a group's answers are, said the same way in every format: never "100%" while
/// a question is unanswered (99.6% once showed as "100%" in Markdown and "99%" in HTML), and
/// never "0%" once something is answered.
@Suite struct CompletenessTests {
    /// 28 people with every question answered but `unanswered` slots left empty in all: 252 slots.
    static func report(answeredSlots: Int) -> Report {
        let questions = ReportFixtures.framework.questions.map(\.id)
        var remaining = answeredSlots
        let responses = (0..<28).map { person -> Response in
            var answers: [String: String] = [:]
            for question in questions where remaining > 0 {
                answers[question] = "developing"
                remaining -= 1
            }
            return ReportFixtures.response("p\(person)", answers)
        }
        return ReportFixtures.report(responses)
    }

    @Test(arguments: [(251, "99%"), (1, "1%"), (252, "100%"), (126, "50%"), (0, "0%")])
    func groupCompletenessIsTheSameEverywhereAndNeverRoundedToAllOrNothing(answered: Int, shown: String) {
        let report = Self.report(answeredSlots: answered)
        #expect(report.group.total == 252)
        #expect(report.group.answered == answered)
        let markdown = MarkdownReportWriter.write(report)
        let html = HTMLReportWriter.write(report)
        #expect(markdown.contains("\(shown) of all questions have an answer"), "\(markdown)")
        #expect(html.contains("<p class=\"card-value\">\(shown)</p>"))
    }
}
