import MaturityCore

/// The overview: every dimension's mean as a bar, with its stage and the range of scores;
/// grouped, one bar per group shown.
extension PresenterState {
    /// Below this width the stage name leaves the overview (the dimension view shows it), so
    /// that the bar and the range keep their room.
    static let overviewStageWidth = 60

    func overviewLines(width: Int, height: Int) -> [StyledLine] {
        guard let summary else { return waitingLines(width: width) }
        if let groups { return groupedOverviewLines(groups, width: width) }
        let nameWidth = min(20, framework.dimensions.map { DisplayWidth.of($0.name) }.max() ?? 10)
        let showStage = width >= Self.overviewStageWidth
        let stageWidth = min(12, framework.stages.map { DisplayWidth.of($0.name) }.max() ?? 8)
        let rangeWidth = showStage ? 8 : 9
        let barWidth = max(4, width - nameWidth - 2 - 5 - (showStage ? 2 + stageWidth : 0) - rangeWidth - 1)
        // Thick bars where there is room: a second row of the same blocks.
        let thick = framework.dimensions.count * 2 <= height
        var lines: [StyledLine] = []
        for (index, row) in figures.rows.enumerated() where !row.isOverall {
            var line = StyledLine(label(row.name, width: nameWidth) + "  ", role: .heading)
            line.runs += bar(row.mean.value, width: barWidth).runs
            line.append("  " + (row.mean.value == nil ? "—" : words.score(row.mean.shown)), role: .heading)
            if showStage { line.append("  " + label(row.mean.stageName ?? "", width: stageWidth), role: .chosen) }
            if let range = row.range {
                line.append((showStage ? " " : "  ") + words.score(range), role: summary.dimensions[index].isDisagreement ? .warning : .dim)
            }
            lines.append(line)
            if thick {
                var second = StyledLine(String(repeating: " ", count: nameWidth + 2))
                second.runs += bar(row.mean.value, width: barWidth).runs
                lines.append(second)
            }
        }
        return lines + areaLines(width: width, stageWidth: showStage ? stageWidth : nil)
    }

    /// The framework's areas under the dimensions, each with its mean over people's area scores
    /// (a bar, the mean, the stage); nothing when the framework has no areas. Area names are
    /// longer than dimensions' ("Governance and accountability"): they get a third of the width.
    func areaLines(width: Int, stageWidth: Int?) -> [StyledLine] {
        let nameWidth = min(figures.areaRows.map { DisplayWidth.of($0.name) }.max() ?? 10, max(10, width / 3))
        let barWidth = max(4, width - nameWidth - 2 - 5 - (stageWidth.map { 2 + $0 } ?? 0) - 1)
        guard !figures.areaRows.isEmpty else { return [] }
        var lines: [StyledLine] = [.blank, StyledLine(words.areasHeading, role: .heading)]
        for row in figures.areaRows {
            var line = StyledLine(label(row.name, width: nameWidth) + "  ")
            line.runs += bar(row.mean.value, width: barWidth).runs
            line.append("  " + (row.mean.value == nil ? "—" : words.score(row.mean.shown)), role: .heading)
            if let stageWidth { line.append("  " + label(row.mean.stageName ?? "", width: stageWidth), role: .chosen) }
            lines.append(line)
        }
        return lines
    }

    func groupedOverviewLines(_ groups: GroupBreakdown, width: Int) -> [StyledLine] {
        let lines = groups.lines(words: words.reportWords)
        let nameWidth = min(lines.map { DisplayWidth.of($0.name) }.max() ?? 10, max(10, width / 3))
        let showStage = width >= Self.overviewStageWidth
        let stageWidth = min(12, framework.stages.map { DisplayWidth.of($0.name) }.max() ?? 8)
        let barWidth = max(4, width - 2 - nameWidth - 1 - 5 - (showStage ? 2 + stageWidth : 0))
        var result: [StyledLine] = []
        for (index, dimension) in framework.dimensions.enumerated() where !lines.isEmpty {
            result.append(StyledLine(dimension.name, role: .heading))
            for group in lines {
                let mean = ScoreText(group.summary.dimensions[index].scores.mean, in: framework)
                var line = StyledLine("  " + label(group.name, width: nameWidth) + " ")
                line.runs += bar(mean.value, width: barWidth).runs
                line.append("  " + (mean.value == nil ? "—" : words.score(mean.shown)), role: .heading)
                if showStage { line.append("  " + (mean.stageName ?? ""), role: .chosen) }
                result.append(line)
            }
        }
        if !result.isEmpty { result.append(.blank) }
        result += groupNote(groups, width: width)
        return result
    }

    /// One sentence on what the grouping leaves out, so the room knows nobody is missing.
    func groupNote(_ groups: GroupBreakdown, width: Int) -> [StyledLine] {
        let byRole = grouping == .role
        if groups.lines(words: words.reportWords).isEmpty {
            let sentence = groups.hidden.protecting > 0
                ? (byRole ? words.presenterRoleProtected : words.presenterTeamProtected)
                : (byRole ? words.presenterRoleTooSmall : words.presenterTeamTooSmall)(minimumGroupSize)
            return StyledLine.wrapped(sentence, width: width, role: .dim)
        }
        guard groups.othersLine(words: words.reportWords) != nil else { return [] }
        return StyledLine.wrapped(words.presenterGroupsPooled(minimumGroupSize),
                                  width: width, role: .dim)
    }

    /// A bar for a score on the 1...N scale: filled blocks up to the score.
    func bar(_ score: Double?, width: Int) -> StyledLine {
        var line = StyledLine()
        guard let score, width > 0 else {
            line.append(String(repeating: "·", count: max(0, width)), role: .barEmpty)
            return line
        }
        let stages = framework.stages.count
        let scale = framework.scale
        let filled = min(width, max(1, Int((Double(width) * scale.fraction(of: score)).rounded())))
        line.append(String(repeating: "█", count: filled), role: .stage(scale.stageIndex(for: score) * 5 / max(stages, 1)))
        line.append(String(repeating: "░", count: width - filled), role: .barEmpty)
        return line
    }

    /// Text cut or padded to exactly `width` columns.
    func label(_ text: String, width: Int) -> String {
        let text = fitted(text, width: width)
        return text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
