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
    struct Run {
        var source: SourceText
        var frameworkDiagnostics: [Diagnostic] = []
        var responseDiagnostics: [Diagnostic] = []
        var rendered = ""
        var diagnostics: [Diagnostic] { frameworkDiagnostics + responseDiagnostics }
    }

    static func run(_ bytes: [UInt8], file: String) -> Run {
        let document = DocumentReader.read(bytes: bytes, file: file)
        var run = Run(source: document.source)
        if FrameworkTranslator.isTranslation(document) {
            run.frameworkDiagnostics = FrameworkTranslator.apply(document, to: dataMaturity).diagnostics
        } else {
            run.frameworkDiagnostics = FrameworkDecoder.decode(bytes: bytes, file: file).diagnostics
        }
        run.responseDiagnostics = ResponseDecoder.decode(bytes: bytes, file: file, framework: dataMaturity).diagnostics
        run.rendered = DiagnosticRenderer.text(run.diagnostics, sources: [file: document.source])
        return run
    }

    static func input(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: inputsFolder.appendingPathComponent(name)))
    }

    /// Every diagnostic on a line and column of the input.
    static func expectSound(_ run: Run, name: String) {
        let lines = run.source.lines.count
        for diagnostic in run.diagnostics {
            #expect(diagnostic.mark.line >= 1 && diagnostic.mark.column >= 1, "\(name): unlocated: \(diagnostic.message.prefix(200))")
            #expect(diagnostic.mark.line <= max(lines, 1) + 1, "\(name): line \(diagnostic.mark.line) is past the end (\(lines) lines)")
            if let line = run.source.text(ofLine: diagnostic.mark.line) {
                #expect(diagnostic.mark.column <= line.unicodeScalars.count + 1,
                        "\(name): column \(diagnostic.mark) is past the end of its line")
            }
            #expect(!diagnostic.message.isEmpty, "\(name): a diagnostic without a message at \(diagnostic.mark)")
        }
    }

    @Test(arguments: inputNames)
    func everyFindingIsReadWithLocatedDiagnostics(name: String) throws {
        let run = Self.run(try Self.input(name), file: name)
        Self.expectSound(run, name: name)
    }

    @Test func theFindingsAreThere() {
        #expect(Self.inputNames.contains("timeout-huge-unknown-key.yaml"))
    }

    /// Found within a minute of the first run, from the malformed corpus's fw-huge-key.yaml: a
    /// key of 64 KB that is not a known key. Every unknown key is compared with every known one
    /// for a "did you mean", and EditDistance.between builds a full (key length + 1) x (known
    /// key length + 1) table of Characters for each: about 23 tables of 65,537 rows here, which
    /// took 0.9 s in the framework decoder and 1.6 s in the response decoder (debug build), and
    /// over a second under the fuzzer. A key longer than a known key by more than the largest
    /// allowance (3) can never be a slip of it, so it need not be compared at all.
    @Test func aHugeUnknownKeyIsReportedOnItsLine() throws {
        let name = "timeout-huge-unknown-key.yaml"
        let run = Self.run(try Self.input(name), file: name)
        Self.expectSound(run, name: name)
        let unknown = "is not a known key"
        #expect(run.frameworkDiagnostics.contains { $0.severity == .error && $0.message.contains(unknown) && $0.mark == SourceMark(line: 1, column: 1) })
        #expect(run.responseDiagnostics.contains { $0.severity == .error && $0.message.contains(unknown) && $0.mark == SourceMark(line: 1, column: 1) })
        #expect(run.rendered.contains("error:"))
    }
}
