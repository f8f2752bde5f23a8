#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Lays a `Report` out as JSON, schema `"maturity-report/1"`, for scripts and dashboards.
///
/// Pretty printed with sorted keys, so the same report gives the same bytes. Scores are
/// numbers, unrounded (as computed, before any display rounding); a score that is not scored
/// is `null`, and the key is always there. Stages are given by their ids; the framework's
/// stages with their names are listed once under `framework.stages`. Text from files is made
/// visible where it holds control or bidirectional-override characters (`SafeText`), then
/// escaped as JSON. docs/reports.md documents every field.
///
/// The report is first gathered into the `Encodable` types of JSONReportWriter+Schema and
/// +Sections, then written by `JSONOutput` (JSONReportWriter+Emitter), which gives the bytes
/// `JSONEncoder` would give for those types, over ten times faster (JSONEncoder on Linux took
/// half a second for 10,000 responses). `dataThroughJSONEncoder` keeps the JSONEncoder path,
/// which the tests compare it with.
public enum JSONReportWriter {
    /// The whole report as JSON text, ending with a line break.
    public static func write(_ report: Report) -> String {
        var out = output(report)
        return out.finish(suffix: "\n")
    }

    /// The whole report as UTF-8 JSON bytes (no final line break).
    public static func data(_ report: Report) -> Data {
        output(report).withBytes { Data($0) }
    }

    static func output(_ report: Report) -> JSONOutput {
        // About 1.8 kB per respondent with 6 dimensions; a little over is cheaper than growing.
        let perRespondent = 400 + 300 * report.framework.dimensions.count
        var out = JSONOutput(reservingCapacity: 65_536 + report.respondents.count * perRespondent)
        document(report).emit(into: &out)
        return out
    }

