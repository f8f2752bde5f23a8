import MaturityCore

/// The results screen: every dimension as a bar with its score and stage, the overall stage,
/// strongest and weakest, the unknowns, the next steps, and where the file is.
extension AppState {
    public var summary: ResultSummary {
        ResultSummary(scores: Scoring.score(response, in: framework), framework: framework, answers: response.answers)
    }

    /// Progress toward the next stage as a whole percentage, as the reports say it (`Percentage`).
    public static func percent(_ progress: Double) -> Int {
        Percentage.whole(progress)
    }

    /// The questions answered "don't know", with their numbers (from 1) as on the question screens.
    var unknownQuestions: [(number: Int, question: Question)] {
        questions.enumerated().compactMap { index, ref in
            response.answers[ref.question.id] == .dontKnow ? (index + 1, ref.question) : nil
        }
    }

    func resultLines(width: Int) -> [StyledLine] {
        let summary = self.summary
        let scale = framework.scale
        var lines = [StyledLine(words.yourResults, role: .heading)]
        lines.append(.blank)
        if let overall = summary.overall, let stage = summary.overallStageName {
            var line = StyledLine(words.overallPrefix)
            line.append(stage, role: .chosen)
            line.append("  " + words.scoreOutOf(Scoring.display(overall), scale.maximumText))
            lines.append(line)
            if let next = summary.nextStageName, let progress = summary.progressToNext, progress >= 0.01 {
                lines += StyledLine.wrapped(words.onTheWay(next, Self.percent(progress)),
                                            width: width, role: .dim)
            }
        } else {
            lines += StyledLine.wrapped(words.notScoredYet, width: width, role: .warning)
        }
        lines.append(.blank)

        let names = summary.dimensions.map(\.name) + summary.areas.map(\.name)
        let nameWidth = min(18, names.map { DisplayWidth.of($0) }.max() ?? 0)
        let barWidth = max(5, min(30, width - nameWidth - 22))
        for line in summary.dimensions {
            lines.append(scoreRow(line.name, line.score, line.stageName, nameWidth: nameWidth, barWidth: barWidth))
        }
        if !summary.areas.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine(words.areasHeading, role: .heading))
            for area in summary.areas {
                lines.append(scoreRow(area.name, area.score, area.stageName, nameWidth: nameWidth, barWidth: barWidth))
            }
        }
        lines.append(.blank)
        if !summary.strongest.isEmpty {
            lines += StyledLine.wrapped(words.strongestAndWeakest(summary.strongest.joined(separator: ", "), summary.weakest.joined(separator: ", ")),
                                        width: width)
        }
        let unknown = unknownQuestions
        if !unknown.isEmpty {
            lines += StyledLine.wrapped(words.unknownsIntro(unknown.count), width: width, role: .warning)
            let labelWidth = "Q\(unknown.map(\.number).max() ?? 0)".count
            for (number, question) in unknown {
                let label = "Q\(number)"
                lines.append(StyledLine(Self.shortened("  " + label + String(repeating: " ", count: labelWidth - label.count + 2) + question.text, to: width)))
            }
        }
        if summary.unanswered > 0 {
            lines += StyledLine.wrapped(words.unansweredAdvice(summary.unanswered), width: width, role: .warning)
        }
        if !summary.nextSteps.isEmpty || !summary.questionSteps.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine(words.nextSteps, role: .heading))
            for step in summary.nextSteps {
                lines += StyledLine.wrapped(words.nextStepHeading(step.dimensionName, step.fromStage, step.toStage), width: width, role: .chosen)
                lines += StyledLine.wrapped(step.text.trimmed, width: width, indent: 2)
            }
            for step in summary.questionSteps {
                lines += StyledLine.wrapped(words.questionStepHeading(step.number, step.stage, step.questionText), width: width, role: .chosen)
                lines += StyledLine.wrapped(step.text.trimmed, width: width, indent: 2)
            }
        }
        lines.append(.blank)
        if let workshop {
            if response.status == .complete {
                lines += StyledLine.wrapped(words.workshopSavedComplete, width: width, role: .success)
            } else {
                lines += rejoinLines(workshop, width: width)
            }
        } else if let savedPath {
            lines += StyledLine.wrapped(words.savedIn(SafeText.sanitize(savedPath, keepNewlines: false)), width: width, role: .success)
        }
        return lines
    }

    /// "Name  ██████░░░░  Score 2.3  Developing", or the empty bar and "not scored".
    func scoreRow(_ label: String, _ score: Double?, _ stageName: String?, nameWidth: Int, barWidth: Int) -> StyledLine {
        let scale = framework.scale
        let stageCount = framework.stages.count
        var name = label
        if DisplayWidth.of(name) > nameWidth { name = String(DisplayWidth.prefix(of: name, fitting: nameWidth - 1)) + "…" }
        var row = StyledLine(name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)) + 2))
        if let score {
            let stage = scale.stageIndex(for: score)
            let filled = Int((Double(barWidth) * scale.fraction(of: score)).rounded())
            row.append(String(repeating: "█", count: filled), role: .stage(stage * 5 / max(stageCount, 1)))
            row.append(String(repeating: "░", count: barWidth - filled), role: .barEmpty)
            row.append("  " + words.score(Scoring.display(score)) + "  ")
            row.append(stageName ?? "", role: .chosen)
        } else {
            row.append(String(repeating: "░", count: barWidth), role: .barEmpty)
            row.append("  " + words.notScored, role: .dim)
        }
        return row
    }
}
