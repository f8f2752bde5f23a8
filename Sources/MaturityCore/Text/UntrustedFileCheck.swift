#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads one file the way every reader of maturity would, whatever kind it claims to be: the
/// YAML-subset reader, then the framework decoder (or, when the file says `translation:`, the
/// translator over `framework`), then the response decoder against `framework`, and renders
/// every diagnostic with its source line as `validate` prints it. The same bytes are also read
/// as a benchmark file (JSON).
///
/// A file in two parts, split by a line `# --- then ---`, is a trainer's own framework followed
/// by a translation of it or a response to it: the first part is decoded as a framework and,
/// when it can be used, the second part is checked against it (as `validate` checks a response
/// beside a custom framework); otherwise the second part is checked against `framework`.
///
/// It is what the fuzzer feeds, what the fuzz regression tests replay and what the benchmark
/// times for the malformed corpus: one definition, so that the three cannot drift apart.
public struct UntrustedFileCheck: Sendable {
    /// The line that splits a two-part input.
    public static let separator = "# --- then ---"

    /// The text of the input (its first part, for a two-part input).
    public var source: SourceText
    /// Every part's text by the file name its diagnostics carry.
    public var sources: [String: SourceText]
    public var frameworkDiagnostics: [Diagnostic]
    public var responseDiagnostics: [Diagnostic]
    /// Why the input is not a usable benchmark file, or empty when it is one.
    public var benchmarkProblems: [String]
    public var rendered: String

    public var diagnostics: [Diagnostic] { frameworkDiagnostics + responseDiagnostics }

    public init(bytes: [UInt8], file: String, against framework: Framework) {
        let parts = Self.split(bytes)
        let first = DocumentReader.read(bytes: parts.first, file: file)
        source = first.source
        sources = [file: first.source]
        var base = framework
        if FrameworkTranslator.isTranslation(first) {
            frameworkDiagnostics = FrameworkTranslator.apply(first, to: framework).diagnostics
        } else {
            let decoded = FrameworkDecoder.decode(first)
            frameworkDiagnostics = decoded.diagnostics
            if parts.second != nil, let custom = decoded.framework { base = custom }
        }
        if let second = parts.second {
            let name = file + " (second part)"
            let document = DocumentReader.read(bytes: second, file: name)
            sources[name] = document.source
            if FrameworkTranslator.isTranslation(document) {
                responseDiagnostics = FrameworkTranslator.apply(document, to: base).diagnostics
            } else {
                responseDiagnostics = ResponseDecoder.decode(document, framework: base).diagnostics
            }
        } else {
            responseDiagnostics = ResponseDecoder.decode(first, framework: base).diagnostics
        }
        do {
            _ = try BenchmarkFile.read(Data(bytes))
            benchmarkProblems = []
        } catch {
            benchmarkProblems = error.problems
        }
        rendered = DiagnosticRenderer.text(frameworkDiagnostics + responseDiagnostics, sources: sources)
    }

    /// The bytes before and after the first separator line, or all of them and nil.
    static func split(_ bytes: [UInt8]) -> (first: [UInt8], second: [UInt8]?) {
        let marker = Array(separator.utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd - lineStart == marker.count && bytes[lineStart..<contentEnd].elementsEqual(marker) {
                return (Array(bytes[..<lineStart]), Array(bytes[min(bytes.count, lineEnd + 1)...]))
            }
            lineStart = lineEnd + 1
        }
        return (bytes, nil)
    }

    /// Every diagnostic whose place is wrong, with what is wrong: each problem must be on a
    /// line and column of its file (or just past its end), with a message. Each line's length
    /// is worked out once, so that many problems on one long line stay cheap.
    public func misplaced() -> [(diagnostic: Diagnostic, problem: String)] {
        var lengths: [String: [Int: Int]] = [:]
        var found: [(diagnostic: Diagnostic, problem: String)] = []
        for diagnostic in diagnostics {
            let text = sources[diagnostic.file] ?? source
            func length(ofLine number: Int) -> Int? {
                if let known = lengths[diagnostic.file]?[number] { return known }
                let length = text.text(ofLine: number)?.unicodeScalars.count
                lengths[diagnostic.file, default: [:]][number] = length
                return length
            }
            let mark = diagnostic.mark
            var problem: String?
            if mark.line < 1 || mark.column < 1 {
                problem = "is not on a line and column"
            } else if mark.line > max(text.lines.count, 1) + 1 {
                problem = "is past the last line (\(text.lines.count))"
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
