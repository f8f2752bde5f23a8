import MaturityCore
import MaturityFrameworks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shipped data-maturity framework: the base for translations and the framework responses
/// are checked against. Decoded once, at the first input.
let shippedFramework: Framework = {
    guard let file = BuiltInFrameworks.files.first(where: { $0.name == "data-maturity.yaml" }) else {
        fatalError("maturity-fuzz: data-maturity.yaml is not among the built-in frameworks")
    }
    guard let framework = FrameworkDecoder.decode(bytes: file.bytes, file: file.name).framework else {
        fatalError("maturity-fuzz: the shipped data-maturity.yaml does not decode")
    }
    return framework
}()

/// With MATURITY_FUZZ_PRINT=1 in the environment, each input's diagnostics are printed to
/// standard error: for looking at a finding or checking a seed, never while fuzzing.
let printsDiagnostics = getenv("MATURITY_FUZZ_PRINT").map { String(cString: $0) == "1" } ?? false

/// One input, read as every kind of file maturity reads (`UntrustedFileCheck`): a framework (or,
/// when its top level says `translation:`, a translation applied to the shipped framework), a
/// response to the shipped framework (or, after a `# --- then ---` line, a translation of or a
/// response to the framework before it), and a benchmark file, every diagnostic rendered with
/// its source line; then as keys from a terminal, through the assessment (`KeyFuzz`).
///
/// A crash, an address-sanitizer report or an input that takes over a second is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let check = UntrustedFileCheck(bytes: bytes, file: "fuzz.yaml", against: shippedFramework)

    // Every problem is located: a line of the input (or just past its end) and a column of that
    // line (or just past its end). An unlocated diagnostic is a finding too.
    if let (diagnostic, problem) = check.misplaced().first {
        fatalError("maturity-fuzz: the diagnostic at \(diagnostic.mark.line):\(diagnostic.mark.column) \(problem): \(diagnostic.message.prefix(200))")
    }
    let summary = DiagnosticRenderer.summary(check.diagnostics)
    if printsDiagnostics {
        let text = Array("\(check.rendered)\(summary)\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
    let drawn = KeyFuzz.run(bytes, framework: shippedFramework)
    // Keep the results observably used.
    if check.rendered.utf8.count == Int.max || summary.isEmpty || drawn < 0 || check.benchmarkProblems.count == Int.max { return -1 }
    return 0
}
