import MaturityCore

/// The per-dimension, disagreement, problem, help and waiting views of the workshop screen.
extension PresenterState {
    /// Before the room has the minimum number of answers: how many there are, and nothing else.
    func waitingLines(width: Int) -> [StyledLine] {
        var lines = [StyledLine.blank]
        if figures.respondents == 0 {
            lines += StyledLine.wrapped(folder.isEmpty ? words.presenterWaiting : words.presenterWaitingIn(folder),
                                        width: width - 2, role: .heading, indent: 2)
        } else {
            lines += StyledLine.wrapped(words.presenterAnswersSoFar(figures.respondents, minimumGroupSize),
                                        width: width - 2, role: .heading, indent: 2)
            lines.append(.blank)
            lines += StyledLine.wrapped(words.presenterFiguresAppear(minimumGroupSize),
                                        width: width - 2, role: .dim, indent: 2)
        }
        lines += [.blank, StyledLine("  " + words.presenterInProgress(shown.inProgress), role: .heading)]
        return lines
    }

    func dimensionLines(_ index: Int, width: Int, height: Int) -> [StyledLine] {
        guard let summary else { return waitingLines(width: width) }
        let row = self.figures.rows[index]
        var lines: [StyledLine] = []
        if row.mean.value != nil {
            lines.append(StyledLine(words.presenterMean(row.mean.shown, row.mean.stageName ?? ""), role: .heading))
        } else {
            lines.append(StyledLine(words.presenterNotScoredYet, role: .warning))
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
            if stageIndex == row.mean.stageIndex { line.append("  " + words.presenterMeanMarker, role: .warning) }
            lines.append(line)
            if framework.stages.count * 2 + 3 <= height { lines.append(.blank) }
        }
        if let groups, !groups.lines(words: words.reportWords).isEmpty {
            lines.append(.blank)
            for group in groups.lines(words: words.reportWords) {
                let mean = ScoreText(group.summary.dimensions[index].scores.mean, in: framework)
                lines += StyledLine.wrapped(words.presenterGroupScore(group.name, mean.shown, mean.stageName ?? ""), width: width, role: .dim)
            }
        }
        let unknowns = row.unknowns
        if unknowns > 0 { lines.append(StyledLine(words.presenterUnknownAnswers(unknowns), role: .dim)) }
        return lines
    }

    /// Where people differ: the dimensions the room is split on, as the reports name them.
    func disagreementLines(width: Int) -> [StyledLine] {
        guard let splits = figures.splits else { return waitingLines(width: width) }
        var lines: [StyledLine] = []
        if splits.shown.isEmpty {
            lines += StyledLine.wrapped(words.presenterNoSplit, width: width, role: .heading)
            lines.append(.blank)
        }
        for item in splits.shown {
            lines += StyledLine.wrapped(words.presenterSplit(item.dimensionName, item.sentence),
                                        width: width, role: .heading)
            for question in item.questions {
                lines += StyledLine.wrapped(words.presenterSplitQuestion(question.text, question.lowPeople, question.lowStages,
                                                                         question.highPeople, question.highStages), width: width, indent: 2)
            }
            lines.append(.blank)
        }
        if !splits.notShown.isEmpty {
            lines += StyledLine.wrapped(words.presenterAlsoSplit(splits.notShown.joined(separator: ", ")), width: width)
            lines.append(.blank)
        }
        if !splits.farFromTheMiddle.isEmpty {
            lines += StyledLine.wrapped(words.presenterFarFromTheRest, width: width, role: .dim)
            for note in splits.farFromTheMiddle {
                lines += StyledLine.wrapped(words.presenterFarNote(note.dimensionName, note.sentence), width: width, role: .dim, indent: 2)
            }
            lines.append(.blank)
        }
        lines += StyledLine.wrapped(words.reportWords(.splitRule), width: width, role: .dim)
        return lines
    }

    /// The files that could not be used, numbered, never named: a file name or a quoted value
    /// can hold a person's name, and this is on a projector. The host sees the details off
    /// screen with `maturity report`.
    /// Why a file is not used, in the view's language; a file's own error is said as the
    /// command line says it (in English), its quoted values already taken out.
    func reason(_ item: FolderSnapshot.Unusable) -> String {
        switch item.kind {
        case .error: return item.reason
        case .cannotBeRead: return words.presenterReasonCannotBeRead
        case .detailsHidden: return words.presenterReasonDetailsHidden
        case .otherFramework(let id?): return words.presenterReasonOtherFramework(id)
        case .otherFramework(nil): return words.presenterReasonUnknownFramework
        }
    }

    func problemLines(width: Int) -> [StyledLine] {
        guard !shown.unusable.isEmpty else {
            return [StyledLine(words.presenterEveryFileRead, role: .heading), .blank, StyledLine(words.presenterEGoesBack, role: .dim)]
        }
        var lines: [StyledLine] = []
        for (index, item) in shown.unusable.enumerated() {
            let reason = reason(item)
            let text = item.line.map { words.presenterFileProblemOnLine(index + 1, $0, reason) } ?? words.presenterFileProblem(index + 1, reason)
            lines += StyledLine.wrapped(text, width: width, indent: 0)
        }
        lines.append(.blank)
        let folderName = folder.isEmpty ? words.presenterFolderWord : folder
        lines += StyledLine.wrapped(words.presenterFileNamesOffScreen,
                                    width: width, role: .dim)
        lines += StyledLine.wrapped("maturity report \(folderName) > /dev/null", width: width, role: .keyHint, indent: 2)
        lines.append(StyledLine(words.presenterEGoesBack, role: .dim))
        return lines
    }

    func helpLines(width: Int) -> [StyledLine] {
        let keys = [("← →", words.presenterHelpViews), ("↑ ↓", words.presenterHelpScroll), ("o", words.presenterHelpOverview),
                    ("d", words.presenterHelpDifferences), ("g", words.presenterHelpGroup), (words.presenterKeySpace, words.presenterHelpHide),
                    ("f", words.presenterHelpFreeze), ("e", words.presenterHelpErrors),
                    ("?", words.presenterHelpHelp)]
            + (room == nil ? [("q", words.presenterHelpQuit)]
                : [("j", words.presenterHelpJoin), ("q", words.presenterHelpEnd)])
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
        lines += StyledLine.wrapped(words.presenterNoNames(minimumGroupSize),
                                    width: width, role: .dim)
        return lines
    }

    /// Why "3.0" can sit beside the second stage: a stage counts only once it is reached.
    func stageRuleSentence() -> String {
        let stages = framework.stages.map(\.name)
        guard stages.count >= 3 else { return words.presenterStageRuleShort }
        return words.presenterStageRule("2.96", "2.9", stages[1], stages[2])
    }
}
