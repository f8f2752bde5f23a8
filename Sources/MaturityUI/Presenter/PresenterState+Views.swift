import MaturityCore

/// The per-dimension, disagreement, problem and help views of the workshop screen.
extension PresenterState {
    func dimensionLines(_ index: Int, width: Int, height: Int) -> [StyledLine] {
        guard !shown.complete.isEmpty else { return waitingLines() }
        let figures = summary.dimensions[index].scores
        var lines: [StyledLine] = []
        if let mean = figures.mean {
            lines.append(StyledLine("Mean \(Scoring.display(mean)): \(stageName(mean))", role: .heading))
        } else {
            lines.append(StyledLine("Not scored yet: everyone answered \"don't know\".", role: .warning))
        }
        lines.append(.blank)
        let nameWidth = min(16, framework.stages.map { DisplayWidth.of($0.name) }.max() ?? 8)
        let barWidth = max(5, width - nameWidth - 22)
        let most = max(1, figures.histogram.bins.map(\.count).max() ?? 1)
        let meanStage = figures.mean.map { Scoring.stageIndex(for: $0, stageCount: framework.stages.count) }
        for (stageIndex, bin) in figures.histogram.bins.enumerated() {
            let stage = framework.stages[stageIndex]
            var line = StyledLine(label(stage.name, width: nameWidth) + "  ", role: .heading)
            let filled = bin.count == 0 ? 0 : max(1, barWidth * bin.count / most)
            line.append(String(repeating: "█", count: filled), role: .stage(stageIndex * 5 / max(framework.stages.count, 1)))
            line.append(String(repeating: " ", count: barWidth - filled))
            line.append(" \(bin.count)", role: .heading)
            if stageIndex == meanStage { line.append("  ◀ mean", role: .warning) }
            lines.append(line)
            if framework.stages.count * 2 + 3 <= height { lines.append(.blank) }
        }
        if let breakdown, !breakdown.groups.isEmpty {
            lines.append(.blank)
            for group in breakdown.groups {
                let mean = group.summary.dimensions[index].scores.mean
                lines.append(StyledLine("\(group.name): \(Scoring.display(mean))  \(stageName(mean))", role: .dim))
            }
        }
        let unknowns = summary.dimensions[index].unknowns
        if unknowns > 0 { lines.append(StyledLine("\(unknowns) \"don't know\" answer\(unknowns == 1 ? "" : "s")", role: .dim)) }
        return lines
    }

    func disagreementLines(width: Int) -> [StyledLine] {
        guard !shown.complete.isEmpty else { return waitingLines() }
        let flagged = summary.dimensions.enumerated().filter { $0.element.isDisagreement }
        guard !flagged.isEmpty else {
            return StyledLine.wrapped("No big differences: in every dimension, people's scores are within two stages of each other.",
                                      width: width, role: .heading)
        }
        var lines: [StyledLine] = []
        for (index, dimension) in flagged {
            let name = framework.dimensions[index].name
            let stats = dimension.scores.statistics
            lines += StyledLine.wrapped("\(name): scores from \(Scoring.display(stats?.minimum)) to \(Scoring.display(stats?.maximum)). Why do we see it so differently?",
                                        width: width, role: .heading)
            for spread in dimension.widestQuestions.prefix(2) {
                guard let question = framework.question(withID: spread.questionID)?.question else { continue }
                let low = framework.stages[max(0, spread.lowest - 1)].name
                let high = framework.stages[min(framework.stages.count - 1, spread.highest - 1)].name
                lines += StyledLine.wrapped("• \(question.text) (answers from \(low) to \(high))", width: width, indent: 2)
            }
            lines.append(.blank)
        }
        return lines
    }

    func problemLines(width: Int) -> [StyledLine] {
        guard !shown.unusable.isEmpty else { return [StyledLine("Every file could be read.", role: .heading)] }
        return shown.unusable.flatMap { item in
            StyledLine.wrapped("\(item.file): \(item.reason)", width: width)
        } + [.blank, StyledLine("Press e or Esc to go back.", role: .dim)]
    }

    func helpLines() -> [StyledLine] {
        [("← →", "previous / next dimension"), ("↑ ↓", "scroll a long view"), ("o", "overview of every dimension"), ("d", "where people differ most"),
         ("g", "group by team, by role, or not"), ("Space", "hide or show the results"),
         ("f", "freeze the picture (new answers wait)"), ("e", "files that could not be used"),
         ("?", "this help"), ("q", "quit")].map { key, meaning in
            var line = StyledLine("  " + key + String(repeating: " ", count: max(1, 8 - DisplayWidth.of(key))), role: .keyHint)
            line.append(meaning, role: .heading)
            return line
        } + [.blank, StyledLine("Groups smaller than \(minimumGroupSize) are never shown on their own. No names are shown.", role: .dim)]
    }
}
