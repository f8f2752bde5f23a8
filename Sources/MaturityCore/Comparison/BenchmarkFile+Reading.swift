#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a benchmark file cannot be used: every problem found, each saying where and what.
public struct BenchmarkFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String {
        "this is not a usable benchmark file:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}

extension BenchmarkFile {
    /// Files larger than this are not read: the same limit as a response file. A benchmark
    /// file holds a few figures per dimension, a few kilobytes.
    public static let sizeLimit = ResponseStore.sizeLimit

    /// Reads and checks the benchmark file at `path`, refusing anything but a regular file of at
    /// most `sizeLimit` bytes before reading it (a 3 GB file named by mistake took 15 s and
    /// 3.2 GB of memory to be refused).
    public static func read(path: String) throws(BenchmarkFileError) -> BenchmarkFile {
        switch FileBytes.read(path, limit: sizeLimit) {
        case .success(let bytes):
            return try read(Data(bytes))
        case .failure(.unreadable), .failure(.link):
            throw BenchmarkFileError(problems: ["the file cannot be read; check the name and its permissions"])
        case .failure(.notAFile):
            throw BenchmarkFileError(problems: ["this is not a regular file (a folder, a device or a named pipe), so it is not read"])
        case .failure(.tooLarge(let size)):
            throw BenchmarkFileError(problems: [
                "the file is too large to be a benchmark file (\(size / 1_048_576) MB; the limit is \(sizeLimit / 1_048_576) MB, and a benchmark file from `maturity benchmark` is a few kilobytes)",
            ])
        }
    }

    /// Reads and checks a benchmark file: the schema, and that every figure is a possible one
    /// (on the stage scale, extremes around the mean and quartiles, enough organisations).
    public static func read(_ data: Data) throws(BenchmarkFileError) -> BenchmarkFile {
        // The schema first, so a file of another kind or a newer format gets that message
        // rather than a list of fields it lacks.
        struct SchemaOnly: Decodable { var schema: String? }
        guard let header = try? JSONDecoder().decode(SchemaOnly.self, from: data) else {
            throw BenchmarkFileError(problems: ["the file is not a JSON object; a benchmark file is JSON written by `maturity`"])
        }
        guard header.schema == schemaName else {
            let found = header.schema.map { "\"\($0)\"" } ?? "missing"
            throw BenchmarkFileError(problems: ["schema is \(found); this version of maturity reads \"\(schemaName)\""])
        }
        let file: BenchmarkFile
        do {
            file = try JSONDecoder().decode(BenchmarkFile.self, from: data)
        } catch let error as DecodingError {
            throw BenchmarkFileError(problems: [Self.explain(error)])
        } catch {
            throw BenchmarkFileError(problems: ["\(error)"])
        }
        let problems = file.problems()
        guard problems.isEmpty else { throw BenchmarkFileError(problems: problems) }
        return file
    }

    /// Everything impossible about these figures; empty for a good file.
    public func problems() -> [String] {
        var problems: [String] = []
        if schema != Self.schemaName { problems.append("schema is \"\(schema)\", not \"\(Self.schemaName)\"") }
        if framework.id.isEmpty { problems.append("framework.id is empty") }
        if stages.count < 2 { problems.append("stages lists \(stages.count) stage(s); a framework has at least 2") }
        if Set(stages).count != stages.count { problems.append("stages lists a stage twice") }
        if let stageValues {
            if stageValues.count != stages.count {
                problems.append("stage-values lists \(stageValues.count) values for \(stages.count) stages")
            }
            if zip(stageValues, stageValues.dropFirst()).contains(where: { $0 >= $1 }) {
                problems.append("stage-values do not increase from one stage to the next")
            }
        }
        if organisations < Self.minimumOrganisations {
            problems.append("organisations is \(organisations); a benchmark needs at least \(Self.minimumOrganisations)")
        }
        if overall.id != nil { problems.append("overall has an id; only dimensions have one") }
        if overall.organisations != organisations {
            problems.append("overall.organisations is \(overall.organisations) but organisations is \(organisations); every organisation counted has an overall score")
        }
        problems += check(overall, at: "overall")
        var seen = Set<String>()
        for (index, figures) in dimensions.enumerated() {
            let place = "dimensions[\(index)]"
            if let id = figures.id, !id.isEmpty {
                if !seen.insert(id).inserted { problems.append("\(place).id \"\(id)\" appears twice") }
            } else {
                problems.append("\(place) has no id")
            }
            problems += check(figures, at: place)
        }
        return problems
    }

    private func check(_ figures: BenchmarkFigures, at place: String) -> [String] {
        var problems: [String] = []
        let count = figures.organisations
        if count < 0 || count > organisations {
            problems.append("\(place).organisations is \(count); it must be between 0 and \(organisations)")
        }
        guard let s = figures.statistics else {
            if count >= Self.minimumOrganisations {
                problems.append("\(place) has \(count) organisations but no figures (mean, min, max, sd, q1, median, q3)")
            }
            return problems
        }
        if count < Self.minimumOrganisations {
            problems.append("\(place) has figures from \(count) organisations; figures need at least \(Self.minimumOrganisations)")
        }
        let tolerance = Scoring.tolerance
        let scale = self.scale.minimum...max(self.scale.minimum, self.scale.maximum)
        let named = [("mean", s.mean), ("min", s.minimum), ("max", s.maximum), ("q1", s.lowerQuartile),
                     ("median", s.median), ("q3", s.upperQuartile)]
        for (name, value) in named where !(value >= scale.lowerBound - tolerance && value <= scale.upperBound + tolerance) {
            problems.append("\(place).\(name) is \(value); scores lie between \(StageScale.text(scale.lowerBound)) and \(StageScale.text(scale.upperBound))")
        }
        let ordered = [("min", s.minimum), ("q1", s.lowerQuartile), ("median", s.median), ("q3", s.upperQuartile),
                       ("max", s.maximum)]
        for (low, high) in zip(ordered, ordered.dropFirst()) where low.1 > high.1 + tolerance {
            problems.append("\(place).\(low.0) (\(low.1)) is above \(high.0) (\(high.1))")
        }
        if s.mean < s.minimum - tolerance || s.mean > s.maximum + tolerance {
            problems.append("\(place).mean (\(s.mean)) is outside min (\(s.minimum)) to max (\(s.maximum))")
        }
        // No set of numbers within a range spreads more than half that range.
        if !(s.standardDeviation >= 0) || s.standardDeviation > (s.maximum - s.minimum) / 2 + tolerance {
            problems.append("\(place).sd is \(s.standardDeviation); it must be between 0 and half of max - min")
        }
        return problems
    }

    /// A decoding error in the words of the file: which field, and what is wrong with it.
    static func explain(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "the file" : text)
        }
        switch error {
        case .keyNotFound(let key, let context):
            let owner = context.codingPath.isEmpty ? "the file" : path(context.codingPath)
            return "\(owner) lacks \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong kind of value: \(context.debugDescription)"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
