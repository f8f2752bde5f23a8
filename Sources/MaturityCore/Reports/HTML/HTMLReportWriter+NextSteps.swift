/// What to do next, for one person or a group: each dimension's step from its stage today (for
/// a group, the stage of its mean) to the next, every line of the advice an item of its own;
/// for one person, then each question's own next step after the answer given.
extension HTMLReportWriter {
    static func nextStepsSection(_ report: Report) -> String {
        let words = report.words
        let title = words.html(.headingNextSteps)
        let steps = report.content.nextSteps
        let questions = questionSteps(report.content.questionSteps, words)
        // Without a dimension's step, the questions' own steps are the section; with neither, it says so.
        if steps.isEmpty && !questions.isEmpty { return section(id: "next-steps", title: title, questions) }
        var out = "<p>\(words.html(report.isSingle ? .htmlNextStepsIntroSingle : .htmlNextStepsIntroGroup))</p>\n"
        guard !steps.isEmpty else {
            out += "<p>\(words.html(.htmlNoNextSteps))</p>"
            return section(id: "next-steps", title: title, out)
        }
        out += "<div class=\"steps\">"
        for step in steps {
            out += "<article class=\"step\"><h3>\(HTMLMarkup.line(step.dimensionName)) "
                + "<span class=\"step-stages\">\(HTMLMarkup.line(step.fromStage)) → \(HTMLMarkup.line(step.toStage))</span></h3><ul>"
            for line in step.lines { out += "<li>\(HTMLMarkup.text(line))</li>" }
            out += "</ul></article>"
        }
        return section(id: "next-steps", title: title, out + "</div>" + questions)
    }
}
