/// Dimensions where people's scores lie far apart, and the questions behind them, written as
/// prompts for a conversation rather than as verdicts.
extension HTMLReportWriter {
    static func disagreements(_ report: Report) -> String {
        let group = report.group
        let limit = Scoring.display(DimensionSummary.disagreementRange)
        var out = "<p>A dimension is listed here when the highest and lowest person’s scores in it are \(limit) or more apart "
            + "on the scale \(HTMLMarkup.line(scaleText(report))). Such a gap rarely means someone is wrong: people see "
            + "different parts of the organisation, or read a question differently. It is a good place to start talking.</p>\n"
        let flagged = group.disagreements
        guard !flagged.isEmpty else {
            out += "<p class=\"all-clear\">No dimension’s scores are \(limit) or more apart: people broadly agree.</p>"
            return section(id: "disagreements", title: "Disagreements to discuss", out)
        }
        for dimension in flagged {
            guard let statistics = dimension.scores.statistics else { continue }
            let name = HTMLMarkup.line(dimensionName(dimension.dimensionID, in: report))
            let scale = report.framework.scale
            let lowStage = stageName(scale.stageIndex(for: statistics.minimum), in: report) ?? ""
            let highStage = stageName(scale.stageIndex(for: statistics.maximum), in: report) ?? ""
            out += "<article class=\"discussion\"><h3>\(name) <span class=\"range\">scores from \(HTMLMarkup.score(statistics.minimum)) "
                + "to \(HTMLMarkup.score(statistics.maximum))</span></h3>"
            out += "<p class=\"prompt\">Why do some of us put \(name) at \(HTMLMarkup.line(lowStage)) and others at "
                + "\(HTMLMarkup.line(highStage))? What does each of us see that the others may not?</p>"
            let questions = dimension.widestQuestions
            if !questions.isEmpty {
                out += "<p>The question\(questions.count == 1 ? "" : "s") answered furthest apart:</p><ul class=\"spread\">"
                for spread in questions { out += questionItem(spread, in: report) }
                out += "</ul>"
            }
            out += "</article>\n"
        }
        return section(id: "disagreements", title: "Disagreements to discuss", out)
    }

    /// One question behind a disagreement: its text, how far apart the answers were, and the
    /// statements at either end, so the group can see what each side chose.
    static func questionItem(_ spread: QuestionSpread, in report: Report) -> String {
        guard let (_, question) = report.framework.question(withID: spread.questionID) else {
            return "<li>\(HTMLMarkup.line(spread.questionID))</li>"
        }
        let low = stageName(spread.lowest - 1, in: report) ?? "\(spread.lowest)"
        let high = stageName(spread.highest - 1, in: report) ?? "\(spread.highest)"
        var out = "<li><p class=\"question\">\(HTMLMarkup.text(question.text))</p>"
        out += "<p class=\"muted\">\(HTMLMarkup.count(spread.answers, "person", "people")) chose a statement; "
            + "the answers run from \(spread.lowest) \(HTMLMarkup.line(low)) to \(spread.highest) \(HTMLMarkup.line(high)).</p>"
        if question.statements.indices.contains(spread.lowest - 1), question.statements.indices.contains(spread.highest - 1) {
            out += "<dl class=\"ends\"><div><dt>Some chose</dt><dd>“\(HTMLMarkup.text(question.statements[spread.lowest - 1]))”</dd></div>"
                + "<div><dt>Others chose</dt><dd>“\(HTMLMarkup.text(question.statements[spread.highest - 1]))”</dd></div></dl>"
        }
        return out + "</li>"
    }
}
