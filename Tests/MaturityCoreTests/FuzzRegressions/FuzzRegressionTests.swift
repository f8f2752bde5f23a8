import Foundation
import MaturityCore
import MaturityFrameworks
import Testing

/// Inputs that the fuzzer (Tests/scripts/fuzz.sh, Fuzz/) found to crash, hang or take too long,
/// kept in Inputs/ so that they never come back.
///
/// Each input goes through what the fuzz target does with it: the YAML-subset reader, the
/// framework decoder (or the translator over the shipped data-maturity framework when the input
/// is a translation), the response decoder against data-maturity, and the diagnostic renderer
/// with the source lines. Every problem must be located on a line and column of the input. A new
/// finding needs only its input file in Inputs/; add a test of its own below when it has
/// something particular to check.
///
/// The fuzzer's other finding, an input over its one-second timeout, is a matter of speed, and
/// speed is measured by the benchmark (`maturity-bench`, "slowest malformed or fuzzed file"),
/// which times each of these inputs in a release build; a test's clock would depend on the
/// machine's load.
@Suite struct FuzzRegressionTests {
    static let inputsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

    static let inputNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: inputsFolder.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    static let dataMaturity: Framework = {
        let file = BuiltInFrameworks.files.first { $0.name == "data-maturity.yaml" }!
        return FrameworkDecoder.decode(bytes: file.bytes, file: file.name).framework!
    }()

    /// What the fuzz target does with one input.
    static func run(_ bytes: [UInt8], file: String) -> UntrustedFileCheck {
        UntrustedFileCheck(bytes: bytes, file: file, against: dataMaturity)
    }

    static func input(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: inputsFolder.appendingPathComponent(name)))
    }

    /// Every diagnostic on a line and column of the input, with a message.
    static func expectSound(_ run: UntrustedFileCheck, name: String) {
        for (diagnostic, problem) in run.misplaced() {
            Issue.record("\(name): the diagnostic at \(diagnostic.mark) \(problem): \(diagnostic.message.prefix(200))")
        }
    }

    @Test(arguments: inputNames)
    func everyFindingIsReadWithLocatedDiagnostics(name: String) throws {
        let run = Self.run(try Self.input(name), file: name)
        Self.expectSound(run, name: name)
    }

    /// The check that every finding is held to finds a misplaced diagnostic when there is one.
    @Test func aMisplacedDiagnosticIsFound() throws {
        var run = Self.run(Array("framework: x\nversion: 1\n".utf8), file: "x.yaml")
        #expect(run.misplaced().isEmpty)
        run.frameworkDiagnostics.append(Diagnostic(.error, file: "x.yaml", at: SourceMark(line: 9, column: 1), "far"))
        run.frameworkDiagnostics.append(Diagnostic(.error, file: "x.yaml", at: SourceMark(line: 1, column: 40), "wide"))
        run.frameworkDiagnostics.append(Diagnostic(.error, file: "x.yaml", at: SourceMark(line: 0, column: 0), "nowhere"))
        #expect(run.misplaced().map(\.problem) == ["is past the last line (2)", "is past the end of its line (12 characters)",
                                                   "is not on a line and column"])
    }

    @Test func theFindingsAreThere() {
        #expect(Set(Self.inputNames).isSuperset(of: ["timeout-huge-unknown-key.yaml", "timeout-100k-line-without-colon.yaml",
                                                    "timeout-35k-line-of-invalid-bytes.yaml"]))
    }

    /// Found within a minute of the first run, from the malformed corpus's fw-huge-key.yaml: a
    /// key of 64 KB that is not a known key. Every unknown key is compared with every known one
    /// for a "did you mean", and EditDistance.between builds a full (key length + 1) x (known
    /// key length + 1) table of Characters for each: about 23 tables of 65,537 rows here, which
    /// took 0.9 s in the framework decoder and 1.6 s in the response decoder (debug build), and
    /// over a second under the fuzzer. A key longer than a known key by more than the largest
    /// allowance (3) can never be a slip of it, so it need not be compared at all. (Since issue
    /// 17 such a key is named once, as too long, and not also as unknown.)
    @Test func aHugeUnknownKeyIsReportedOnItsLine() throws {
        let name = "timeout-huge-unknown-key.yaml"
        let run = Self.run(try Self.input(name), file: name)
        Self.expectSound(run, name: name)
        let unknown = "this key is longer than 1,024 characters"
        #expect(run.frameworkDiagnostics.contains { $0.severity == .error && $0.message.contains(unknown) && $0.mark == SourceMark(line: 1, column: 1) })
        #expect(run.responseDiagnostics.contains { $0.severity == .error && $0.message.contains(unknown) && $0.mark == SourceMark(line: 1, column: 1) })
        #expect(run.rendered.contains("error:"))
    }
}
