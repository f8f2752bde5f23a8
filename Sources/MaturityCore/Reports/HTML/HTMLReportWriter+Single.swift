#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one-response report: the results screen on paper.
extension HTMLReportWriter {
    static func singleSections(_ report: Report) -> String {
        guard let respondent = report.respondents.first else { return "" }
        return singleSummary(report, respondent) + singleScores(report, respondent) + areaSection(report)
            + singleCompleteness(report, respondent) + singleNotes(report, respondent) + nextStepsSection(report)
    }

    static func singleSummary(_ report: Report, _ respondent: Report.Respondent) -> String {
        let summary = respondent.summary
        let scores = respondent.scores
        guard let overall = report.content.person.last else { return "" }
        var cards = card("Overall score", overall.score.shown,
                         overall.score.stageName.map { "Stage: \(HTMLMarkup.line($0))" } ?? "no dimension was scored")
        if let next = overall.nextStage, let progress = overall.progress, let shown = overall.progressShown {
            cards += card("Toward \(HTMLMarkup.line(next))", shown, progressBar(progress)
                          + "of the way from \(HTMLMarkup.line(overall.score.stageName ?? "")) to \(HTMLMarkup.line(next))")
        } else if overall.score.value != nil {
            cards += card("Stage", HTMLMarkup.line(overall.score.stageName ?? ""), "the last stage of the framework")
        }
        cards += card("Questions answered", "\(overall.answered) of \(overall.total)",
                      "\(Percentage.text(scores.completeness)) complete")
        cards += card("Don’t know", "\(summary.unknowns)", summary.unknowns == 1 ? "answer" : "answers")
        var text = ""
        if !summary.strongest.isEmpty {
            text += "<p>Strongest: <strong>\(HTMLMarkup.list(summary.strongest.map(HTMLMarkup.line)))</strong>. "
                + "Furthest to go: <strong>\(HTMLMarkup.list(summary.weakest.map(HTMLMarkup.line)))</strong>.</p>"
        }
        return section(id: "summary", title: "At a glance", "<div class=\"cards\">\(cards)</div>\n\(text)")
    }

    static func card(_ label: String, _ value: String, _ note: String) -> String {
        "<div class=\"card\"><p class=\"card-label\">\(label)</p><p class=\"card-value\">\(value)</p>"
            + "<p class=\"card-note\">\(note)</p></div>"
    }

    /// A small progress bar, the share also written out beside it by the caller.
    static func progressBar(_ share: Double) -> String {
        let width = min(max(share, 0), 1) * 100
        return "<span class=\"progress\" aria-hidden=\"true\"><span style=\"width:\(HTMLMarkup.coordinate(width))%\"></span></span>"
    }

    static func singleScores(_ report: Report, _ respondent: Report.Respondent) -> String {
        let lines = respondent.summary.dimensions
        let palette = StagePalette(stageCount: report.framework.stages.count)
        let stages = report.framework.stages.map(\.name)
        let radar = SVGRadarChart(
            id: "chart-wheel", title: "Wheel of the scores by dimension",
            description: "One spoke per dimension on the scale \(scaleText(report)); the polygon joins this response's scores.",
            axes: lines.map(\.name), stages: stages, scale: report.framework.scale, axisValues: lines.map { HTMLMarkup.score($0.score) },
            series: [.init(name: "Score", values: lines.map(\.score), style: .primary)], band: nil)
        let radarTable = HTMLMarkup.table(
            caption: "Scores by dimension", header: ["Dimension", "Score", "Stage"],
            rows: lines.map { line in
                [HTMLMarkup.line(line.name), scoreCell(line.score), stageTag(respondent.scores.dimension(line.id)?.stage, in: report)]
            }, textColumns: [2])
        let bars = SVGScoreBars(
            id: "chart-bars", title: "Score and stage by dimension",
            description: "A bar per dimension from 0 to its score on the scale \(scaleText(report)), with the score and stage written beside it.",
            stages: stages, scale: report.framework.scale,
            rows: lines.map { line in
                let stage = respondent.scores.dimension(line.id)?.stage
                return .init(label: line.name, value: line.score, stage: stage, low: nil, high: nil,
                             valueLabel: line.score == nil ? "not scored" : "\(HTMLMarkup.score(line.score)) \(line.stageName ?? "")")
            },
            palette: palette, rangeName: nil)
        let barsTable = HTMLMarkup.table(
            caption: "Progress toward the next stage", header: ["Dimension", "Score", "Next stage", "Progress"],
            rows: report.content.person.filter { !$0.isOverall }.map { row in
                [HTMLMarkup.line(row.name), scoreCell(row.score.value),
                 row.nextStage.map(HTMLMarkup.line) ?? (row.score.value == nil ? "–" : "last stage"),
                 row.progress.map { progressBar($0) + (row.progressShown ?? "") } ?? "–"]
            }, textColumns: [2])
        let content = HTMLMarkup.figure(id: "figure-wheel", chart: radar.svg(), table: radarTable,
                                        caption: "The wheel: the further out, the more mature. Each ring is a stage.")
            + HTMLMarkup.figure(id: "figure-bars", chart: bars.svg(), table: barsTable,
                                caption: "Each bar ends at the score; a stage is reached at its whole number.")
        return section(id: "scores", title: "Scores by dimension", content)
    }

