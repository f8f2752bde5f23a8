import Foundation
import MaturityCore
import MaturityFrameworks
import MaturityUI

/// The assessment's costs: a keystroke through the reducer and renderer, and, through a
/// pseudo-terminal, the time to the first screen, the bytes one answer sends, and peak memory.
enum TerminalBenchmark {
    static func keystrokeCases() -> [BenchmarkResult] {
        let framework = try! FrameworkCatalogue(files: BuiltInFrameworks.files.map {
            FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)
        }).resolve("data-maturity").get()
        var results: [BenchmarkResult] = []
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            var state = AppState(framework: framework,
                                 response: Response.new(to: framework, id: "bench", organisation: "Bench", at: Timestamp(seconds: 0)),
                                 form: WelcomeForm(organisation: "Bench"), outputFolder: "/tmp")
            _ = state.handle(.enter)
            _ = state.handle(.enter)
            var toggle = false
            results.append(Benchmark.measure("keystroke: reduce + render \(size)", runs: 2_000) {
                toggle.toggle()
                _ = state.handle(toggle ? .down : .up)
                let frame = state.render(size: size)
                precondition(frame.size == size)
            })
        }
        return results
    }

    struct TerminalFigures {
        var firstScreenSeconds: Double?
        var bytesForAnswer: Int
        var bytesForFirstScreen: Int
        var peakMemoryBytes: Int
    }

    /// Runs the built `maturity` (beside this benchmark, unless another is given) on an 80x24
    /// pseudo-terminal.
    static func terminalFigures(binary given: String? = nil) -> TerminalFigures? {
        let binary = given ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("maturity").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-bench-home-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home,
                           "XDG_STATE_HOME": home + "/state", "PATH": "/usr/bin:/bin"]
        let start = Date()
        guard let terminal = try? PseudoTerminal(command: binary, arguments: ["--organisation", "Bench", "--out", home + "/out"],
                                                 width: 80, height: 24, environment: environment) else { return nil }
        let firstScreen = terminal.secondsUntil("Esc", since: start)
        terminal.readUntilQuiet()
        let firstBytes = terminal.received.count
        terminal.write("\r")
        terminal.readUntilQuiet()
        terminal.write("\r")
        terminal.readUntilQuiet()
        terminal.write("3")
        let answer = terminal.readUntilQuiet()
        // The child's own high-water mark, read while it still runs.
        let peak = Benchmark.peakMemory(statusFile: "/proc/\(terminal.process.processIdentifier)/status")
        terminal.write("q")
        terminal.readUntilQuiet()
        terminal.process.waitUntilExit()
        return TerminalFigures(firstScreenSeconds: firstScreen, bytesForAnswer: answer.count,
                               bytesForFirstScreen: firstBytes, peakMemoryBytes: peak)
    }
}
