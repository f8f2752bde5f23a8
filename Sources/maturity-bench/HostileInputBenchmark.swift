import Foundation
import MaturityCore
import MaturityFrameworks
import MaturityUI

/// Inputs that once took far too long (issue 12), timed against their budgets: a framework of
/// ids a thousand characters long, with statements keyed by near misses of its stages, and a
/// response to it whose every answer is a near miss of a question (each asks for a "did you
/// mean"); 100,000 characters pasted into a note; and (issue 17) a 10 MB framework with a
/// mistake on every line, which once gave half a million messages.
enum HostileInputBenchmark {
    /// Every one of these must take under a second in a release build.
    static let budgetSeconds = 1.0

    static func cases() -> [BenchmarkResult] {
        let (framework, response) = longIDFiles(questions: 300, idLength: 1_000)
        var results: [BenchmarkResult] = []
        results.append(Benchmark.measure("did you mean: \(framework.count / 1024) KB framework of 1,000-character ids", runs: 3) {
            let decoded = FrameworkDecoder.decode(bytes: framework, file: "long-ids.yaml")
            precondition(decoded.framework == nil && !decoded.diagnostics.isEmpty)
        })
        let usable = longIDFiles(questions: 300, idLength: 1_000, nearMissStatements: false).framework
        let target = FrameworkDecoder.decode(bytes: usable, file: "long-ids.yaml").framework!
        results.append(Benchmark.measure("did you mean: response of 300 near-miss answers to it", runs: 3) {
            let decoded = ResponseDecoder.decode(bytes: response, file: "response.yaml", framework: target)
            precondition(decoded.diagnostics.count >= 300)
        })
        let manyMistakes = mistakeOnEveryLine(bytes: 10 * 1_048_576)
        results.append(Benchmark.measure("a 10 MB framework with a mistake on each of its \(manyMistakes.lines) lines", runs: 3) {
            let decoded = FrameworkDecoder.decode(bytes: manyMistakes.bytes, file: "many.yaml")
            precondition(decoded.diagnostics.count == SchemaReader.diagnosticLimit + 1)
        })
        let framework28 = GeneratedFramework.responseFramework()
        results.append(Benchmark.measure("paste 100,000 characters into a note", runs: 3) {
            var state = AppState(framework: framework28, response: Response.new(to: framework28, id: "b", organisation: "B",
                                                                                  at: Timestamp(seconds: 1_795_000_000)),
                                 form: WelcomeForm(organisation: "B"), outputFolder: "/b")
            _ = state.handle(.resize(Size(width: 80, height: 24)))
            _ = state.handle(.enter)
            _ = state.handle(.enter)
            _ = state.handle(.character("n"))
            _ = state.handle(.pasteStart)
            for _ in 0..<100_000 { _ = state.handle(.character("x")) }
            _ = state.handle(.pasteEnd)
            precondition(state.noteDraft.count == NoteDraft.limit)
            _ = state.render(size: Size(width: 80, height: 24))
        })
        // The fuzzer's key-input findings, each replayed as the fuzzer replays it.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Tests/MaturityUITests/KeyInputs").path
        let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            .compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
        let shipped = BuiltInFrameworks.files.first { $0.name == "data-maturity.yaml" }!
        let dataMaturity = FrameworkDecoder.decode(bytes: shipped.bytes, file: shipped.name).framework!
        if !inputs.isEmpty {
            results.append(Benchmark.measure("all \(inputs.count) key-input findings, replayed", runs: 3) {
                for bytes in inputs { precondition(KeyReplay.run(bytes, framework: dataMaturity).cellsDrawn > 0) }
            })
        }
        return results
    }

    /// A framework of about `bytes` bytes whose one question has a statement for a stage it
    /// does not have on every line: as many "not a stage" errors as lines.
    static func mistakeOnEveryLine(bytes: Int) -> (bytes: [UInt8], lines: Int) {
        var text = "framework: big\nversion: \"1\"\nlanguage: en\ntitle: Big\ndescription: Big.\nstages:\n  - id: low\n    name: Low\n"
            + "  - id: high\n    name: High\ndimensions:\n  - id: d\n    name: D\n    questions:\n      - id: q\n        text: Q?\n"
            + "        statements:\n          low: a\n          high: b\n"
        var lines = 0
        while text.utf8.count < bytes {
            text += "          k\(String(format: "%06d", lines)): x\n"
            lines += 1
        }
        return (Array(text.utf8), lines)
    }

    /// A framework whose ids are `idLength` characters, and a response with a near miss of each.
    static func longIDFiles(questions: Int, idLength: Int, nearMissStatements: Bool = true) -> (framework: [UInt8], response: [UInt8]) {
        func id(_ n: Int, _ kind: String) -> String { kind + "-" + String(repeating: "x", count: idLength - 12) + String(format: "%010d", n) }
        // One letter changed near the start: a slip of that id and of no other.
        func nearMiss(_ id: String) -> String { String(id.prefix(2)) + "y" + id.dropFirst(3) }
        let stages = (0..<3).map { id($0, "s") }
        var text = "framework: long-ids\nversion: \"1\"\nlanguage: en\ntitle: Long ids\ndescription: Long ids.\nstages:\n"
        for stage in stages { text += "  - id: \(stage)\n    name: A stage\n" }
        text += "dimensions:\n  - id: d\n    name: D\n    questions:\n"
        for n in 0..<questions {
            text += "      - id: \(id(n, "q"))\n        text: A question?\n        statements:\n"
            for stage in stages { text += "          \(nearMissStatements ? nearMiss(stage) : stage): A statement.\n" }
        }
        var response = "response: 1\nframework: long-ids\nframework-version: \"1\"\norganisation: O\nupdated: 2026-11-21T17:45:30Z\nstatus: complete\nanswers:\n"
        for n in 0..<questions { response += "  \(nearMiss(id(n, "q"))): \(stages[0])\n" }
        return (Array(text.utf8), Array(response.utf8))
    }
}
