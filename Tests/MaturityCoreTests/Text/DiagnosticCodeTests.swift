import Foundation
import MaturityCore
import MaturityFrameworks
import Testing

/// Every diagnostic has a stable code for editors, from one documented list.
@Suite struct DiagnosticCodeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theListHasEachCodeOnceAndTheGuideListsThemAll() throws {
        let codes = DiagnosticCode.meanings.map(\.code)
        #expect(Set(codes).count == codes.count)
        let guide = try String(contentsOf: Self.repository.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "### Diagnostic codes").dropFirst().first?
            .components(separatedBy: "\n### ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        // | `code` | meaning |, where a | in the meaning is written \|.
        let documented = rows.map { row -> (String, String) in
            let afterCode = row.dropFirst(3).split(separator: "`", maxSplits: 1)
            let meaning = afterCode[1].dropFirst(3).dropLast(2)
            return (String(afterCode[0]), meaning.replacingOccurrences(of: "\\|", with: "|"))
        }
        #expect(documented.map(\.0) == codes)
        #expect(documented.map(\.1) == DiagnosticCode.meanings.map(\.meaning))
    }

    /// Every file of the corpus, checked as `validate` checks it: each diagnostic has a listed code.
    @Test func everyDiagnosticOfTheCorpusHasAListedCode() throws {
        let known = Set(DiagnosticCode.meanings.map(\.code))
        let catalogue = FrameworkCatalogue(files: BuiltInFrameworks.files.map { FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn) })
        let folder = Self.repository.appendingPathComponent("Tests/Fixtures/malformed")
        var seen = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            for diagnostic in catalogue.check(FrameworkFile(name: name, bytes: bytes, origin: .path)) {
                #expect(diagnostic.code.map(known.contains) == true, "\(name) \(diagnostic.mark): \(diagnostic.message) has code \(diagnostic.code ?? "none")")
                if let code = diagnostic.code { seen.insert(code) }
            }
        }
        // The corpus exercises most kinds; the rest are covered by the reader's and decoder's tests.
        #expect(seen.count >= 50, "only \(seen.count) codes seen: \(seen.sorted())")
    }
}
