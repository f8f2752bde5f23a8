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
        let words = report.words
        let summary = respondent.summary
        let scores = respondent.scores
        guard let overall = report.content.person.last else { return "" }
        var cards = card(words.html(.htmlOverallScore), HTMLMarkup.line(words.score(overall.score)),
                         overall.score.stageName.map { words.html(.htmlStageIs, ["stage": $0]) } ?? words.html(.htmlNoDimensionScored))
        if let next = overall.nextStage, let progress = overall.progress, let shown = overall.progressShown {
            cards += card(words.html(.htmlToward, ["stage": next]), HTMLMarkup.line(shown), progressBar(progress)
                          + words.html(.htmlWayFromTo, ["stage": overall.score.stageName ?? "", "next": next]))
        } else if overall.score.value != nil {
            cards += card(words.html(.columnStage), HTMLMarkup.line(overall.score.stageName ?? ""), words.html(.htmlLastStageOfFramework))
        }
        cards += card(words.html(.htmlQuestionsAnswered),
                      words.html(.htmlOfTotal, ["answered": words.number(overall.answered), "total": words.number(overall.total)]),
                      words.html(.htmlPercentComplete, ["percent": words.percent(scores.completeness)]))
        cards += card(words.html(.htmlColumnDontKnow), words.htmlNumber(summary.unknowns), words.html(.htmlAnswersWord, count: summary.unknowns))
        var text = ""
        if !summary.strongest.isEmpty {
            func strong(_ names: [String]) -> String { "<strong>\(HTMLMarkup.line(words.list(names)))</strong>" }
            text += "<p>" + words.html(.htmlStrongest, markup: ["strongest": strong(summary.strongest), "weakest": strong(summary.weakest)])
                + "</p>"
        }
        return section(id: "summary", title: words.html(.htmlAtAGlance), "<div class=\"cards\">\(cards)</div>\n\(text)")
    }

    /// A card; its label, value and note are markup.
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
        let words = report.words
        let lines = respondent.summary.dimensions
        let palette = StagePalette(stageCount: report.framework.stages.count)
        let stages = report.framework.stages.map(\.name)
        let radar = SVGRadarChart(
            id: "chart-wheel", title: words(.htmlSingleWheelTitle),
            description: words(.htmlSingleWheelDescription, ["scale": scaleText(report)]),
            axes: lines.map(\.name), stages: stages, scale: report.framework.scale, axisValues: lines.map { words.score($0.score) },
            series: [.init(name: words(.columnScore), values: lines.map(\.score), style: .primary)], band: nil, words: words)
        let radarTable = HTMLMarkup.table(
            caption: words.html(.htmlScoresByDimension),
            header: [words.html(.columnDimension), words.html(.columnScore), words.html(.columnStage)],
            rows: lines.map { line in
                [HTMLMarkup.line(line.name), scoreCell(line.score, words), stageTag(respondent.scores.dimension(line.id)?.stage, in: report)]
            }, textColumns: [2])
        let bars = SVGScoreBars(
            id: "chart-bars", title: words(.htmlSingleBarsTitle),
            description: words(.htmlSingleBarsDescription, ["scale": scaleText(report)]),
            stages: stages, scale: report.framework.scale,
            rows: lines.map { line in
                let stage = respondent.scores.dimension(line.id)?.stage
                return .init(label: line.name, value: line.score, stage: stage, low: nil, high: nil,
                             valueLabel: line.score == nil ? words(.notScored)
                                : words(.htmlScoreStage, ["score": words.score(line.score), "stage": line.stageName ?? ""]))
            },
            palette: palette, rangeName: nil, words: words)
        let barsTable = HTMLMarkup.table(
            caption: words.html(.htmlProgressCaption),
            header: [words.html(.columnDimension), words.html(.columnScore), words.html(.htmlColumnNextStage), words.html(.htmlColumnProgress)],
            rows: report.content.person.filter { !$0.isOverall }.map { row in
                [HTMLMarkup.line(row.name), scoreCell(row.score.value, words),
                 row.nextStage.map(HTMLMarkup.line) ?? (row.score.value == nil ? "–" : words.html(.lastStage)),
                 row.progress.map { progressBar($0) + HTMLMarkup.line(row.progressShown ?? "") } ?? "–"]
            }, textColumns: [2])
        let content = HTMLMarkup.figure(id: "figure-wheel", chart: radar.svg(), table: radarTable, caption: words.html(.htmlSingleWheelCaption))
            + HTMLMarkup.figure(id: "figure-bars", chart: bars.svg(), table: barsTable, caption: words.html(.htmlSingleBarsCaption))
        return section(id: "scores", title: words.html(.htmlScoresByDimension), content)
    }

    static func singleCompleteness(_ report: Report, _ respondent: Report.Respondent) -> String {
        let words = report.words
        let scores = respondent.scores
        let summary = respondent.summary
        let answered = ["answered": words.number(scores.answered), "total": words.number(scores.total),
                        "percent": words.percent(scores.completeness)]
        var text = "<p>" + (summary.unanswered > 0
            ? words.html(.htmlCompletenessUnanswered, count: summary.unanswered, answered)
            : words.html(.htmlCompletenessAnswered, answered)) + " "
        text += (summary.unknowns > 0 ? words.html(.htmlUnknowns, count: summary.unknowns) : words.html(.htmlNoUnknowns)) + "</p>"
        let rows = zip(summary.dimensions, scores.dimensions).map { line, score in
            [HTMLMarkup.line(line.name),
             words.html(.htmlOfTotal, ["answered": words.number(score.answered), "total": words.number(score.total)]),
             words.htmlNumber(score.dontKnow), words.htmlNumber(score.notApplicable), words.htmlNumber(score.total - score.answered)]
        }
        let header: [ReportPhrase] = [.columnDimension, .columnAnswered, .htmlColumnDontKnow, .notApplicable, .htmlColumnUnanswered]
        let table = HTMLMarkup.table(caption: words.html(.htmlAnswersByDimension), header: header.map { words.html($0) }, rows: rows,
                                     className: "figures compact")
        return section(id: "completeness", title: words.html(.htmlCompleteness), text + table)
    }

    static func singleNotes(_ report: Report, _ respondent: Report.Respondent) -> String {
        let words = report.words
        let response = respondent.response
        let notes = response.notes.filter { !$0.value.trimmingWhitespaceAndNewlines().isEmpty }
        guard !notes.isEmpty else { return "" }
        let framework = report.framework
        let order = framework.questions.map(\.id)
        let known = order.filter { notes[$0] != nil }
        let unknown = notes.keys.filter { !order.contains($0) }.sorted()
        var out = "<p>\(words.html(.htmlNotesIntro))</p>\n"
        for id in known + unknown {
            out += "<article class=\"note\">"
            if let (dimension, question) = framework.question(withID: id) {
                out += "<p class=\"note-question\"><span class=\"note-dimension\">\(HTMLMarkup.line(dimension.name))</span> "
                    + "\(HTMLMarkup.text(question.text))</p>"
                out += "<p class=\"note-answer\">"
                    + words.html(.htmlAnswer, markup: ["answer": answerText(response.answers[id], question: question, in: report)]) + "</p>"
            } else {
                out += "<p class=\"note-question\">\(words.html(.htmlQuestionNotInFramework, ["id": id]))</p>"
            }
            out += "<blockquote>\(HTMLMarkup.lines(notes[id] ?? "").map { "<p>\(HTMLMarkup.text($0))</p>" }.joined())</blockquote>"
            out += "</article>\n"
        }
        return section(id: "notes", title: words.html(.headingNotes), out)
    }

    static func answerText(_ answer: Answer?, question: Question, in report: Report) -> String {
        let words = report.words
        switch answer {
        case nil: return "<span class=\"muted\">\(words.html(.htmlNotAnswered))</span>"
        case .dontKnow: return words.html(.htmlAnswerDontKnow)
        case .notApplicable: return words.html(.notApplicableInSentence)
        case .stage(let id):
            guard let index = report.framework.stageIndex(of: id) else { return HTMLMarkup.line(id) }
            let statement = question.statements.indices.contains(index) ? " — " + words.html(.htmlQuoted, ["text": question.statements[index]]) : ""
            let guidance = question.guidance(forStatementAt: index).map { " <span class=\"muted\">(\(HTMLMarkup.text($0)))</span>" } ?? ""
            return "\(stageTag(index, in: report))\(statement)\(guidance)"
        }
    }
}
