import Foundation
import MaturityCore
import MaturityFrameworks

/// Times every file of the malformed corpus (Tests/Fixtures/malformed) and every input the
/// fuzzer found (Tests/MaturityCoreTests/FuzzRegressions/Inputs) as the fuzz target reads them:
/// the reader, the framework decoder or translator, the response decoder and the diagnostic
/// renderer. The promise is under a second for any one file; the tests check that each is read
/// soundly, and this measures how fast, in a release build on a quiet machine.
enum MalformedCorpusBenchmark {
    struct Slowest {
        var file: String
        var seconds: Double
        var files: Int
    }

    static func slowest() -> Slowest? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["Tests/Fixtures/malformed", "Tests/MaturityCoreTests/FuzzRegressions/Inputs"]
        let files = folders.flatMap { folder -> [String] in
            let path = root.appendingPathComponent(folder).path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".py") }.sorted().map { "\(path)/\($0)" }
        }
        guard !files.isEmpty,
              let shipped = BuiltInFrameworks.files.first(where: { $0.name == "data-maturity.yaml" }),
              let framework = FrameworkDecoder.decode(bytes: shipped.bytes, file: shipped.name).framework else { return nil }
        var slowest = Slowest(file: "", seconds: 0, files: files.count)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let bytes = [UInt8](data)
            // The best of three, so that one pause of the machine does not count against a file.
            var best = Double.infinity
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                let check = UntrustedFileCheck(bytes: bytes, file: file, against: framework)
                precondition(!check.rendered.isEmpty || check.diagnostics.isEmpty)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            if best > slowest.seconds { slowest = Slowest(file: (file as NSString).lastPathComponent, seconds: best, files: files.count) }
        }
        return slowest
    }
}
