import MaturityCore

/// The workshop view on screen: big block bars, high contrast, few words, readable from the
/// back of a room. No names are ever drawn: only figures, and groups above the minimum size.
extension PresenterState {
    public func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= Frame.minimumSize.width, size.height >= Frame.minimumSize.height else {
            frame.drawTooSmall(need: Frame.minimumSize)
            return frame
        }
        drawHeader(into: &frame)
        let top = 3
        let bottom = size.height - 1
        let width = size.width - 2
        let lines: [StyledLine]
        if hidden && view != .help && view != .problems {
            lines = centred(["Results hidden", "", "Answer first: the picture appears when the host presses Space."],
                            height: bottom - top)
        } else {
            switch view {
            case .overview: lines = overviewLines(width: width, height: bottom - top)
            case .dimension(let index): lines = dimensionLines(index, width: width, height: bottom - top)
            case .disagreements: lines = disagreementLines(width: width)
            case .problems: lines = problemLines(width: width)
            case .help: lines = helpLines()
            }
        }
        frame.place(lines, top: top, bottom: bottom, scroll: scroll)
        var column = 1
        for (key, meaning) in [("←→", "dimension"), ("o", "overview"), ("d", "differences"), ("g", "group"),
                               ("Space", hidden ? "show" : "hide"), ("f", frozen ? "unfreeze" : "freeze"),
                               ("e", "errors"), ("?", "help"), ("q", "quit")] {
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(meaning)
            if column + needed > size.width - 1 { break }
            column += frame.put(key, row: size.height - 1, column: column, role: .keyHint)
            column += frame.put(" " + meaning + "  ", row: size.height - 1, column: column, role: .dim)
        }
        return frame
    }

    func drawHeader(into frame: inout Frame) {
        // The counts come first: on a narrow screen the title gives way, and the unreadable
        // count moves to the second line.
        let complete = shown.complete.count
        var status = "\(complete) response\(complete == 1 ? "" : "s")   \(shown.inProgress) in progress"
        let unreadable = shown.unusable.isEmpty ? nil : "\(shown.unusable.count) unreadable (e)"
        var unreadableOnSecondRow = false
        if let unreadable {
            if DisplayWidth.of(status + "   " + unreadable) + 12 <= frame.size.width {
                status += "   " + unreadable
            } else {
                unreadableOnSecondRow = true
            }
        }
        let statusWidth = DisplayWidth.of(status)
        frame.put(framework.title, row: 0, column: 1, role: .title, maxWidth: max(0, frame.size.width - statusWidth - 4))
        frame.put(status, row: 0, column: max(1, frame.size.width - statusWidth - 1), role: .heading)
        if unreadableOnSecondRow, let unreadable {
            frame.put(unreadable, row: 1, column: max(1, frame.size.width - DisplayWidth.of(unreadable) - 1), role: .warning)
        }
        var caption: String
        switch view {
        case .overview: caption = "All dimensions"
        case .dimension(let index): caption = "\(framework.dimensions[index].name)  (dimension \(index + 1) of \(framework.dimensions.count))"
        case .disagreements: caption = "Where people differ"
        case .problems: caption = "Files that could not be used"
        case .help: caption = "Keys"
        }
        if grouping != .none { caption += "   grouped by \(grouping == .team ? "team" : "role")" }
        let room = frame.size.width - 2 - (unreadableOnSecondRow ? DisplayWidth.of(unreadable ?? "") + 2 : 0)
        let column = frame.put(caption, row: 1, column: 1, role: .heading, maxWidth: room)
        if frozen {
            frame.put(waiting == nil ? "   FROZEN" : "   FROZEN: new answers waiting", row: 1, column: 1 + column, role: .warning)
        }
        frame.put(String(repeating: "━", count: frame.size.width), row: 2, column: 0, role: .dim)
    }

    func centred(_ texts: [String], height: Int) -> [StyledLine] {
        Array(repeating: StyledLine.blank, count: max(0, (height - texts.count) / 3))
            + texts.map { StyledLine("  " + $0, role: .heading) }
    }

    /// A bar for a score on the 1...N scale: filled blocks up to the score.
    func bar(_ score: Double?, width: Int) -> StyledLine {
        var line = StyledLine()
        guard let score, width > 0 else {
            line.append(String(repeating: "·", count: max(0, width)), role: .barEmpty)
            return line
        }
        let stages = framework.stages.count
        let filled = min(width, max(1, Int((Double(width) * score / Double(stages)).rounded())))
        line.append(String(repeating: "█", count: filled), role: .stage(Scoring.stageIndex(for: score, stageCount: stages) * 5 / max(stages, 1)))
        line.append(String(repeating: "░", count: width - filled), role: .barEmpty)
        return line
    }

    func label(_ text: String, width: Int) -> String {
        var text = text
        if DisplayWidth.of(text) > width { text = String(DisplayWidth.prefix(of: text, fitting: max(1, width - 1))) + "…" }
        return text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    func stageName(_ score: Double?) -> String {
        guard let score else { return "" }
        return framework.stages[Scoring.stageIndex(for: score, stageCount: framework.stages.count)].name
    }

    func waitingLines() -> [StyledLine] {
        ["", "Waiting for answers…", "", "\(shown.inProgress) in progress"].map { StyledLine("  " + $0, role: .heading) }
    }

    func overviewLines(width: Int, height: Int) -> [StyledLine] {
        guard !shown.complete.isEmpty else { return waitingLines() }
        let nameWidth = min(20, framework.dimensions.map { DisplayWidth.of($0.name) }.max() ?? 10)
        let barWidth = max(10, width - nameWidth - 28)
        var lines: [StyledLine] = []
        for (index, dimension) in framework.dimensions.enumerated() {
            let figures = summary.dimensions[index].scores
            if let breakdown, !breakdown.groups.isEmpty {
                lines.append(StyledLine(dimension.name, role: .heading))
                for group in breakdown.groups {
                    let mean = group.summary.dimensions[index].scores.mean
                    var line = StyledLine("  " + label(group.name, width: nameWidth) + " ")
                    line.runs += bar(mean, width: barWidth).runs
                    line.append("  " + Scoring.display(mean), role: .heading)
                    lines.append(line)
                }
                continue
            }
            var line = StyledLine(label(dimension.name, width: nameWidth) + "  ", role: .heading)
            line.runs += bar(figures.mean, width: barWidth).runs
            line.append("  " + (figures.mean.map { Scoring.display($0) } ?? "—") + "  ", role: .heading)
            line.append(label(stageName(figures.mean), width: 11), role: .chosen)
            if let stats = figures.statistics {
                line.append(" \(Scoring.display(stats.minimum))–\(Scoring.display(stats.maximum))", role: summary.dimensions[index].isDisagreement ? .warning : .dim)
            }
            lines.append(line)
            // Thick bars where there is room: a second row of the same blocks.
            if breakdown == nil && framework.dimensions.count * 2 <= height {
                var second = StyledLine(String(repeating: " ", count: nameWidth + 2))
                second.runs += bar(figures.mean, width: barWidth).runs
                lines.append(second)
            }
        }
        if let breakdown {
            lines.append(.blank)
            if breakdown.groups.isEmpty {
                lines.append(StyledLine("No \(grouping == .team ? "team" : "role") has \(minimumGroupSize) or more people yet.", role: .dim))
            }
            if breakdown.hidden.groups > 0 {
                lines.append(StyledLine("\(breakdown.hidden.groups) smaller group\(breakdown.hidden.groups == 1 ? "" : "s") (\(breakdown.hidden.people) people) not shown on their own; everyone counts in the whole.", role: .dim))
            }
        }
        return lines
    }
}
