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

/// One input, read as every kind of file maturity reads: a framework (or, when its top level
/// says `translation:`, a translation applied to the shipped framework), and a response to the
/// shipped framework. Every diagnostic is then rendered with its source line, as `validate` does.
///
/// A crash, an address-sanitizer report or an input that takes over a second is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let file = "fuzz.yaml"

    // The YAML-subset reader.
    let document = DocumentReader.read(bytes: bytes, file: file)
    var diagnostics = document.diagnostics

    // A framework, or a translation of the shipped one.
    if FrameworkTranslator.isTranslation(document) {
        diagnostics += FrameworkTranslator.apply(document, to: shippedFramework).diagnostics
    } else {
        diagnostics += FrameworkDecoder.decode(bytes: bytes, file: file).diagnostics
    }

    // A response to the shipped framework.
    diagnostics += ResponseDecoder.decode(bytes: bytes, file: file, framework: shippedFramework).diagnostics

    // Every problem is located: a line of the input (or just past its end) and a column of that
    // line (or just past its end). An unlocated diagnostic is a finding too.
    checkLocations(diagnostics, in: document.source)

    // Every message, with the raw source line quoted under it.
    let rendered = DiagnosticRenderer.text(diagnostics, sources: [file: document.source])
    let summary = DiagnosticRenderer.summary(diagnostics)
    if printsDiagnostics {
        let text = Array("\(rendered)\(summary)\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
    // Keep the results observably used.
    if rendered.utf8.count == Int.max || summary.isEmpty { return -1 }
    return 0
}

func checkLocations(_ diagnostics: [Diagnostic], in source: SourceText) {
    // Each line's length is worked out once, so that the check costs no more than the input.
    var lengths: [Int: Int] = [:]
    func length(ofLine number: Int) -> Int? {
        if let known = lengths[number] { return known }
        let length = source.text(ofLine: number)?.unicodeScalars.count
        lengths[number] = length
        return length
    }
    for diagnostic in diagnostics {
        let mark = diagnostic.mark
        var problem: String?
        if mark.line < 1 || mark.column < 1 {
            problem = "is not on a line and column"
        } else if mark.line > max(source.lines.count, 1) + 1 {
            problem = "is past the last line (\(source.lines.count))"
        } else if let length = length(ofLine: mark.line), mark.column > length + 1 {
            problem = "is past the end of its line (\(length) characters)"
        } else if diagnostic.message.isEmpty {
            problem = "has no message"
        }
        if let problem {
            fatalError("maturity-fuzz: the diagnostic at \(mark.line):\(mark.column) \(problem): \(diagnostic.message.prefix(200))")
        }
    }
}
