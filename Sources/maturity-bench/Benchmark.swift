import Foundation

/// One measured case: wall-clock seconds of each run, and the peak memory of the process after it.
struct BenchmarkResult: Encodable {
    var name: String
    var runs: Int
    var median: Double
    var fastest: Double
    var slowest: Double
    var peakMemoryBytes: Int

    static let tableHeader = "case".padding(toLength: 44, withPad: " ", startingAt: 0)
        + "      median        min        max   peak MB"

    var tableRow: String {
        name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + [median, fastest, slowest].map { Self.format($0) }.joined()
            + String(format: "  %8.1f", Double(peakMemoryBytes) / 1_048_576)
    }

    static func format(_ seconds: Double) -> String {
        let text = seconds < 0.001 ? String(format: "%.1f µs", seconds * 1_000_000)
            : seconds < 1 ? String(format: "%.2f ms", seconds * 1_000) : String(format: "%.2f s", seconds)
        return String(repeating: " ", count: max(1, 11 - text.count)) + text
    }

    static func json(_ results: [BenchmarkResult], sizes: [ReleaseBenchmark.Size]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(BenchmarkReport(results: results, sizes: sizes))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

struct BenchmarkReport: Encodable {
    var schema = "maturity-bench/1"
    var results: [BenchmarkResult]
    /// The programs' file sizes: this build's and the release's (see ReleaseBenchmark).
    var sizes: [ReleaseBenchmark.Size]
}

enum Benchmark {
    /// Runs `body` once to warm up, then `runs` times, timing each run.
    static func measure(_ name: String, runs: Int, _ body: () -> Void) -> BenchmarkResult {
        resetPeakMemory()
        body()
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return BenchmarkResult(name: name, runs: runs, median: times[times.count / 2], fastest: times.first!,
                               slowest: times.last!, peakMemoryBytes: peakMemory())
    }

    /// Starts a new peak-memory measurement, so each case's peak is its own (Linux: writing
    /// 5 to clear_refs resets VmHWM to the current resident size).
    static func resetPeakMemory() {
        // Give freed memory back first, so that the new high-water mark starts from what is
        // alive now rather than from what an earlier, larger case left in malloc's free lists.
        #if os(Linux)
        _ = releaseFreedMemory(0)
        #endif
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// A process's peak resident memory so far (VmHWM on Linux); this process's by default.
    static func peakMemory(statusFile: String = "/proc/self/status") -> Int {
        guard let status = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return digits * 1024
        }
        return 0
    }
}

/// A valid framework of roughly the requested size, for timing large inputs.
enum GeneratedFramework {
    static func text(targetBytes: Int) -> String {
        var text = """
            framework: generated
            version: "1.0"
            language: en
            title: A generated framework
            description: |
              Made by the benchmark to time large inputs.
            stages:
              - id: one
                name: One
              - id: two
                name: Two
              - id: three
                name: Three
            dimensions:

            """
        var dimension = 0
        while text.utf8.count < targetBytes {
            text += "  - id: dimension-\(dimension)\n    name: Dimension \(dimension)\n    questions:\n"
            for question in 0..<5 {
                text += [
                    "      - id: question-\(dimension)-\(question)",
                    "        text: How well does the organisation handle case \(question) of area \(dimension), all things considered?",
                    "        guidance: |",
                    "          Think about the last twelve months.",
                    "          Answer for the whole organisation, not one team.",
                    "        statements:",
                    "          one: \"We have not started on this; nobody owns it yet.\"",
                    "          two: 'We do some of this, in some teams, some of the time.'",
                    "          three: We do this everywhere, review it yearly and help others do the same.",
                    "",
                ].joined(separator: "\n") + "\n"
            }
            text += "    next-steps:\n      one: Name someone to own it.\n      two: Share what works across teams.\n"
            dimension += 1
        }
        return text
    }
}

#if os(Linux)
/// glibc's malloc_trim (from malloc.h, which the Glibc module does not bring in).
@_silgen_name("malloc_trim")
func releaseFreedMemory(_ pad: Int) -> Int32
#endif
