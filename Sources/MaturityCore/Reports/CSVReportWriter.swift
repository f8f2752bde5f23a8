#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Lays a `Report`'s responses out as CSV in tidy long format, for spreadsheets, R and pandas:
/// one row per observation, one column per variable, a header row of stable snake_case names.
///
/// The format is RFC 4180: fields separated by commas, rows ended by CRLF, fields quoted when
/// they hold a comma, a quote or a line break, quotes doubled. The text is UTF-8 **without** a
/// byte order mark: R, pandas and Python's csv module read the header correctly without one,
/// while a BOM ends up inside the first column's name in several of them; Excel reads
/// UTF-8 without a BOM through Data > From Text/CSV.
///
/// Text from files is made visible where it holds control characters (`SafeText`), then
/// quoted, and text starting with `=`, `+`, `-` or `@` gets a leading apostrophe so that no
/// spreadsheet runs it as a formula (`ReportText.csv`). Computed numbers are written as plain,
/// unrounded numbers (`ReportText.number`), and left empty when there is no number.
public enum CSVReportWriter {
    /// The two shapes `maturity report --csv` offers.
    public enum Shape: String, Sendable, CaseIterable {
        /// One row per response and question.
        case answers
        /// One row per response and dimension, plus one overall row per response.
        case scores
        /// One row per next step: the report's, whole.
        case steps
    }

    /// The columns of the answers shape, in order.
    /// The last two name the framework, so that files of different frameworks stay apart when
    /// they are put together later.
    public static let answerColumns = ["response_id", "organisation", "respondent", "team", "role", "dimension",
                                       "question", "answer", "stage_value", "note", "framework", "framework_version"]

    /// The columns of the scores shape, in order.
    public static let scoreColumns = ["response_id", "organisation", "respondent", "team", "role", "updated", "status",
                                      "dimension", "score", "stage", "answered", "dont_know", "total",
                                      "framework", "framework_version"]

    /// The columns of the steps shape, in order.
    public static let stepColumns = ["dimension", "dimension_name", "from_stage", "to_stage", "text", "framework", "framework_version",
                                     "question"]

    /// The `dimension` value of the row that holds a response's overall score.
    public static let overallDimension = "overall"

    /// The report in the chosen shape.
    public static func write(_ report: Report, shape: Shape) -> String {
        switch shape {
        case .answers: return answers(report)
        case .scores: return scores(report)
        case .steps: return steps(report)
        }
    }

    /// One row per next step, as every format shows them (from the stage of each dimension's
    /// group mean; for one response, that person's): the advice whole, its line breaks kept
    /// inside the quoted field. For one response, each question's own step follows, with the
    /// question's id in the last column (empty on a dimension's row).
    public static func steps(_ report: Report) -> String {
        let framework = report.framework
        let frameworkCells = "," + field(framework.id) + "," + field(framework.version)
        var out = header(stepColumns)
        for step in report.content.nextSteps {
            out += [field(step.dimensionID), field(step.dimensionName), field(step.fromStageID), field(step.toStageID),
                    field(step.text)].joined(separator: ",") + frameworkCells + ",\r\n"
        }
        for step in report.content.questionSteps {
            out += [field(step.dimensionID), field(step.dimensionName), field(step.stageID), field(step.nextStageID),
                    field(step.text)].joined(separator: ",") + frameworkCells + "," + field(step.questionID) + "\r\n"
        }
        return out
    }

    /// One row per response and question of the framework, in framework order, unanswered
    /// questions included (with an empty answer): responses x questions rows after the header.
    public static func answers(_ report: Report) -> String {
        let framework = report.framework
        // A stage's value on the framework's scale: its position from 1, or the `value:` it is given.
        let values = Dictionary(framework.stages.enumerated().map { ($1.id, StageScale.text(framework.scale.value(ofStageAt: $0))) },
                                uniquingKeysWith: { first, _ in first })
        // The dimension and question ids are the same on every row: escape them once.
        let questions = framework.dimensions.flatMap { dimension in
            dimension.questions.map { (id: $0.id, cells: field(dimension.id) + "," + field($0.id)) }
        }
        let frameworkCells = "," + field(framework.id) + "," + field(framework.version) + "\r\n"
        return rows(header: answerColumns, of: report, bytesEach: questions.count * 100) { respondent, out in
            let response = respondent.response
            let person = personCells(response)
            for question in questions {
                let answer = response.answers[question.id]
                var stageValue = ""
                if case .stage(let id) = answer, let value = values[id] { stageValue = value }
                out += person
                out += ","
                out += question.cells
                out += ","
                out += answer.map { field($0.text) } ?? ""
                out += ","
                out += stageValue
                out += ","
                out += response.notes[question.id].map(field) ?? ""
                out += frameworkCells
            }
        }
    }

