import MaturityCore

/// The per-dimension, disagreement, problem, help and waiting views of the workshop screen.
extension PresenterState {
    /// Before the room has the minimum number of answers: how many there are, and nothing else.
    func waitingLines(width: Int) -> [StyledLine] {
        var lines = [StyledLine.blank]
        if figures.respondents == 0 {
            lines += StyledLine.wrapped(folder.isEmpty ? "Waiting for answers…" : "Waiting for answers in \(folder)",
                                        width: width - 2, role: .heading, indent: 2)
        } else {
            lines += StyledLine.wrapped("Answers so far: \(figures.respondents) of \(minimumGroupSize) needed",
                                        width: width - 2, role: .heading, indent: 2)
            lines.append(.blank)
            lines += StyledLine.wrapped("The figures appear once \(minimumGroupSize) people have answered, so that nobody's answers can be picked out.",
                                        width: width - 2, role: .dim, indent: 2)
        }
        lines += [.blank, StyledLine("  \(shown.inProgress) in progress", role: .heading)]
        return lines
    }

    func dimensionLines(_ index: Int, width: Int, height: Int) -> [StyledLine] {
        guard let summary else { return waitingLines(width: width) }
        let row = self.figures.rows[index]
        var lines: [StyledLine] = []
        if row.mean.value != nil {
            lines.append(StyledLine("Mean \(row.mean.shown): \(row.mean.stageName ?? "")", role: .heading))
        } else {
            lines.append(StyledLine("Not scored yet: everyone answered \"don't know\".", role: .warning))
        }
        lines.append(.blank)
        let nameWidth = min(16, framework.stages.map { DisplayWidth.of($0.name) }.max() ?? 8)
        let barWidth = max(5, width - nameWidth - 22)
        let most = max(1, row.histogram.max() ?? 1)
        for (stageIndex, count) in row.histogram.enumerated() {
            let stage = framework.stages[stageIndex]
            var line = StyledLine(label(stage.name, width: nameWidth) + "  ", role: .heading)
            let filled = count == 0 ? 0 : max(1, barWidth * count / most)
            line.append(String(repeating: "█", count: filled), role: .stage(stageIndex * 5 / max(framework.stages.count, 1)))
            line.append(String(repeating: " ", count: barWidth - filled))
            line.append(" \(count)", role: .heading)
            if stageIndex == row.mean.stageIndex { line.append("  ◀ mean", role: .warning) }
            lines.append(line)
            if framework.stages.count * 2 + 3 <= height { lines.append(.blank) }
        }
        if let groups, !groups.lines.isEmpty {
            lines.append(.blank)
            for group in groups.lines {
                let mean = ScoreText(group.summary.dimensions[index].scores.mean, in: framework)
                lines += StyledLine.wrapped("\(group.name): \(mean.shown)  \(mean.stageName ?? "")", width: width, role: .dim)
            }
        }
        let unknowns = row.unknowns
        if unknowns > 0 { lines.append(StyledLine("\(unknowns) \"don't know\" answer\(unknowns == 1 ? "" : "s")", role: .dim)) }
        return lines
    }

    /// Where people differ: the dimensions the room is split on, as the reports name them.
    func disagreementLines(width: Int) -> [StyledLine] {
        guard let splits = figures.splits else { return waitingLines(width: width) }
        var lines: [StyledLine] = []
        if splits.shown.isEmpty {
            lines += StyledLine.wrapped("No dimension splits the room.", width: width, role: .heading)
            lines.append(.blank)
        }
        for item in splits.shown {
            lines += StyledLine.wrapped("\(item.dimensionName): \(item.sentence). Why do we see it so differently?",
                                        width: width, role: .heading)
            for question in item.questions {
                lines += StyledLine.wrapped("• \(question.text) (\(question.lowPeople) chose \(question.lowStages), "
                                            + "\(question.highPeople) \(question.highStages))", width: width, indent: 2)
            }
            lines.append(.blank)
        }
        if !splits.notShown.isEmpty {
            lines += StyledLine.wrapped("Also split: \(splits.notShown.joined(separator: ", ")).", width: width)
            lines.append(.blank)
        }
        if !splits.farFromTheMiddle.isEmpty {
            lines += StyledLine.wrapped("Far from the rest, but not a split:", width: width, role: .dim)
            for note in splits.farFromTheMiddle {
                lines += StyledLine.wrapped("• \(note.dimensionName): \(note.sentence)", width: width, role: .dim, indent: 2)
            }
            lines.append(.blank)
        }
        lines += StyledLine.wrapped(SplitSection.rule, width: width, role: .dim)
        return lines
    }

    /// The files that could not be used, numbered, never named: a file name or a quoted value
    /// can hold a person's name, and this is on a projector. The host sees the details off
    /// screen with `maturity report`.
    func problemLines(width: Int) -> [StyledLine] {
        guard !shown.unusable.isEmpty else {
            return [StyledLine("Every file could be read.", role: .heading), .blank, StyledLine("Press e or Esc to go back.", role: .dim)]
        }
        var lines: [StyledLine] = []
        for (index, item) in shown.unusable.enumerated() {
            let place = item.line.map { "line \($0): " } ?? ""
            lines += StyledLine.wrapped("File \(index + 1): \(place)\(item.reason)", width: width, indent: 0)
        }
        lines.append(.blank)
        let folderName = folder.isEmpty ? "FOLDER" : folder
        lines += StyledLine.wrapped("File names stay off the screen. To see which files and why, away from the projector, run:",
                                    width: width, role: .dim)
        lines += StyledLine.wrapped("maturity report \(folderName) > /dev/null", width: width, role: .keyHint, indent: 2)
        lines.append(StyledLine("Press e or Esc to go back.", role: .dim))
        return lines
    }

    func helpLines(width: Int) -> [StyledLine] {
        let keys = [("← →", "previous / next view"), ("↑ ↓", "scroll a long view (PgUp PgDn too)"), ("o", "overview of every dimension"),
                    ("d", "where people differ most"), ("g", "group by team, by role, or not"), ("Space", "hide or show the results"),
                    ("f", "freeze the picture (new answers wait)"), ("e", "files that could not be used"),
                    ("?", "this help (Esc closes it)")]
            + (room == nil ? [("q", "quit")]
                : [("j", "how to join: the command, the key and the code, large"),
                   ("q", "end the workshop for everyone (asks first; answers are saved)")])
        let keyWidth = 10
        var lines: [StyledLine] = []
        for (key, meaning) in keys {
            for (index, part) in TextWrap.lines(meaning, width: max(1, width - keyWidth)).enumerated() {
                let prefix = index == 0 ? "  " + key : ""
                var line = StyledLine(prefix + String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(prefix))), role: .keyHint)
                line.append(part, role: .heading)
                lines.append(line)
            }
        }
        lines.append(.blank)
        lines += StyledLine.wrapped(stageRuleSentence(), width: width, role: .dim)
        lines += StyledLine.wrapped("No names are shown. Figures appear once \(minimumGroupSize) people have answered; groups under \(minimumGroupSize) are pooled, never shown on their own.",
                                    width: width, role: .dim)
        return lines
    }

    /// Why "3.0" can sit beside the second stage: a stage counts only once it is reached.
    func stageRuleSentence() -> String {
        let stages = framework.stages.map(\.name)
        guard stages.count >= 3 else { return "A stage counts only once the score reaches it; scores are shown rounded." }
        return "A stage counts only once the score reaches it: 2.96 is shown as 2.9, still \(stages[1]), on the way to \(stages[2])."
    }
}
