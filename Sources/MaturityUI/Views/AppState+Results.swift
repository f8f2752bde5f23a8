import MaturityCore

/// The results screen: how much the results rest on, the overall stage and what it means,
/// where to start, every dimension as a bar with its score, stage and what the stage means,
/// strongest and weakest (when most dimensions are scored), the unknowns, the rest of the next
/// steps by dimension, and where the file is.
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
        let scores = Scoring.score(response, in: framework)
        let summary = ResultSummary(scores: scores, framework: framework, answers: response.answers)
        let basis = ResultBasis(scores: scores)
        let guide = ResultGuide(scores: scores, framework: framework)
        let scale = framework.scale
        var lines = [StyledLine(words.yourResults, role: .heading)]
        lines.append(.blank)
        // How much of the picture the results rest on, before the headline.
        lines += StyledLine.wrapped(words.resultBasis(basis.scoredQuestions, basis.questions, basis.scoredDimensions, basis.dimensions),
                                    width: width)
        if summary.unanswered > 0 {
            lines += StyledLine.wrapped(words.unansweredAdvice(summary.unanswered), width: width, role: .warning)
        }
        if let overall = summary.overall, let stage = summary.overallStageName {
            var line = StyledLine(words.overallPrefix)
            line.append(stage, role: .chosen)
            line.append("  " + words.scoreOutOf(Scoring.display(overall), scale.maximumText))
            lines.append(line)
            if let description = framework.stages[scale.stageIndex(for: overall)].description {
                lines += StyledLine.wrapped(description.trimmed, width: width, indent: 2)
            }
            if let next = summary.nextStageName, let progress = summary.progressToNext, progress >= 0.01 {
                lines += StyledLine.wrapped(words.onTheWay(next, Self.percent(progress)), width: width, indent: 2)
            }
        } else {
            lines += StyledLine.wrapped(words.notScoredYet, width: width, role: .warning)
        }
        if let first = framework.stages.first, guide.showsFirstStage {
            lines += StyledLine.wrapped(words.firstStageIsAStart(first.name), width: width)
        }
        if !guide.whereToStart.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine(words.whereToStart, role: .heading))
            for step in guide.whereToStart {
                lines += StyledLine.wrapped(words.whereToStartStep(step.dimensionName, step.text), width: width, indent: 2)
            }
        }
        lines.append(.blank)

        let names = summary.dimensions.map(\.name) + summary.areas.map(\.name)
        let nameWidth = min(18, names.map { DisplayWidth.of($0) }.max() ?? 0)
        let barWidth = max(5, min(30, width - nameWidth - 22))
        for line in summary.dimensions {
            lines.append(scoreRow(line.name, line.score, line.stageName, nameWidth: nameWidth, barWidth: barWidth))
            // What the stage means, in a line.
            if let score = line.score, let description = framework.stages[scale.stageIndex(for: score)].description {
                lines.append(StyledLine(Self.shortened("  " + description.trimmed, to: width)))
            }
        }
        if !summary.areas.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine(words.areasHeading, role: .heading))
            for area in summary.areas {
                lines.append(scoreRow(area.name, area.score, area.stageName, nameWidth: nameWidth, barWidth: barWidth))
            }
        }
        lines.append(.blank)
        if !basis.namesStrongestAndWeakest {
            if basis.scoredDimensions > 0 { lines += StyledLine.wrapped(words.tooFewToCompare, width: width) }
        } else if !summary.strongest.isEmpty {
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
        if !guide.byDimension.isEmpty || !summary.questionSteps.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine(words.nextSteps, role: .heading))
            for group in guide.byDimension {
                guard let toward = group.toStage else {
                    lines += StyledLine.wrapped(words.keepItUp(group.dimensionName, group.fromStage), width: width, role: .chosen)
                    continue
                }
                lines += StyledLine.wrapped(words.nextStepHeading(group.dimensionName, group.fromStage, toward), width: width, role: .chosen)
                for step in group.steps { lines += StyledLine.wrapped(step, width: width, indent: 2) }
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
            row.append("  " + words.notScored)
        }
        return row
    }
}
