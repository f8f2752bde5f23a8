extension MarkdownReportWriter {
    // MARK: - Over time

    /// The group means at each point in time, then each step's change and stage movement.
    static func change(_ overTime: ChangeOverTime, _ report: Report) -> [String] {
        guard let change = report.content.change else { return [] }
        let words = report.words
        var means = Table([text(words(.columnDimension))]
            + change.rounds.map { text(words(.mdRoundWithCount, ["round": $0.name, "count": words.number($0.responses)])) })
        for (index, dimension) in report.framework.dimensions.enumerated() {
            means.add([text(dimension.name)] + change.rounds.map { words.score($0.dimensions[index]) })
        }
        means.add(["**\(text(words(.overall)))**"] + change.rounds.map { words.score($0.overall) })

        var lines = ["## " + text(words(.headingChangeOverTime)), "",
                     // Text from a file never starts a line, where it could start a list.
                     text(words.counted(.mdRoundsIntro, change.rounds.count, [
                        "organisation": overTime.organisation,
                        "gap": words.counted(.mdRoundGap, overTime.maximumGapDays),
                     ])), ""]
        lines += means.lines + [""]
        for step in change.steps {
            var table = Table([.columnDimension, .mdColumnBefore, .mdColumnAfter, .mdColumnChange, .columnStage].map { text(words($0)) })
            table.alignments[4] = .left
            for row in step.rows { table.add(changeRow(row, words)) }
            lines += ["### " + text(words(.mdFromRoundToRound, ["from": change.rounds[step.from].name, "to": change.rounds[step.to].name])), ""]
                + table.lines + [""]
        }
        lines += [text(words(.mdStageMoves)), ""]
        return lines
    }

    static func changeRow(_ row: ChangeSection.Row, _ words: ReportWords) -> [String] {
        let before = row.before.stageName ?? "—"
        let after = row.after.stageName ?? "—"
        let stage: String
        switch row.movement {
        case .up: stage = words(.mdMovedUp, ["before": before, "after": after])
        case .down: stage = words(.mdMovedDown, ["before": before, "after": after])
        case .same: stage = words(.mdStayed, ["stage": after])
        case nil:
            stage = words(row.before.value == nil && row.after.value == nil ? .mdNoFigureEither
                : row.before.value == nil ? .mdNoFigureEarlier : .mdNoFigureLater)
        }
        return [row.isOverall ? "**\(text(row.name))**" : text(row.name), text(words.score(row.before)), text(words.score(row.after)),
                words.number(row.change ?? ScoreChange.display(difference: nil)), text(stage)]
    }

    // MARK: - Benchmark

    /// Each dimension's group mean beside the sector's figures.
    static func sector(_ comparison: BenchmarkComparison, _ benchmark: BenchmarkFile, _ report: Report) -> [String] {
        let framework = report.framework
        let words = report.words
        var table = Table([.columnDimension, .mdColumnYours, .columnSectorMean, .mdColumnSectorLowest, .mdColumnSectorMedian,
                           .mdColumnSectorHighest, .columnDifference, .mdColumnPlacing, .mdColumnPercentile].map { text(words($0)) })
        table.alignments[7] = .left
        for row in report.content.sector { table.add(positionRow(row, words)) }

        var lines = ["## " + text(words(.headingBesideTheSector)), "",
                     text(words(.mdSectorIntro, [
                        "organisations": words.counted(.aboutOrganisations, benchmark.organisations),
                        "day": words.day(benchmark.created.day), "version": benchmark.framework.version,
                     ])), ""]
        if comparison.fingerprintDiffers {
            lines += ["**\(text(words(.mdWarning)))** " + text(words(.mdSectorDifferentFramework)), ""]
        }
        lines += table.lines + [""]
        if !comparison.dimensionsNotInBenchmark.isEmpty {
            let names = comparison.dimensionsNotInBenchmark.map { id in
                framework.dimensions.first { $0.id == id }?.name ?? id
            }
            lines += [text(words(.mdNotInBenchmark, ["dimensions": names.joined(separator: ", ")])), ""]
        }
        return lines
    }

    static func positionRow(_ row: SectorRow, _ words: ReportWords) -> [String] {
        let name = row.isOverall ? "**\(text(row.name))**" : text(row.name)
        guard let sector = row.sector else {
            return [name, text(words.score(row.yours)), text(words(.mdTooFewOrganisations)), "—", "—", "—", "—", "—", "—"]
        }
        return [name, text(words.score(row.yours)), sector.mean, sector.minimum, sector.median, sector.maximum,
                row.difference ?? ScoreChange.display(difference: nil), row.placingShown.map(text) ?? "—",
                row.percentile.map { words.number($0) } ?? "—"]
    }
}
