import Foundation

/// The release's programs (`scripts/release`: the Swift runtime linked in, stripped) beside
/// the build this benchmark belongs to (`swift build -c release`: the runtime loaded from the
/// toolchain at start-up): the size of each file, and how soon `maturity --version` ends and
/// the first screen appears.
enum ReleaseBenchmark {
    struct Build {
        var label: String
        var maturity: String
        var workshop: String
    }

    /// One program's file size, and the size of the Swift runtime's libraries it loads from
    /// the toolchain (none for the release), for the table and the JSON.
    struct Size: Encodable {
        var name: String
        var bytes: Int
        var runtimeLibraryBytes: Int
    }

    /// The programs beside this benchmark.
    static var dynamicBuild: Build? {
        guard let maturity = CommandBenchmark.maturityBinary else { return nil }
        let folder = URL(fileURLWithPath: maturity).deletingLastPathComponent()
        return Build(label: "dynamic build", maturity: maturity,
                     workshop: folder.appendingPathComponent("maturity-workshop").path)
    }

    /// The stripped programs `scripts/release` put in the release, in
    /// `.build-release/release-work/maturity-VERSION-linux-x86_64/`.
    static func releaseBuild(repository: URL) -> Build? {
        let work = repository.appendingPathComponent(".build-release/release-work")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? [])
            .filter { $0.hasPrefix("maturity-") }.sorted()
        guard let name = names.last else { return nil }
        let tree = work.appendingPathComponent(name)
        let build = Build(label: "static release", maturity: tree.appendingPathComponent("bin/maturity").path,
                          workshop: tree.appendingPathComponent("lib/maturity/maturity-workshop").path)
        return FileManager.default.isExecutableFile(atPath: build.maturity) ? build : nil
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The Swift runtime's libraries a program loads from the toolchain (none for the release).
    static func toolchainLibraries(of program: String) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [program]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [] }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard let arrow = words.firstIndex(of: "=>"), arrow + 1 < words.count else { return nil }
            let file = String(words[arrow + 1])
            let name = URL(fileURLWithPath: file).lastPathComponent
            let runtime = ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime"]
            return runtime.contains { name.hasPrefix($0) } ? file : nil
        }
    }

    /// Each build's two programs: their files, and the toolchain libraries each loads.
    static func sizes(of builds: [Build]) -> [Size] {
        builds.flatMap { build in
            [("maturity", build.maturity), ("maturity-workshop", build.workshop)].map { name, path in
                Size(name: "\(build.label): \(name)", bytes: fileSize(path),
                     runtimeLibraryBytes: toolchainLibraries(of: path).map(fileSize).reduce(0, +))
            }
        }
    }

    /// "static release: maturity      16.8 MB", and what it loads from the toolchain, if anything.
    static func line(_ size: Size) -> String {
        let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        let file = megabytes(size.bytes)
        var line = "  " + size.name.padding(toLength: 34, withPad: " ", startingAt: 0)
            + String(repeating: " ", count: max(1, 9 - file.count)) + file
        if size.runtimeLibraryBytes > 0 {
            line += ", and \(megabytes(size.runtimeLibraryBytes)) of the Swift runtime's libraries from the toolchain"
        }
        return line
    }

    /// `maturity --version` as a new process each time, and the time to the first screen on
    /// an 80x24 pseudo-terminal, for each build.
    static func startUpCases(of builds: [Build]) -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        for build in builds {
            results.append(CommandBenchmark.measure("maturity --version, \(build.label)", runs: 20) {
                CommandBenchmark.run(build.maturity, ["--version"])
            })
            var times: [Double] = []
            var peak = 0
            for _ in 0..<5 {
                guard let figures = TerminalBenchmark.terminalFigures(binary: build.maturity),
                      let seconds = figures.firstScreenSeconds else { continue }
                times.append(seconds)
                peak = max(peak, figures.peakMemoryBytes)
            }
            times.sort()
            if !times.isEmpty {
                results.append(BenchmarkResult(name: "first screen 80x24, \(build.label)", runs: times.count,
                                               median: times[times.count / 2], fastest: times.first!,
                                               slowest: times.last!, peakMemoryBytes: peak))
            }
        }
        return results
    }
}
