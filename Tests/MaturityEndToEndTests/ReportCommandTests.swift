import Foundation
import MaturityCore
import Testing

/// `maturity report` and `maturity benchmark` run on folders of response files.
@Suite struct ReportCommandTests {
    static func response(_ id: String, organisation: String, team: String? = nil, stage: String,
                         updated: String = "2026-11-21T10:00:00Z", framework: String = "data-maturity") -> Response {
        var response = Response(id: id, frameworkID: framework, frameworkVersion: "1.0", language: "en",
                                organisation: organisation, started: Timestamp(parsing: updated)!,
                                updated: Timestamp(parsing: updated)!, status: .complete)
        response.team = team
        response.respondent = "<script>alert(1)</script>"
        response.notes = ["uses-decisions": "=HYPERLINK(\"http://x\") | a | b |"]
        for id in ["uses-decisions", "uses-services", "data-quality", "skills-confidence", "tools-recording"] {
            response.answers[id] = .stage(stage)
        }
        return response
    }

    static func folder(with responses: [Response]) throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let store = ResponseStore(folder: folder.path)
        for response in responses { _ = try store.create(response) }
        return folder
    }

    @Test func markdownGoesToStandardOutputAndProblemsToStandardError() throws {
        let folder = try Self.folder(with: [
            Self.response("r1", organisation: "Trust", stage: "learning"),
            Self.response("r2", organisation: "Trust", stage: "developing"),
            Self.response("r3", organisation: "Trust", stage: "learning", framework: "data-skills"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        try "response: [broken\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["report", folder.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Data maturity for charities"))
        #expect(outcome.errors.contains("broken.yaml:1:"))
        #expect(outcome.errors.contains("left out: it answers the framework \"data-skills\""))
        #expect(!outcome.output.contains("<script>"))
    }

    @Test func theFormatFollowsTheFileExtensionAndFilesAreReplacedWhole() throws {
        let folder = try Self.folder(with: (1...4).map { Self.response("r\($0)", organisation: "Trust", team: "A", stage: "learning") })
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, check) in [("report.html", "<!DOCTYPE html>"), ("report.json", "\"maturity-report/1\""),
                              ("report.csv", "response"), ("report.md", "# ")] {
            let target = folder.appendingPathComponent("out-" + name)
            try "old content".write(to: target, atomically: true, encoding: .utf8)
            let outcome = try BinaryRunner.run(["report", folder.path, "-o", target.path, "--by", "team"])
            #expect(outcome.status == 0, "\(name): \(outcome.errors)")
            let written = try String(contentsOf: target, encoding: .utf8)
            #expect(written.contains(check), "\(name)")
            #expect(!written.contains("old content"))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func csvGuardsFormulasAndJsonKeepsScoresUnrounded() throws {
        let folder = try Self.folder(with: [Self.response("r1", organisation: "=cmd|' /C calc'!A0", stage: "learning"),
                                            Self.response("r2", organisation: "=cmd|' /C calc'!A0", stage: "mastering")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try BinaryRunner.run(["report", folder.path, "--format", "csv", "--csv", "scores"])
        #expect(csv.status == 0)
        #expect(!csv.output.contains(",=cmd"))
        #expect(csv.output.contains("'=cmd"))
        let json = try BinaryRunner.run(["report", folder.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "maturity-report/1")
        #expect(object["responses"] as? Int == 2)
    }

    @Test func nothingUsableExitsWithOne() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not: a response\n".write(to: folder.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["report", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("no response could be used"))
        let missing = try BinaryRunner.run(["report", "/no/such/folder"])
        #expect(missing.status == 1)
        // A one-letter name, or doubled slashes before an accented name, stopped the program
        // when it took paths apart with the full Foundation's NSString.
        for name in ["z", "a//é"] {
            let outcome = try BinaryRunner.run(["report", name], in: folder)
            #expect(outcome.status == 1, "\(name): \(outcome.errors)")
            #expect(outcome.errors.contains("\(name): no such file or folder"), "\(name): \(outcome.errors)")
        }
    }

    @Test func aBenchmarkNeedsFiveOrganisationsAndThenSitsBesideAReport() throws {
        let four = try Self.folder(with: (1...4).map { Self.response("o\($0)", organisation: "Org \($0)", stage: "learning") })
        defer { try? FileManager.default.removeItem(at: four) }
        let refused = try BinaryRunner.run(["benchmark", four.path, "-o", four.appendingPathComponent("bench.json").path])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("5"))
        #expect(!FileManager.default.fileExists(atPath: four.appendingPathComponent("bench.json").path))

        let stages = ["unaware", "emerging", "learning", "developing", "mastering", "learning"]
        let six = try Self.folder(with: stages.enumerated().map { Self.response("p\($0.offset)", organisation: "Org \($0.offset)", stage: $0.element) })
        defer { try? FileManager.default.removeItem(at: six) }
        let benchmark = six.appendingPathComponent("sector.json").path
        let built = try BinaryRunner.run(["benchmark", six.path, "-o", benchmark])
        #expect(built.status == 0, "\(built.errors)")
        let text = try String(contentsOfFile: benchmark, encoding: .utf8)
        #expect(!text.contains("Org 1"))
        #expect(!text.contains("script"))
        let report = try BinaryRunner.run(["report", four.path, "--benchmark", benchmark, "--format", "json"])
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("benchmark"))
    }

    /// The same person named twice (a folder and a file in it, and a copy of the file): counted
    /// once. An unfinished response is left out unless asked for, and said so.
    @Test func eachPersonCountsOnceAndUnfinishedOnesOnlyWhenAsked() throws {
        let folder = try Self.folder(with: [Self.response("r1", organisation: "Trust", stage: "learning"),
                                            Self.response("r2", organisation: "Trust", stage: "mastering")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try #require(ResponseStore(folder: folder.path).responseFiles().first)
        try FileManager.default.copyItem(atPath: first, toPath: folder.appendingPathComponent("usb-copy.yaml").path)
        var unfinished = Self.response("r3", organisation: "Trust", stage: "unaware")
        unfinished.status = .inProgress
        _ = try ResponseStore(folder: folder.path).create(unfinished)

        let outcome = try BinaryRunner.run(["report", folder.path, first, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(object["responses"] as? Int == 2)
        #expect(outcome.errors.contains("the same response (r1)"))
        #expect(outcome.errors.contains("left out: still in progress (5 of 28 questions answered)"))

        let all = try BinaryRunner.run(["report", folder.path, "--format", "json", "--include-in-progress"])
        let counted = try #require(try JSONSerialization.jsonObject(with: Data(all.output.utf8)) as? [String: Any])
        #expect(counted["responses"] as? Int == 3)

        let onlyUnfinished = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: onlyUnfinished) }
        _ = try ResponseStore(folder: onlyUnfinished.path).create(unfinished)
        let nothing = try BinaryRunner.run(["report", onlyUnfinished.path])
        #expect(nothing.status == 1)
        #expect(nothing.errors.contains("1 response is still in progress; add --include-in-progress"))
    }

    /// Answers the framework lacks are said with their file, line and column.
    @Test func answersTheFrameworkLacksAreLocated() throws {
        var response = Self.response("r1", organisation: "Trust", stage: "learning")
        response.answers["uses-decisons"] = .stage("learning")
        response.answers["uses-services"] = .stage("mastring")
        let folder = try Self.folder(with: [response])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(ResponseStore(folder: folder.path).responseFiles().first)
        let outcome = try BinaryRunner.run(["report", folder.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let lines = outcome.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(file):") && $0.contains(": warning: \"uses-decisons\" is not a question") && $0.contains("did you mean \"uses-decisions\"") })
        #expect(lines.contains { $0.hasPrefix("\(file):") && $0.contains(": warning: \"mastring\" is not a stage") })
    }
}
