import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole commands timed as a person runs them: the built `maturity` (beside this benchmark)
/// making a report of a folder of response files, in each format, beside `cat` reading the
/// same files. Each run is a new process, so reading the files, scoring, writing and starting
/// up all count. The peak memory is the command's own, read by GNU time (`/usr/bin/time`) when
/// it is installed: the rusage of a child started from this process would count this
/// process's memory too (Linux counts the memory a child shares before `exec`).
enum CommandBenchmark {
    struct Run {
        var seconds: Double
        var peakMemoryBytes: Int
        var status: Int32
    }

    static var maturityBinary: String? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("maturity").path
        return FileManager.default.isExecutableFile(atPath: binary) ? binary : nil
    }

    static let gnuTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

    /// Runs a program with its output to /dev/null, and waits for it.
    static func run(_ program: String, _ programArguments: [String]) -> Run {
        let memoryFile = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-bench-rss-\(getpid())").path
        var path = program
        var arguments = programArguments
        if let gnuTime {
            path = gnuTime
            arguments = ["-f", "%M", "-o", memoryFile, program] + programArguments
        }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return Run(seconds: .nan, peakMemoryBytes: 0, status: -1) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // GNU time writes the peak in kilobytes (a line saying the status first when it is not 0).
        let written = (try? String(contentsOfFile: memoryFile, encoding: .utf8)) ?? ""
        let kilobytes = written.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        try? FileManager.default.removeItem(atPath: memoryFile)
        return Run(seconds: seconds, peakMemoryBytes: kilobytes * 1024, status: (status >> 8) & 0xFF)
    }

    /// The median of `runs` runs, as a table row.
    static func measure(_ name: String, runs: Int, _ body: () -> Run) -> BenchmarkResult {
        _ = body()  // warm the page cache and the binary
        let results = (0..<runs).map { _ in body() }
        precondition(results.allSatisfy { $0.status == 0 }, "\(name) failed with status \(results.map(\.status))")
        let times = results.map(\.seconds).sorted()
        return BenchmarkResult(name: name, runs: runs, median: times[times.count / 2], fastest: times.first!,
                               slowest: times.last!, peakMemoryBytes: results.map(\.peakMemoryBytes).max() ?? 0)
    }

    /// `maturity report` over the folder in every format, and `cat` of the same files.
    static func reportCases(folder: String, frameworks: String) -> [BenchmarkResult] {
        guard let maturity = maturityBinary else { return [] }
        let count = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).count
        var results = [measure("cat of the same \(count) files", runs: 5) {
            run("/bin/sh", ["-c", "cat \"$0\"/*.yaml > /dev/null", folder])
        }]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-bench-report").path
        for (format, extra) in [("md", []), ("html", []), ("json", []), ("csv", ["--csv", "answers"]), ("csv", ["--csv", "scores"])] {
            let label = format == "csv" ? "csv \(extra[1])" : format
            results.append(measure("maturity report, \(count) files, \(label)", runs: 5) {
                run(maturity, ["report", folder, "--frameworks-dir", frameworks, "--format", format, "-o", "\(output).\(format)"] + extra)
            })
        }
        results.append(measure("maturity benchmark, \(count) files", runs: 3) {
            run(maturity, ["benchmark", folder, "--frameworks-dir", frameworks, "-o", "\(output)-sector.json"])
        })
        return results
    }
}