    static func singleCompleteness(_ report: Report, _ respondent: Report.Respondent) -> String {
        let scores = respondent.scores
        let summary = respondent.summary
        var text = "<p>\(scores.answered) of \(scores.total) questions were answered (\(Percentage.text(scores.completeness)))"
        text += summary.unanswered > 0 ? "; \(HTMLMarkup.count(summary.unanswered, "question was", "questions were")) left unanswered. " : ". "
        if summary.unknowns > 0 {
            text += "\(HTMLMarkup.count(summary.unknowns, "answer was", "answers were")) “don’t know”: "
                + "not knowing is a finding in itself, and finding out is a good first step.</p>"
        } else {
            text += "No question was answered “don’t know”.</p>"
        }
        let rows = zip(summary.dimensions, scores.dimensions).map { line, score in
            [HTMLMarkup.line(line.name), "\(score.answered) of \(score.total)", "\(score.dontKnow)", "\(score.notApplicable)",
             "\(score.total - score.answered)"]
        }
        let table = HTMLMarkup.table(caption: "Answers by dimension",
                                     header: ["Dimension", "Answered", "Don’t know", "Not applicable", "Unanswered"], rows: rows,
                                     className: "figures compact")
        return section(id: "completeness", title: "Completeness and unknowns", text + table)
    }

    static func singleNotes(_ report: Report, _ respondent: Report.Respondent) -> String {
        let response = respondent.response
        let notes = response.notes.filter { !$0.value.trimmingWhitespaceAndNewlines().isEmpty }
        guard !notes.isEmpty else { return "" }
        let framework = report.framework
        let order = framework.questions.map(\.id)
        let known = order.filter { notes[$0] != nil }
        let unknown = notes.keys.filter { !order.contains($0) }.sorted()
        var out = "<p>What was written beside the answers, in the order of the questions.</p>\n"
        for id in known + unknown {
            out += "<article class=\"note\">"
            if let (dimension, question) = framework.question(withID: id) {
                out += "<p class=\"note-question\"><span class=\"note-dimension\">\(HTMLMarkup.line(dimension.name))</span> "
                    + "\(HTMLMarkup.text(question.text))</p>"
                out += "<p class=\"note-answer\">Answer: \(answerText(response.answers[id], question: question, in: report))</p>"
            } else {
                out += "<p class=\"note-question\">Question “\(HTMLMarkup.line(id))” (not in this version of the framework)</p>"
            }
            out += "<blockquote>\(HTMLMarkup.lines(notes[id] ?? "").map { "<p>\(HTMLMarkup.text($0))</p>" }.joined())</blockquote>"
            out += "</article>\n"
        }
        return section(id: "notes", title: "Notes", out)
    }

    static func answerText(_ answer: Answer?, question: Question, in report: Report) -> String {
        switch answer {
        case nil: return "<span class=\"muted\">not answered</span>"
        case .dontKnow: return "don’t know"
        case .notApplicable: return "not applicable"
        case .stage(let id):
            guard let index = report.framework.stageIndex(of: id) else { return HTMLMarkup.line(id) }
            let statement = question.statements.indices.contains(index) ? " — “\(HTMLMarkup.text(question.statements[index]))”" : ""
            let guidance = question.guidance(forStatementAt: index).map { " <span class=\"muted\">(\(HTMLMarkup.text($0)))</span>" } ?? ""
            return "\(stageTag(index, in: report))\(statement)\(guidance)"
        }
    }
}
