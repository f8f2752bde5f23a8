/// The organisation beside the sector's figures from a benchmark file.
extension HTMLReportWriter {
    static func benchmarkSection(_ report: Report, _ comparison: BenchmarkComparison) -> String {
        let words = report.words
        var out = ""
        if let benchmark = report.benchmark {
            out += "<p>" + words.html(.htmlBenchmarkIntro, ["organisations": words.counted(.aboutOrganisations, benchmark.organisations),
                                                           "day": words.day(benchmark.created.day)]) + "</p>\n"
        }
        var warnings: [String] = []
        if comparison.fingerprintDiffers {
            warnings.append(words.html(.htmlBenchmarkOtherVersion))
        }
        if !comparison.dimensionsNotInBenchmark.isEmpty {
            let names = comparison.dimensionsNotInBenchmark.map { dimensionName($0, in: report) }
            warnings.append(words.html(.htmlBenchmarkMissing, ["dimensions": words.list(names)]))
        }
        if !warnings.isEmpty { out += "<p class=\"notice\">\(warnings.joined(separator: " "))</p>" }
        let chart = SVGSectorChart(
            id: "chart-sector", title: words(.htmlSectorChartTitle),
            description: words(.htmlSectorChartDescription, ["scale": scaleText(report)]),
            stages: report.framework.stages.map(\.name), scale: report.framework.scale,
            rows: zip(comparison.dimensions, report.content.sector).map { position, row in
                .init(label: row.name, organisation: position.organisation, sector: position.sector,
                      valueLabel: row.placingShown ?? "–")
            }, words: words)
        let rows = report.content.sector.map { positionRow($0, words) }
        let header: [ReportPhrase] = [.columnDimension, .htmlColumnUs, .columnSectorMean, .columnRange, .htmlColumnMiddleHalf,
                                      .htmlColumnMedian, .columnDifference, .htmlColumnPlacing, .htmlColumnPercentile]
        let table = HTMLMarkup.table(
            caption: words.html(.htmlUsBesideSector), header: header.map { words.html($0) },
            rows: rows, className: "figures compact", textColumns: [7])
        out += HTMLMarkup.figure(id: "figure-sector", chart: chart.svg(), table: table,
                                 caption: words.html(.htmlSectorCaption, ["zero": words.number("0.0")]), wide: true)
        return section(id: "benchmark", title: words.html(.headingBesideTheSector), out)
    }

    static func positionRow(_ row: SectorRow, _ words: ReportWords) -> [String] {
        let name = row.isOverall ? "<strong>\(words.html(.overall))</strong>" : HTMLMarkup.line(row.name)
        let sector = row.sector
        return [name, scoreCell(row.yours.value, words), sector.map { HTMLMarkup.line($0.mean) } ?? "–",
                sector.map { HTMLMarkup.line("\($0.minimum)–\($0.maximum)") } ?? "–",
                sector.map { HTMLMarkup.line("\($0.lowerQuartile)–\($0.upperQuartile)") } ?? "–",
                sector.map { HTMLMarkup.line($0.median) } ?? "–", row.difference.map(HTMLMarkup.line) ?? "–",
                "<span class=\"move\">\(HTMLMarkup.line(row.placingShown ?? "–"))</span>",
                row.percentile.map { HTMLMarkup.line(words.percentile($0)) } ?? "–"]
    }
}
