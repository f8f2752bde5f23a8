import Foundation
import MaturityCore

/// Folders of generated response files, made once and kept between runs in the temporary folder.
enum ResponseCorpus {
    static func prepare(count: Int, framework: Framework) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-bench-\(framework.fingerprint)-\(count)").path
        let store = ResponseStore(folder: folder)
        if store.responseFiles().count == count { return folder }
        try? FileManager.default.removeItem(atPath: folder)
        try! store.prepare()
        var generator = SystemRandomNumberGenerator()
        let stages = framework.stages.map(\.id)
        for index in 0..<count {
            var response = Response.new(to: framework, id: String(format: "%08x-bench", index),
                                        organisation: "Organisation \(index % 50)", at: Timestamp(seconds: 1_795_000_000))
            response.team = ["Fundraising", "Services", "Finance", "Board"][index % 4]
            response.status = .complete
            for question in framework.questions {
                response.answers[question.id] = Int.random(in: 0..<10, using: &generator) == 0
                    ? .dontKnow : .stage(stages.randomElement(using: &generator)!)
            }
            let path = (folder as NSString).appendingPathComponent(String(format: "r-%08d.yaml", index))
            try! Array(ResponseEncoder.encode(response, framework: framework).utf8).withUnsafeBytes {
                try Data($0).write(to: URL(fileURLWithPath: path))
            }
        }
        return folder
    }
}

extension GeneratedFramework {
    /// Six dimensions of five questions: the 30-question framework the targets speak of, as
    /// the text of a framework file, so that the `maturity` commands can be timed on it too.
    static let responseFrameworkText: String = {
        let stages = ["unaware", "emerging", "learning", "developing", "mastering"]
        var text = """
            framework: bench
            version: "1.0"
            language: en
            title: Bench
            description: Thirty questions for the benchmark.
            stages:

            """
        for stage in stages { text += "  - id: \(stage)\n    name: \(stage.capitalized)\n" }
        text += "dimensions:\n"
        for d in 0..<6 {
            text += "  - id: dimension-\(d)\n    name: Dimension \(d)\n    questions:\n"
            for q in 0..<5 {
                text += "      - id: question-\(d)-\(q)\n        text: Question \(q)?\n        statements:\n"
                for stage in stages { text += "          \(stage): We are \(stage).\n" }
            }
        }
        return text
    }()

    static func responseFramework() -> Framework {
        let (framework, diagnostics) = FrameworkDecoder.decode(bytes: Array(responseFrameworkText.utf8), file: "bench.yaml")
        guard let framework else { fatalError("the benchmark's framework does not decode: \(diagnostics)") }
        return framework
    }

    /// A folder holding the framework's file, for `--frameworks-dir`.
    static func responseFrameworkFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-bench-frameworks").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? responseFrameworkText.write(toFile: folder + "/bench.yaml", atomically: true, encoding: .utf8)
        return folder
    }
}
