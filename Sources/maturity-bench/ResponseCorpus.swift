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
    /// Six dimensions of five questions: the 30-question framework the targets speak of.
    static func responseFramework() -> Framework {
        let stages = ["unaware", "emerging", "learning", "developing", "mastering"].map { Stage(id: $0, name: $0.capitalized) }
        let dimensions = (0..<6).map { d in
            Dimension(id: "dimension-\(d)", name: "Dimension \(d)", questions: (0..<5).map { q in
                Question(id: "question-\(d)-\(q)", text: "Question \(q)?", statements: stages.map { "We are \($0.id)." })
            })
        }
        return Framework(id: "bench", version: "1.0", language: "en", title: "Bench", description: "Bench.",
                         stages: stages, dimensions: dimensions)
    }
}
