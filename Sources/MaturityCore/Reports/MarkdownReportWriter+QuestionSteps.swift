/// The next steps of single questions, each with the answer it follows.
extension MarkdownReportWriter {
    /// The next steps a framework gives for single questions, each with the answer it follows.
    static func questionSteps(_ steps: [ResultSummary.QuestionStep]) -> [String] {
        guard !steps.isEmpty else { return [] }
        var lines = ["", "For single questions, with the answer given:", ""]
        for step in steps {
            let guidance = step.statementGuidance.map { " (\(text($0)))" } ?? ""
            lines.append("- **Question \(step.number): \(text(step.questionText))** Answered \(text(step.stage)): "
                + "“\(text(step.statement))”\(guidance). Next: \(text(step.text))")
        }
        return lines
    }
}
