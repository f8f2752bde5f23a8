import Foundation
import MaturityCore
import MaturityFrameworks
import Yams

// Benchmarks: `swift run -c release maturity-bench [--json] [--quick] [--hostile]`.
// Each case runs repeatedly; the table shows the median, the fastest and the slowest run.
// `--hostile` runs only the inputs that once took far too long, against their budgets.

let arguments = CommandLine.arguments.dropFirst()
let wantsJSON = arguments.contains("--json")

// `--workshop N`: only the workshop room's load test, with N participants.
if let flag = arguments.firstIndex(of: "--workshop") {
    let count = arguments.dropFirst(flag - arguments.startIndex + 1).first.flatMap { Int($0) } ?? 200
    guard let figures = WorkshopLoadBenchmark.run(participants: count) else {
        print("workshop: not measured (build both programs in the same configuration: swift build -c release)")
        exit(1)
    }
    print(figures.summary)
    exit(0)
}
if arguments.contains("--hostile") {
    var within = true
    for result in HostileInputBenchmark.cases() {
        let ok = result.median < HostileInputBenchmark.budgetSeconds
        within = within && ok
        print(String(format: "%@: %.1f ms median, %.1f ms slowest (budget %.0f ms): %@", result.name, result.median * 1000,
                     result.slowest * 1000, HostileInputBenchmark.budgetSeconds * 1000, ok ? "within" : "OVER BUDGET"))
    }
    exit(within ? 0 : 1)
}
var results: [BenchmarkResult] = []

@MainActor func record(_ result: BenchmarkResult) {
    results.append(result)
    if !wantsJSON { print(result.tableRow) }
}

if !wantsJSON { print(BenchmarkResult.tableHeader) }

let defaultFramework = BuiltInFrameworks.files.first { $0.name == "data-maturity.yaml" }!.bytes
record(Benchmark.measure("load + validate data-maturity.yaml", runs: 200) {
    let (framework, _) = FrameworkDecoder.decode(bytes: defaultFramework, file: "data-maturity.yaml")
    precondition(framework != nil)
})
let defaultText = String(decoding: defaultFramework, as: UTF8.self)
record(Benchmark.measure("Yams compose data-maturity.yaml", runs: 200) {
    _ = try! Yams.compose(yaml: defaultText, Resolver.basic)
})
record(Benchmark.measure("our reader data-maturity.yaml", runs: 200) {
    _ = DocumentReader.read(bytes: defaultFramework, file: "data-maturity.yaml")
})

let large = GeneratedFramework.text(targetBytes: 5_000_000)
let largeBytes = Array(large.utf8)
record(Benchmark.measure("load + validate generated 5 MB framework", runs: 5) {
    let (framework, diagnostics) = FrameworkDecoder.decode(bytes: largeBytes, file: "large.yaml")
    precondition(framework != nil, "\(diagnostics.prefix(3))")
})
record(Benchmark.measure("our reader 5 MB", runs: 5) {
    _ = DocumentReader.read(bytes: largeBytes, file: "large.yaml")
})
record(Benchmark.measure("Yams compose 5 MB", runs: 5) {
    _ = try! Yams.compose(yaml: large, Resolver.basic)
})

// Reading and scoring response files on disk: 30 questions each, as a real assessment.
let responseFramework = GeneratedFramework.responseFramework()
// `--quick` leaves out the 100,000-response case (its files take a minute to make the first time).
let counts = arguments.contains("--quick") ? [1_000, 10_000] : [1_000, 10_000, 100_000]
for count in counts {
    let folder = ResponseCorpus.prepare(count: count, framework: responseFramework)
    record(Benchmark.measure("read + score \(count) responses", runs: count > 50_000 ? 1 : count > 5_000 ? 3 : 5) {
        let loaded = ResponseStore(folder: folder).loadAll(framework: responseFramework)
        var scored = 0
        for item in loaded {
            if let response = item.response, Scoring.score(response, in: responseFramework).overall != nil { scored += 1 }
        }
        precondition(scored == count)
    })
    record(Benchmark.measure("read + score + group \(count) responses", runs: count > 50_000 ? 1 : count > 5_000 ? 3 : 5) {
        let loaded = ResponseStore(folder: folder).loadAll(framework: responseFramework)
        let summary = GroupSummary(responses: loaded.compactMap(\.response), framework: responseFramework)
        precondition(summary.overall.statistics?.count == count)
    })
}

