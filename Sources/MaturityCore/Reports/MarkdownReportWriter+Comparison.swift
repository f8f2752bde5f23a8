extension MarkdownReportWriter {
    // MARK: - Over time

    /// The group means at each point in time, then each step's change and stage movement.
    static func change(_ overTime: ChangeOverTime, _ report: Report) -> [String] {
        let framework = report.framework
        let labels = overTime.points.map { $0.firstDay == $0.lastDay ? $0.firstDay : "\($0.firstDay) to \($0.lastDay)" }
        let grouping = "a gap of more than \(count(overTime.maximumGapDays, "day", "days")) between responses starts a new round"
        var means = Table(["Dimension"] + zip(labels, overTime.points).map { "\($0) (\($1.summary.respondents))" })
        for (index, dimension) in framework.dimensions.enumerated() {
            means.add([text(dimension.name)] + overTime.points.map { Scoring.display($0.summary.dimensions[index].scores.mean) })
        }
        means.add(["**Overall**"] + overTime.points.map { Scoring.display($0.summary.overall.mean) })

        var lines = ["## Change over time", "",
                     // Text from a file never starts a line, where it could start a list.
                     "The responses of \(text(overTime.organisation)) in \(overTime.points.count) rounds "
                        + "(\(grouping)). Group means, with the number of responses in brackets:", ""]
        lines += means.lines + [""]
        for step in overTime.steps {
            var table = Table(["Dimension", "Before", "After", "Change", "Stage"])
            table.alignments[4] = .left
            for (dimension, item) in zip(framework.dimensions, step.dimensions) {
                table.add(changeRow(text(dimension.name), item.change, framework))
            }
            table.add(changeRow("**Overall**", step.overall, framework))
            lines += ["### From \(labels[step.from]) to \(labels[step.to])", ""] + table.lines + [""]
        }
        lines += ["▲ a stage up, ▼ a stage down, = the same stage. A stage moves only when the whole part of the "
                    + "mean changes: 2.9 to 3.0 moves up, 2.1 to 2.9 does not.", ""]
        return lines
    }

    static func changeRow(_ name: String, _ change: ScoreChange, _ framework: Framework) -> [String] {
        let count = framework.stages.count
        let before = change.before.map { Scoring.stageIndex(for: $0, stageCount: count) }
        let after = change.after.map { Scoring.stageIndex(for: $0, stageCount: count) }
        let stage: String
        switch change.movement {
        case .up: stage = "▲ up: \(stageName(before, framework)) to \(stageName(after, framework))"
        case .down: stage = "▼ down: \(stageName(before, framework)) to \(stageName(after, framework))"
        case .same: stage = "= same: \(stageName(after, framework))"
        case nil:
            stage = change.before == nil && change.after == nil ? "no figure: not scored at either point"
                : change.before == nil ? "no figure: not scored at the earlier point" : "no figure: not scored at the later point"
        }
        return [name, Scoring.display(change.before), Scoring.display(change.after),
                ScoreChange.display(difference: change.difference), stage]
    }

    // MARK: - Benchmark

    /// Each dimension's group mean beside the sector's figures.
    static func sector(_ comparison: BenchmarkComparison, _ benchmark: BenchmarkFile, _ report: Report) -> [String] {
        let framework = report.framework
        var table = Table(["Dimension", "Yours", "Sector mean", "Sector min", "Sector median", "Sector max",
                           "Difference", "Placing", "Percentile (about)"])
        table.alignments[7] = .left
        for (dimension, position) in zip(framework.dimensions, comparison.dimensions) {
            table.add(positionRow(text(dimension.name), position))
        }
        table.add(positionRow("**Overall**", comparison.overall))

        var lines = ["## Beside the sector", "",
                     "Sector figures from a benchmark of \(count(benchmark.organisations, "organisation", "organisations")) "
                        + "(made \(benchmark.created.day) with version \(text(benchmark.framework.version)) of the framework). "
                        + "Each organisation counts once, by its group mean; the percentile, the share of organisations "
                        + "below yours, is an estimate read off the quartiles.", ""]
        if comparison.fingerprintDiffers {
            lines += ["**Warning:** the benchmark was made with a different set of questions or stages; "
                        + "dimensions are matched by id, so compare with care.", ""]
        }
        lines += table.lines + [""]
        if !comparison.dimensionsNotInBenchmark.isEmpty {
            let names = comparison.dimensionsNotInBenchmark.map { id in
                text(framework.dimensions.first { $0.id == id }?.name ?? id)
            }
            lines += ["The benchmark has no figures for: \(names.joined(separator: ", ")).", ""]
        }
        return lines
    }

    static func positionRow(_ name: String, _ position: BenchmarkComparison.Position) -> [String] {
        let yours = Scoring.display(position.organisation)
        guard let sector = position.sector else {
            return [name, yours, "too few organisations", "—", "—", "—", "—", "—", "—"]
        }
        let placing: String
        switch position.placing {
        case .above: placing = "▲ above"
        case .level: placing = "= level"
        case .below: placing = "▼ below"
        case nil: placing = "—"
        }
        let percentile = position.percentile.map { "\(Int($0.rounded()))" } ?? "—"
        return [name, yours, Scoring.display(sector.mean), Scoring.display(sector.minimum), Scoring.display(sector.median),
                Scoring.display(sector.maximum), ScoreChange.display(difference: position.difference), placing, percentile]
    }
}
