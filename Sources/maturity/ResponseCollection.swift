import ArgumentParser
import Foundation
import MaturityCore

/// Response files gathered from the paths a person names (files, or folders of them), with
/// every file that could not be used and why, and the framework they answer.
struct ResponseCollection {
    var responses: [(path: String, response: Response)] = []
    var problems: [Report.Problem] = []

    /// Reads every response file under `paths`; nothing unreadable is skipped in silence.
    init(paths: [String]) {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Report.Problem(source: path, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let found = ResponseStore(folder: path).responseFiles()
                if found.isEmpty { problems.append(Report.Problem(source: path, reason: "the folder holds no .yaml response files")) }
                files += found
            } else {
                files.append(path)
            }
        }
        for loaded in ResponseStore.load(paths: files) {
            if let response = loaded.response {
                responses.append((loaded.path, response))
            } else {
                let first = loaded.diagnostics.first { $0.isError }
                let reason = first.map { "line \($0.mark.line): \($0.message)" } ?? "it cannot be read"
                problems.append(Report.Problem(source: loaded.path, reason: reason))
            }
        }
    }

    /// The framework to use: the one named, or else the one most of the responses answer.
    func framework(named reference: String?, catalogue: FrameworkCatalogue) -> Result<Framework, FrameworkLoadError> {
        if let reference { return catalogue.resolve(reference) }
        let counts = Dictionary(grouping: responses, by: \.response.frameworkID).mapValues(\.count)
        guard let most = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            return .failure(.notFound(id: "", available: catalogue.frameworks.map(\.id)))
        }
        return catalogue.resolve(most)
    }

    /// Keeps the responses to `framework`; the others are listed as left out, with why.
    mutating func keep(only framework: Framework) -> [Response] {
        var kept: [Response] = []
        for (path, response) in responses {
            if response.frameworkID == framework.id {
                kept.append(response)
            } else {
                problems.append(Report.Problem(source: path, reason: "left out: it answers the framework \"\(response.frameworkID)\", not \"\(framework.id)\", and different frameworks are never mixed"))
            }
        }
        return kept
    }

    /// What a command works on: the framework and its responses, the rest listed as problems
    /// (already printed on standard error). Exits with status 1 when no framework can be had.
    static func gather(paths: [String], framework reference: String?,
                       catalogue: FrameworkCatalogue) throws -> (framework: Framework, responses: [Response], problems: [Report.Problem]) {
        var collection = ResponseCollection(paths: paths)
        switch collection.framework(named: reference, catalogue: catalogue) {
        case .success(let framework):
            let responses = collection.keep(only: framework)
            collection.reportProblems()
            return (framework, responses, collection.problems)
        case .failure(let error):
            collection.reportProblems()
            Terminal.warn(collection.responses.isEmpty ? "no response could be used" : error.message)
            throw ExitCode(1)
        }
    }

    /// Prints the problems on standard error, one line each.
    func reportProblems() {
        for problem in problems {
            Terminal.warn("\(SafeText.sanitize(problem.source, keepNewlines: false)): \(SafeText.sanitize(problem.reason, keepNewlines: false))")
        }
    }
}