// Reports over 10,000 responses: building the figures, then each format.
let reportFolder = ResponseCorpus.prepare(count: 10_000, framework: responseFramework)
let reportResponses = ResponseStore(folder: reportFolder).loadAll(framework: responseFramework).compactMap(\.response)
var builtReport: Report?
record(Benchmark.measure("report figures over 10000 responses", runs: 3) {
    builtReport = Report(Report.Input(framework: responseFramework, responses: reportResponses, groupBy: .team,
                                      generated: Timestamp(seconds: 1_795_000_000)))
})
let report = builtReport!
record(Benchmark.measure("report: HTML over 10000", runs: 3) { _ = HTMLReportWriter.write(report) })
record(Benchmark.measure("report: Markdown over 10000", runs: 3) { _ = MarkdownReportWriter.write(report) })
record(Benchmark.measure("report: CSV answers over 10000", runs: 3) { _ = CSVReportWriter.answers(report) })
record(Benchmark.measure("report: CSV scores over 10000", runs: 3) { _ = CSVReportWriter.scores(report) })
record(Benchmark.measure("report: JSON over 10000", runs: 3) { _ = JSONReportWriter.write(report) })

// The whole command, as a person runs it, beside `cat` reading the same files.
for result in CommandBenchmark.reportCases(folder: reportFolder, frameworks: GeneratedFramework.responseFrameworkFolder()) {
    record(result)
}

for result in TerminalBenchmark.keystrokeCases() { record(result) }
let hostile = HostileInputBenchmark.cases()
hostile.forEach(record)
let malformed = MalformedCorpusBenchmark.slowest()
let terminal = TerminalBenchmark.terminalFigures()

// The release (scripts/release: the Swift runtime linked in) beside this build: sizes and start-up.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let builds = [ReleaseBenchmark.dynamicBuild, ReleaseBenchmark.releaseBuild(repository: repository)].compactMap { $0 }
for result in ReleaseBenchmark.startUpCases(of: builds) { record(result) }
let sizes = ReleaseBenchmark.sizes(of: builds)

if wantsJSON {
    print(BenchmarkResult.json(results, sizes: sizes))
} else {
    let ours = results.first { $0.name == "our reader 5 MB" }!.median
    let yams = results.first { $0.name == "Yams compose 5 MB" }!.median
    print(String(format: "\nour reader vs Yams on the 5 MB framework: %.1fx faster", yams / ours))
}
if !wantsJSON {
    if let malformed {
        print(String(format: "slowest malformed or fuzzed file (of %d): %.1f ms, ", malformed.files, malformed.seconds * 1000)
              + "\(malformed.file) (promise: under 1 s each)")
    }
    for result in hostile {
        print(String(format: "%@: %.1f ms (budget %.0f ms): %@", result.name, result.median * 1000,
                     HostileInputBenchmark.budgetSeconds * 1000, result.median < HostileInputBenchmark.budgetSeconds ? "within" : "OVER BUDGET"))
    }
    if let terminal {
        print(String(format: "maturity on an 80x24 pseudo-terminal: first screen after %.1f ms (%d bytes); one answer keystroke sends %d bytes; peak memory %.1f MB",
                     (terminal.firstScreenSeconds ?? .nan) * 1000, terminal.bytesForFirstScreen, terminal.bytesForAnswer,
                     Double(terminal.peakMemoryBytes) / 1_048_576))
    } else {
        print("maturity on a pseudo-terminal: not measured (build it in the same configuration: swift build -c release)")
    }
    print("\nprogram sizes:")
    for size in sizes {
        print(ReleaseBenchmark.line(size))
    }
    if builds.count < 2 {
        print("  (the static release is not measured: make it with scripts/release, which leaves it in .build-release/release-work/)")
    }
}
