import Foundation
import MaturityCore
import Testing

/// Files that appear, vanish, are rewritten in place or swapped while `maturity report` and
/// `maturity present` read the folder: no crash, no hang, every unusable file listed with a
/// reason, and once the churn stops the presenter's counts settle on the truth.
@Suite struct ChurnFaultTests {
    static func response(_ id: String, status: Response.Status, stage: String) -> Response {
        var response = Response(id: id, frameworkID: "data-maturity", frameworkVersion: "1.0", language: "en",
                                organisation: "Churn Trust", started: .now(), updated: .now(), status: status)
        for question in DataMaturity.questions.prefix(8) { response.answers[question] = .stage(stage) }
        return response
    }

    /// Keeps changing `churn-*` files in a folder from a thread of its own until stopped:
    /// whole new responses (atomic), deletions, rewrites in place that a reader can catch half
    /// done, garbage, renames, appends, and folders with a response file's name.
    final class Churner: @unchecked Sendable {
        let folder: URL
        private let lock = NSLock()
        private var stopped = false
        private var done = false
        private(set) var operations = 0
        private var random: FaultRandom

        init(folder: URL, seed: UInt64) {
            self.folder = folder
            random = FaultRandom(seed: seed)
        }

        func start() {
            Thread { [self] in
                while !isStopped {
                    step()
                    lock.withLock { operations += 1 }
                }
                lock.withLock { done = true }
            }.start()
        }

        var isStopped: Bool { lock.withLock { stopped } }

        /// Asks the thread to stop, without waiting (for `defer` on a failed test).
        func requestStop() { lock.withLock { stopped = true } }
        var count: Int { lock.withLock { operations } }

        /// Stops the thread, waits for it (polling, with a deadline), and removes every churn file.
        func stop() async throws {
            lock.withLock { stopped = true }
            let deadline = Date().addingTimeInterval(10)
            while !lock.withLock({ done }) {
                guard Date() < deadline else { throw PlainProcess.Failure(description: "the churn thread did not stop") }
                try await Task.sleep(nanoseconds: 5_000_000)
            }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix("churn-") {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }

        private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        private func existing() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("churn-") }
        }

        private func step() {
            let name = "churn-\(random.below(12)).yaml"
            let text = ResponseEncoder.encode(ChurnFaultTests.response("churn\(random.below(1000))",
                                                                       status: random.chance(50) ? .complete : .inProgress,
                                                                       stage: random.pick(DataMaturity.stages)))
            let bytes = Array(text.utf8)
            switch random.below(8) {
            case 0:
                try? AtomicFile.replace(path(name), with: bytes)
            case 1:
                if let victim = existing().randomElement(using: &random) { unlink(path(victim)) }
            case 2:
                // Rewritten in place, in two writes: a reader may see it empty or half written.
                let descriptor = open(path(name), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else { return }
                let half = random.below(bytes.count)
                _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, half) }
                sched_yield()
                _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + half, bytes.count - half) }
                close(descriptor)
            case 3:
                let garbage = (0..<random.below(3000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                FileManager.default.createFile(atPath: path(name), contents: Data(garbage))
            case 4:
                if let from = existing().randomElement(using: &random) { rename(path(from), path(name)) }
            case 5:
                if let victim = existing().randomElement(using: &random), let handle = FileHandle(forWritingAtPath: path(victim)) {
                    handle.seekToEndOfFile()
                    handle.write(Data("answers: twice\n".utf8))
                    try? handle.close()
                }
            case 6:
                let directory = path("churn-dir-\(random.below(3)).yaml")
                if mkdir(directory, 0o755) != 0 { rmdir(directory) }
            default:
                // Truncated to nothing, then removed.
                truncate(path(name), 0)
                if random.chance(50) { unlink(path(name)) }
            }
        }
    }

    @Test(arguments: [true, false])
    func reportsRunWhileFilesChurnNeverCrash(withSteadyFiles: Bool) async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResponseStore(folder: folder.path)
        let steady = withSteadyFiles ? 6 : 0
        for index in 0..<steady {
            _ = try store.create(Self.response("steady\(index)", status: .complete, stage: DataMaturity.stages[index % 5]))
        }
        let churner = Churner(folder: folder, seed: withSteadyFiles ? 0xC1 : 0xC2)
        churner.start()
        defer { churner.requestStop() }

        let formats = ["md", "json", "csv", "html"]
        for run in 0..<20 {
            let format = formats[run % formats.count]
            let outcome = try BinaryRunner.run(["report", folder.path, "--format", format])
            let label = "run \(run) (\(format)), after \(churner.count) changes"
            #expect(outcome.status == 0 || outcome.status == 1, "\(label): status \(outcome.status)\n\(outcome.errors)")
            if withSteadyFiles {
                #expect(outcome.status == 0, "\(label): \(outcome.errors)")
            }
            let nothing = ["no response could be used", "no complete response was found"]
            if outcome.status == 1 {
                #expect(nothing.contains { outcome.errors.contains($0) }, "\(label): \(outcome.errors)")
            }
            // Every problem is one line naming a churned file (never a steady one) and why: a
            // file's own errors as FILE:LINE:COLUMN, anything else after "maturity: ".
            for line in outcome.errors.split(separator: "\n")
            where !nothing.contains(where: { line.contains($0) }) && !line.contains("the folder holds no response files") {
                #expect(line.hasPrefix("maturity: \(folder.path)/churn-") || line.hasPrefix("\(folder.path)/churn-"),
                        "\(label): \(line)")
                #expect(!line.contains("steady"), "\(label): \(line)")
            }
            if format == "json" && outcome.status == 0 {
                let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
                #expect((object?["responses"] as? Int ?? -1) >= steady, "\(label)")
            }
        }
        try await churner.stop()
        #expect(churner.count > 20, "the churn hardly ran")
    }

    @Test func thePresenterKeepsRunningThroughChurnAndItsCountsSettle() async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResponseStore(folder: folder.path)
        for index in 0..<5 {
            _ = try store.create(Self.response("steady\(index)", status: .complete, stage: DataMaturity.stages[index]))
        }
        for index in 0..<2 {
            _ = try store.create(Self.response("partial\(index)", status: .inProgress, stage: "learning"))
        }
        let session = try TmuxSession(maturity: ["present", folder.path], width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("5 responses   2 in progress")

        let churner = Churner(folder: folder, seed: 0xC3)
        churner.start()
        defer { churner.requestStop() }
        // Let it churn for a good while, looking in on the presenter as it goes.
        try await session.waitUntil("2,000 changes to the folder", deadline: 60) { screen in
            !screen.contains("EXITED") && churner.count >= 2_000
        }
        try await churner.stop()
        // Alive, and the counts come back to the truth once the folder is still.
        let settled = try await session.waitUntil("the counts to settle", deadline: 10) { screen in
            screen.contains("5 responses   2 in progress") && !screen.contains("unreadable")
        }
        #expect(!settled.contains("EXITED"))
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
    }
}
