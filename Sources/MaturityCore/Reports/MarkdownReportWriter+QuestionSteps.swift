/// The next steps of single questions, each with the answer it follows.
extension MarkdownReportWriter {
    /// The next steps a framework gives for single questions, each with the answer it follows;
    /// a step of several lines keeps them, each an item of its own.
    static func questionSteps(_ steps: [ResultSummary.QuestionStep], _ words: ReportWords) -> [String] {
        guard !steps.isEmpty else { return [] }
        var lines = ["", text(words(.mdForSingleQuestions)), ""]
        for step in steps {
            let guidance = step.statementGuidance.map { " (\(text($0)))" } ?? ""
            let advice = step.text.nonBlankLines
            let head = "- **" + text(words(.mdQuestionNumber, ["number": words.number(step.number), "question": step.questionText]))
                + "** " + text(words(.mdAnsweredWith, ["stage": step.stage, "statement": step.statement])) + guidance
                + text(words(.mdNext))
            if advice.count <= 1 {
                lines.append(head + " " + text(advice.first ?? ""))
            } else {
                lines.append(head)
                lines += advice.map { "  - " + text($0) }
            }
        }
        return lines
    }
}