    /// One row per response and dimension, in framework order, then one row with the dimension
    /// `overall` for the response's overall score: responses x (dimensions + 1) rows after the
    /// header.
    public static func scores(_ report: Report) -> String {
        let framework = report.framework
        let dimensionCells = framework.dimensions.map { field($0.id) }
        let frameworkCells = "," + field(framework.id) + "," + field(framework.version) + "\r\n"
        return rows(header: scoreColumns, of: report, bytesEach: (dimensionCells.count + 1) * 120) { respondent, out in
            let response = respondent.response
            let scores = respondent.scores
            let lead = personCells(response) + "," + field(response.updated.description) + "," + field(response.status.rawValue)
            for (cell, score) in zip(dimensionCells, scores.dimensions) {
                out += row(lead, cell, score.score, score.stage, score.answered, score.dontKnow, score.total, framework, frameworkCells)
            }
            let unknowns = scores.dimensions.reduce(0) { $0 + $1.dontKnow }
            out += row(lead, overallDimension, scores.overall, scores.overallStage, scores.answered, unknowns, scores.total,
                       framework, frameworkCells)
        }
    }

    // MARK: - Helpers

    /// The header, then each respondent's rows in the report's order. The rows are made in
    /// chunks on all cores and joined in order: the same text, in half the time on two cores.
    static func rows(header columns: [String], of report: Report, bytesEach: Int,
                     _ write: @Sendable (Report.Respondent, inout String) -> Void) -> String {
        let respondents = report.respondents
        let chunkCount = respondents.count < 512 ? 1 : 64
        let chunkSize = (respondents.count + chunkCount - 1) / max(chunkCount, 1)
        let chunks = Array(0..<chunkCount).concurrentMap { chunk in
            let range = min(chunk * chunkSize, respondents.count)..<min((chunk + 1) * chunkSize, respondents.count)
            var text = ""
            text.reserveCapacity(range.count * bytesEach)
            for index in range { write(respondents[index], &text) }
            return text
        }
        var out = header(columns)
        out.reserveCapacity(chunks.reduce(out.utf8.count) { $0 + $1.utf8.count })
        for chunk in chunks { out += chunk }
        return out
    }

    static func row(_ lead: String, _ dimension: String, _ score: Double?, _ stage: Int?, _ answered: Int,
                    _ dontKnow: Int, _ total: Int, _ framework: Framework, _ ending: String) -> String {
        let stageID = stage.flatMap { framework.stages.indices.contains($0) ? field(framework.stages[$0].id) : nil } ?? ""
        return lead + "," + dimension + "," + ReportText.number(score) + "," + stageID + ","
            + String(answered) + "," + String(dontKnow) + "," + String(total) + ending
    }

    /// response_id, organisation, respondent, team, role.
    static func personCells(_ response: Response) -> String {
        [field(response.id), field(response.organisation), response.respondent.map(field) ?? "",
         response.team.map(field) ?? "", response.role.map(field) ?? ""].joined(separator: ",")
    }

    static func header(_ columns: [String]) -> String {
        columns.joined(separator: ",") + "\r\n"
    }

    /// A text field: control characters made visible (a CRLF inside a note kept as one line
    /// break), then quoted and guarded against formulas.
    static func field(_ value: String) -> String {
        // Most cells (ids, stage ids, plain names) need nothing: skip the per-character work,
        // which would otherwise cost more than all the rest of a large file.
        if isPlain(value) { return value }
        let text = value.utf8.contains(0x0D) ? value.replacingOccurrences(of: "\r\n", with: "\n") : value
        return ReportText.csv(SafeText.sanitize(text, keepNewlines: true))
    }

    /// Printable ASCII with no comma or quote, not starting with a formula character: written as it is.
    static func isPlain(_ value: String) -> Bool {
        var first = true
        for byte in value.utf8 {
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") { return false }
            if first {
                if byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@") {
                    return false
                }
                first = false
            }
        }
        return true
    }
}
