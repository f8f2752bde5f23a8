/// Reads one file the way every reader of maturity would, whatever kind it claims to be: the
/// YAML-subset reader, then the framework decoder (or, when the file says `translation:`, the
/// translator over `framework`), then the response decoder against `framework`, and renders
/// every diagnostic with its source line as `validate` prints it.
///
/// It is what the fuzzer feeds, what the fuzz regression tests replay and what the benchmark
/// times for the malformed corpus: one definition, so that the three cannot drift apart.
public struct UntrustedFileCheck: Sendable {
    public var source: SourceText
    public var frameworkDiagnostics: [Diagnostic]
    public var responseDiagnostics: [Diagnostic]
    public var rendered: String

    public var diagnostics: [Diagnostic] { frameworkDiagnostics + responseDiagnostics }

    public init(bytes: [UInt8], file: String, against framework: Framework) {
        let document = DocumentReader.read(bytes: bytes, file: file)
        source = document.source
        if FrameworkTranslator.isTranslation(document) {
            frameworkDiagnostics = FrameworkTranslator.apply(document, to: framework).diagnostics
        } else {
            frameworkDiagnostics = FrameworkDecoder.decode(bytes: bytes, file: file).diagnostics
        }
        responseDiagnostics = ResponseDecoder.decode(bytes: bytes, file: file, framework: framework).diagnostics
        rendered = DiagnosticRenderer.text(frameworkDiagnostics + responseDiagnostics, sources: [file: document.source])
    }

    /// Every diagnostic whose place is wrong, with what is wrong: each problem must be on a
    /// line and column of the file (or just past its end), with a message. Each line's length
    /// is worked out once, so that many problems on one long line stay cheap.
    public func misplaced() -> [(diagnostic: Diagnostic, problem: String)] {
        var lengths: [Int: Int] = [:]
        func length(ofLine number: Int) -> Int? {
            if let known = lengths[number] { return known }
            let length = source.text(ofLine: number)?.unicodeScalars.count
            lengths[number] = length
            return length
        }
        var found: [(diagnostic: Diagnostic, problem: String)] = []
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
            if let problem { found.append((diagnostic, problem)) }
        }
        return found
    }
}
