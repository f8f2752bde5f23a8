/// The organisation beside the sector's figures from a benchmark file.
extension HTMLReportWriter {
    static func benchmarkSection(_ report: Report, _ comparison: BenchmarkComparison) -> String {
        var out = ""
        if let benchmark = report.benchmark {
            out += "<p>Beside \(HTMLMarkup.count(benchmark.organisations, "organisation")) in the benchmark "
                + "(made \(benchmark.created.day)). The sector figures are over each organisation’s mean score, "
                + "so they describe organisations, not people; no organisation in it is named.</p>\n"
        }
        var warnings: [String] = []
        if comparison.fingerprintDiffers {
            warnings.append("The benchmark was built from a different version of the framework; compare with care.")
        }
        if !comparison.dimensionsNotInBenchmark.isEmpty {
            let names = comparison.dimensionsNotInBenchmark.map { HTMLMarkup.line(dimensionName($0, in: report)) }
            warnings.append("The benchmark has no figures for \(HTMLMarkup.list(names)).")
        }
        if !warnings.isEmpty { out += "<p class=\"notice\">\(warnings.joined(separator: " "))</p>" }
        let chart = SVGSectorChart(
            id: "chart-sector", title: "Our mean score beside the sector, by dimension",
            description: "One row per dimension on the scale \(scaleText(report)): a line for the sector’s lowest to highest, "
                + "a box for its middle half (lower to upper quartile) with the median marked, and a dot for our mean.",
            stages: report.framework.stages.map(\.name), scale: report.framework.scale,
            rows: zip(comparison.dimensions, report.content.sector).map { position, row in
                .init(label: row.name, organisation: position.organisation, sector: position.sector,
                      valueLabel: row.placingShown ?? "–")
            })
        let rows = report.content.sector.map(positionRow)
        let table = HTMLMarkup.table(
            caption: "Us beside the sector",
            header: ["Dimension", "Us", "Sector mean", "Range", "Middle half", "Median", "Difference", "Placing", "Percentile"],
            rows: rows, className: "figures compact", textColumns: [7])
        out += HTMLMarkup.figure(id: "figure-sector", chart: chart.svg(), table: table,
                                 caption: "Above, level or below the sector mean (level when the difference shows as 0.0); "
                                    + "the percentile estimates the share of organisations scoring below us.", wide: true)
        return section(id: "benchmark", title: "Beside the sector", out)
    }

    static func positionRow(_ row: SectorRow) -> [String] {
        let name = row.isOverall ? "<strong>Overall</strong>" : HTMLMarkup.line(row.name)
        let sector = row.sector
        return [name, scoreCell(row.yours.value), sector?.mean ?? "–",
                sector.map { "\($0.minimum)–\($0.maximum)" } ?? "–",
                sector.map { "\($0.lowerQuartile)–\($0.upperQuartile)" } ?? "–",
                sector?.median ?? "–", row.difference ?? "–", "<span class=\"move\">\(row.placingShown ?? "–")</span>",
                row.percentile.map { "about the \(ordinal($0))" } ?? "–"]
    }
}
