/// The next steps of single questions, each with the answer it follows.
extension MarkdownReportWriter {
    /// The next steps a framework gives for single questions, each with the answer it follows;
    /// a step of several lines keeps them, each an item of its own.
    static func questionSteps(_ steps: [ResultSummary.QuestionStep]) -> [String] {
        guard !steps.isEmpty else { return [] }
        var lines = ["", "For single questions, with the answer given:", ""]
        for step in steps {
            let guidance = step.statementGuidance.map { " (\(text($0)))" } ?? ""
            let advice = step.text.nonBlankLines
            let head = "- **Question \(step.number): \(text(step.questionText))** Answered \(text(step.stage)): "
                + "“\(text(step.statement))”\(guidance). Next:"
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
