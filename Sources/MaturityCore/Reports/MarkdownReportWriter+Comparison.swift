extension MarkdownReportWriter {
    // MARK: - Over time

    /// The group means at each point in time, then each step's change and stage movement.
    static func change(_ overTime: ChangeOverTime, _ report: Report) -> [String] {
        guard let change = report.content.change else { return [] }
        let grouping = "a gap of more than \(count(overTime.maximumGapDays, "day", "days")) between responses starts a new round"
        var means = Table(["Dimension"] + change.rounds.map { "\($0.name) (\($0.responses))" })
        for (index, dimension) in report.framework.dimensions.enumerated() {
            means.add([text(dimension.name)] + change.rounds.map { $0.dimensions[index].shown })
        }
        means.add(["**Overall**"] + change.rounds.map(\.overall.shown))

        var lines = ["## Change over time", "",
                     // Text from a file never starts a line, where it could start a list.
                     "The responses of \(text(overTime.organisation)) in \(change.rounds.count) rounds "
                        + "(\(grouping)). Group means, with the number of responses in brackets:", ""]
        lines += means.lines + [""]
        for step in change.steps {
            var table = Table(["Dimension", "Before", "After", "Change", "Stage"])
            table.alignments[4] = .left
            for row in step.rows { table.add(changeRow(row)) }
            lines += ["### From \(change.rounds[step.from].name) to \(change.rounds[step.to].name)", ""] + table.lines + [""]
        }
        lines += ["▲ a stage up, ▼ a stage down, = the same stage. A stage moves only when the whole part of the "
                    + "mean changes: 2.9 to 3.0 moves up, 2.1 to 2.9 does not.", ""]
        return lines
    }

    static func changeRow(_ row: ChangeSection.Row) -> [String] {
        let before = row.before.stageName.map(text) ?? "—"
        let after = row.after.stageName.map(text) ?? "—"
        let stage: String
        switch row.movement {
        case .up: stage = "▲ up: \(before) to \(after)"
        case .down: stage = "▼ down: \(before) to \(after)"
        case .same: stage = "= same: \(after)"
        case nil:
            stage = row.before.value == nil && row.after.value == nil ? "no figure: not scored at either point"
                : row.before.value == nil ? "no figure: not scored at the earlier point" : "no figure: not scored at the later point"
        }
        return [row.isOverall ? "**Overall**" : text(row.name), row.before.shown, row.after.shown,
                row.change ?? ScoreChange.display(difference: nil), stage]
    }

    // MARK: - Benchmark

    /// Each dimension's group mean beside the sector's figures.
    static func sector(_ comparison: BenchmarkComparison, _ benchmark: BenchmarkFile, _ report: Report) -> [String] {
        let framework = report.framework
        var table = Table(["Dimension", "Yours", "Sector mean", "Sector min", "Sector median", "Sector max",
                           "Difference", "Placing", "Percentile (about)"])
        table.alignments[7] = .left
        for row in report.content.sector { table.add(positionRow(row)) }

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

    static func positionRow(_ row: SectorRow) -> [String] {
        let name = row.isOverall ? "**Overall**" : text(row.name)
        guard let sector = row.sector else {
            return [name, row.yours.shown, "too few organisations", "—", "—", "—", "—", "—", "—"]
        }
        return [name, row.yours.shown, sector.mean, sector.minimum, sector.median, sector.maximum,
                row.difference ?? ScoreChange.display(difference: nil), row.placingShown ?? "—",
                row.percentile.map { "\($0)" } ?? "—"]
    }
}
