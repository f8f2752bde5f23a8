/// The next steps of single questions, each under the answer it follows.
extension HTMLReportWriter {
    /// Each single question's next step, under the answer it follows and that statement's guidance.
    static func questionSteps(_ steps: [ResultSummary.QuestionStep]) -> String {
        guard !steps.isEmpty else { return "" }
        var out = "<p>For single questions, what to do next after the answer given.</p>\n<div class=\"steps\">"
        for step in steps {
            out += "<article class=\"step\"><h3>Question \(step.number): \(HTMLMarkup.text(step.questionText))</h3>"
                + "<p class=\"note-answer\">Answer: \(HTMLMarkup.line(step.stage)) — “\(HTMLMarkup.text(step.statement))”</p>"
            if let guidance = step.statementGuidance { out += "<p class=\"muted\">\(HTMLMarkup.text(guidance))</p>" }
            out += "<ul>" + HTMLMarkup.lines(step.text).map { "<li>\(HTMLMarkup.text($0))</li>" }.joined() + "</ul></article>"
        }
        return out + "</div>"
    }
}
