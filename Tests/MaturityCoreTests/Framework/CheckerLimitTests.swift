import Foundation
import MaturityCore
import Testing

/// The checker keeps at most 100 problems per file and counts the rest in one last message, so
/// that a huge broken file costs a screenful and a little memory, not half a million messages.
@Suite struct CheckerLimitTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/malformed/fw-many-problems.yaml")

    @Test func aHundredProblemsAreShownAndTheRestCounted() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixture))
        let diagnostics = FrameworkDecoder.decode(bytes: bytes, file: "fw-many-problems.yaml").diagnostics
        #expect(diagnostics.count == SchemaReader.diagnosticLimit + 1)
        let first = try #require(diagnostics.first)
        #expect("\(first.mark) \(first.message)" == "22:9 \"colour\" is not a known key in question \"q2\"")
        let last = try #require(diagnostics.last)
        #expect("\(last.mark) \(last.severity.rawValue): \(last.message)"
                == "622:9 error: 50 more problems from here on are not shown (50 errors)")
        #expect(last.hint == "fix the problems above, then check the file again")
        #expect(last.code == "too-many-problems")
    }

    @Test func theCountOfWhatIsNotShownSaysErrorsAndWarningsApartWithThousandsGrouped() {
        var schema = SchemaReader(file: "f.yaml")
        for line in 1...1_234 { schema.error("e", at: SourceMark(line: line, column: 1), code: "x") }
        for line in 1...2 { schema.warning("w", at: SourceMark(line: 2_000 + line, column: 1), code: "y") }
        let last = schema.diagnostics.last
        #expect(schema.diagnostics.count == 101)
        #expect(last?.message == "1,136 more problems from here on are not shown (1,134 errors and 2 warnings)")
        #expect(last?.mark == SourceMark(line: 101, column: 1))
        #expect(schema.hasErrors)
    }

    @Test func warningsAloneAreCountedAsWarnings() {
        var schema = SchemaReader(file: "f.yaml")
        for line in 1...101 { schema.warning("w", at: SourceMark(line: line, column: 1), code: "y") }
        #expect(schema.diagnostics.last?.message == "1 more problem from here on is not shown (1 warning)")
        #expect(schema.diagnostics.last?.severity == .warning)
    }
}
