/// The next steps of single questions, each under the answer it follows.
extension HTMLReportWriter {
    /// Each single question's next step, under the answer it follows and that statement's guidance.
    static func questionSteps(_ steps: [ResultSummary.QuestionStep], _ words: ReportWords) -> String {
        guard !steps.isEmpty else { return "" }
        var out = "<p>\(words.html(.htmlQuestionStepsIntro))</p>\n<div class=\"steps\">"
        for step in steps {
            out += "<article class=\"step\"><h3>"
                + words.html(.htmlQuestionHeading, ["number": words.number(step.number), "question": step.questionText]) + "</h3>"
                + "<p class=\"note-answer\">" + words.html(.htmlAnswerStatement, ["stage": step.stage, "statement": step.statement]) + "</p>"
            if let guidance = step.statementGuidance { out += "<p class=\"muted\">\(HTMLMarkup.text(guidance))</p>" }
            out += "<ul>" + HTMLMarkup.lines(step.text).map { "<li>\(HTMLMarkup.text($0))</li>" }.joined() + "</ul></article>"
        }
        return out + "</div>"
    }
}