    /// The same bytes as `data`, through Foundation's `JSONEncoder` and the `Encodable`
    /// conformances: the reference that JSONReportEquivalenceTests holds `JSONOutput` to.
    package static func dataThroughJSONEncoder(_ report: Report) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Only strings, integers, booleans and finite numbers (see `finite`) are encoded: this cannot fail.
        return (try? encoder.encode(document(report))) ?? Data()
    }

    static func document(_ report: Report) -> Document {
        let framework = report.framework
        let group = report.group
        return Document(
            schema: Report.schema,
            framework: FrameworkInfo(id: safe(framework.id), version: safe(framework.version), title: safe(framework.title),
                                     language: safe(framework.language), fingerprint: framework.fingerprint,
                                     licence: framework.licence.map(safe), attribution: framework.attribution.map(safe),
                                     stages: framework.stages.enumerated().map {
                                         .init(id: safe($1.id), name: safe($1.name), value: framework.scale.value(ofStageAt: $0))
                                     }),
            generated: report.generated.description,
            language: safe(report.words.language),
            method: safe(report.methodSentence),
            responses: report.respondents.count,
            organisations: report.organisations.map { Organisation(name: safe($0.name), responses: $0.responses) },
            dimensions: dimensions(group, framework),
            areas: zip(framework.areas, group.areas).map { area, summary in
                AreaFigures(id: safe(area.id), name: safe(area.name), dimensions: area.dimensionIDs.map(safe),
                            figures: figures(summary.scores, framework))
            },
            overall: overall(group, framework),
            respondents: respondents(report.respondents, framework),
            versions: versions(group.versions),
            nextSteps: report.content.nextSteps.map {
                NextStep(dimension: safe($0.dimensionID), from: safe($0.fromStageID), to: safe($0.toStageID), text: safe($0.text),
                         lines: $0.lines.map(safe))
            },
            questionSteps: report.content.questionSteps.map {
                QuestionStep(question: safe($0.questionID), number: $0.number, dimension: safe($0.dimensionID),
                             from: safe($0.stageID), to: safe($0.nextStageID), statement: safe($0.statement),
                             guidance: $0.statementGuidance.map(safe), text: safe($0.text), lines: $0.text.nonBlankLines.map(safe))
            },
            groups: report.breakdown.map { groups($0, framework, report.words) },
            overTime: report.overTime.map { overTime($0, framework) },
            benchmark: report.benchmarkComparison.flatMap { comparison in
                report.benchmark.map { benchmark(comparison, $0) }
            },
            problems: report.problems.map { Problem(source: safe(report.words.source(of: $0)), reason: safe(report.words.reason(of: $0))) },
            rounds: report.latestRoundDays.flatMap { days in
                report.content.roundSentence.map {
                    Rounds(firstDay: days.first, lastDay: days.last, responses: group.respondents,
                           earlierResponses: report.earlierRounds, maximumGapDays: AssessmentRounds.gapDays, note: safe($0))
                }
            })
    }

    // MARK: - Group figures

    static func figures(_ summary: ScoreSummary, _ framework: Framework) -> Figures {
        let statistics = summary.statistics
        var histogram: [String: Int] = [:]
        for bin in summary.histogram.bins { histogram[safe(bin.stageID)] = bin.count }
        return Figures(mean: finite(statistics?.mean), stage: stageID(summary.meanStage, framework),
                       min: finite(statistics?.minimum), max: finite(statistics?.maximum),
                       sd: finite(statistics?.standardDeviation), q1: finite(statistics?.lowerQuartile),
                       median: finite(statistics?.median), q3: finite(statistics?.upperQuartile),
                       scored: summary.scored, notScored: summary.notScored, histogram: histogram)
    }

    static func dimensions(_ group: GroupSummary, _ framework: Framework) -> [DimensionFigures] {
        zip(framework.dimensions, group.dimensions).map { dimension, summary in
            DimensionFigures(
                id: safe(dimension.id), name: safe(dimension.name), figures: figures(summary.scores, framework),
                unknowns: summary.unknowns, notApplicable: summary.notApplicable, answered: summary.answered,
                total: summary.total, disagreement: summary.isDisagreement,
                widestQuestions: summary.questionsToDiscuss.map { spread in
                    QuestionSpread(question: safe(spread.questionID),
                                   text: safe(framework.question(withID: spread.questionID)?.question.text ?? ""),
                                   lowest: stageID(spread.lowest - 1, framework) ?? "",
                                   highest: stageID(spread.highest - 1, framework) ?? "",
                                   spread: spread.spread, answers: spread.answers)
                },
                split: summary.split.map { split in
                    Split(lowStages: split.low.compactMap { stageID($0, framework) }, lowPeople: split.lowPeople,
                          highStages: split.high.compactMap { stageID($0, framework) }, highPeople: split.highPeople)
                })
        }
    }

    static func overall(_ group: GroupSummary, _ framework: Framework) -> OverallFigures {
        OverallFigures(figures: figures(group.overall, framework), unknowns: group.dimensions.reduce(0) { $0 + $1.unknowns },
                       answered: group.answered, total: group.total)
    }

    // MARK: - Respondents

    /// One `Respondent` per response. There can be tens of thousands, so the framework's ids are
    /// made safe once, not once per respondent.
    static func respondents(_ respondents: [Report.Respondent], _ framework: Framework) -> [Respondent] {
        let dimensionIDs = framework.dimensions.map { safe($0.id) }
        let stageIDs = framework.stages.map { safe($0.id) }
        func stage(_ index: Int?) -> String? {
            guard let index, stageIDs.indices.contains(index) else { return nil }
            return stageIDs[index]
        }
        // By index, reading each field in place: a `Report.Respondent` is large to copy.
        return respondents.indices.map { index in
            let scores = respondents[index].scores.dimensions
            var dimensions: [(id: String, score: DimensionScore)] = []
            dimensions.reserveCapacity(min(dimensionIDs.count, scores.count))
            for position in 0..<min(dimensionIDs.count, scores.count) {
                let score = scores[position]
                dimensions.append((id: dimensionIDs[position],
                                   score: DimensionScore(score: finite(score.score), stage: stage(score.stage),
                                                         answered: score.answered, dontKnow: score.dontKnow,
                                                         notApplicable: score.notApplicable, total: score.total)))
            }
            return Respondent(response: safe(respondents[index].response.id),
                              organisation: safe(respondents[index].response.organisation),
                              respondent: respondents[index].response.respondent.map(safe),
                              team: respondents[index].response.team.map(safe),
                              role: respondents[index].response.role.map(safe),
                              updated: respondents[index].response.updated.description,
                              status: respondents[index].response.status.rawValue,
                              answered: respondents[index].scores.answered, total: respondents[index].scores.total,
                              overall: Score(score: finite(respondents[index].scores.overall),
                                             stage: stage(respondents[index].scores.overallStage)),
                              dimensions: dimensions)
        }
    }

    // MARK: - Versions, groups, over time, benchmark

    static func versions(_ check: VersionCheck) -> Versions {
        Versions(
            warning: check.hasWarnings,
            variants: check.variants.map {
                .init(version: safe($0.version), fingerprint: $0.fingerprint.map(safe), fingerprintDiffers: $0.fingerprintDiffers,
                      responses: $0.responseIDs.map(safe), answersNotInFramework: $0.answersNotInFramework.map(safe),
                      frameworkQuestionsUnanswered: $0.frameworkQuestionsUnanswered.map(safe))
            },
            questionsNotInFramework: check.questionsNotInFramework.map { .init(id: safe($0.id), responses: $0.responses) },
            stagesNotInFramework: check.stagesNotInFramework.map { .init(id: safe($0.id), responses: $0.responses) })
    }

    static func groups(_ breakdown: GroupBreakdown, _ framework: Framework, _ words: ReportWords) -> Groups {
        Groups(by: breakdown.field.rawValue, minimumSize: breakdown.minimumSize,
               shown: breakdown.groups.map {
                   .init(name: safe($0.name), responses: $0.summary.respondents,
                         dimensions: dimensions($0.summary, framework), overall: overall($0.summary, framework))
               },
               hidden: .init(groups: breakdown.hidden.groups, people: breakdown.hidden.people,
                             protecting: breakdown.hidden.protecting),
               others: breakdown.othersLine(words: words).map {
                   .init(name: $0.name, responses: $0.summary.respondents,
                         dimensions: dimensions($0.summary, framework), overall: overall($0.summary, framework))
               },
               withoutValue: breakdown.withoutValue)
    }

    static func overTime(_ overTime: ChangeOverTime, _ framework: Framework) -> OverTime {
        func change(_ id: String?, _ change: ScoreChange) -> OverTime.Change {
            .init(id: id.map(safe), before: finite(change.before), after: finite(change.after),
                  difference: finite(change.difference), movement: change.movement?.rawValue)
        }
        return OverTime(
            organisation: safe(overTime.organisation), grouping: "rounds", maximumGapDays: overTime.maximumGapDays,
            points: overTime.points.map {
                .init(firstDay: $0.firstDay, lastDay: $0.lastDay, responses: $0.summary.respondents,
                      dimensions: dimensions($0.summary, framework), overall: overall($0.summary, framework))
            },
            steps: overTime.steps.map { step in
                .init(from: step.from, to: step.to, dimensions: step.dimensions.map { change($0.dimensionID, $0.change) },
                      overall: change(nil, step.overall))
            })
    }

    static func benchmark(_ comparison: BenchmarkComparison, _ file: BenchmarkFile) -> Benchmark {
        func position(_ position: BenchmarkComparison.Position) -> Benchmark.Position {
            let sector = position.sector.flatMap { s -> Benchmark.Sector? in
                let values = [s.mean, s.minimum, s.maximum, s.standardDeviation, s.lowerQuartile, s.median, s.upperQuartile]
                guard values.allSatisfy(\.isFinite) else { return nil }
                return .init(organisations: s.count, mean: s.mean, min: s.minimum, max: s.maximum,
                             sd: s.standardDeviation, q1: s.lowerQuartile, median: s.median, q3: s.upperQuartile)
            }
            return .init(id: position.id.map(safe), organisation: finite(position.organisation), sector: sector,
                         difference: finite(position.difference), placing: position.placing?.rawValue,
                         percentile: finite(position.percentile))
        }
        let reference = BenchmarkFile.FrameworkReference(id: safe(file.framework.id), version: safe(file.framework.version),
                                                         fingerprint: safe(file.framework.fingerprint))
        return Benchmark(framework: reference, organisations: file.organisations, created: file.created.description,
                         fingerprintDiffers: comparison.fingerprintDiffers,
                         dimensionsNotInBenchmark: comparison.dimensionsNotInBenchmark.map(safe),
                         dimensions: comparison.dimensions.map(position), overall: position(comparison.overall))
    }

    // MARK: - Helpers

    /// Text from a file with control and bidi characters made visible; line breaks kept
    /// (JSON escapes them). A CRLF counts as one line break.
    static func safe(_ value: String) -> String {
        // Printable ASCII and line feeds, which is nearly everything, are safe as they are.
        var value = value
        if value.withUTF8({ $0.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A } }) { return value }
        let text = value.utf8.contains(0x0D) ? value.replacingOccurrences(of: "\r\n", with: "\n") : value
        return SafeText.sanitize(text, keepNewlines: true)
    }

    /// JSON has no NaN or infinity: such a value (which scoring never makes) is written as null.
    static func finite(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }

    static func stageID(_ index: Int?, _ framework: Framework) -> String? {
        guard let index, framework.stages.indices.contains(index) else { return nil }
        return safe(framework.stages[index].id)
    }
}
