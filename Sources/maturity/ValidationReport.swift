#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore

/// What `validate` prints: text like a compiler's, or JSON (schema `maturity-diagnostics/1`).
enum ValidationReport {
    /// One file asked for, read or not, with what was found in it.
    struct File {
        var name: String
        /// framework, translation, response, or folder (a folder with no files); nil when unread.
        var kind: String?
        /// The text, for quoting lines; nil when the file could not be read.
        var source: SourceText?
        var diagnostics: [Diagnostic]
        /// For a language file: how many of the English texts it translates.
        var coverage: LanguageFile.Coverage? = nil

        var status: String {
            if source == nil && kind == nil { return "unreadable" }
            if diagnostics.hasErrors { return "errors" }
            return diagnostics.isEmpty ? "ok" : "warnings"
        }
    }

    /// Each file in turn: `FILE: ok`, or its problems with the lines they are on; then the count.
    static func text(_ files: [File], colour: Bool) -> String {
        var output = ""
        for file in files {
            let name = SafeText.sanitize(file.name, keepNewlines: false)
            let translated = file.coverage.map { "\($0.translated) of \($0.total) texts translated" }
            if file.diagnostics.isEmpty {
                output += "\(name): ok\(translated.map { " (\($0))" } ?? "")\n"
            } else {
                output += file.diagnostics.map {
                    DiagnosticRenderer.render($0, source: $0.file == file.name ? file.source : nil, colour: colour)
                }.joined()
                if let translated { output += "\(name): \(translated)\n" }
            }
        }
        let all = files.flatMap(\.diagnostics)
        output += "checked \(files.count) file\(files.count == 1 ? "" : "s"): \(DiagnosticRenderer.summary(all))\n"
        return output
    }

    struct FileSummary: Encodable {
        var file: String
        var kind: String?
        var status: String
        var errors: Int
        var warnings: Int
    }

    /// A place as the Language Server Protocol gives it: 0-based line, and the character
    /// counted in UTF-16 code units.
    struct Position: Encodable {
        var line: Int
        var character: Int
    }

    struct Range: Encodable {
        var start: Position
        var end: Position
    }

    /// Another place a message speaks of ("already set on line 23").
    struct Related: Encodable {
        var file: String
        var line: Int
        var column: Int
        var message: String
    }

    struct Entry: Encodable {
        var code: String?
        var file: String
        /// 1-based, columns in Unicode characters (scalars), as the text output's caret.
        var line: Int
        var column: Int
        /// Just past the problem's last character.
        var endLine: Int
        var endColumn: Int
        var range: Range
        var related: [Related]?
        var severity: String
        var message: String
        var hint: String?
    }

    struct Report: Encodable {
        var schema = "maturity-diagnostics/1"
        var errors: Int
        var warnings: Int
        var files: [FileSummary]
        var diagnostics: [Entry]
    }

    /// A diagnostic as JSON. Names and messages are made safe as in the text output: JSON would
    /// escape control characters, but not C1 controls or bidirectional overrides.
    static func entry(_ diagnostic: Diagnostic, source: SourceText?) -> Entry {
        let end = diagnostic.end ?? source?.tokenEnd(at: diagnostic.mark) ?? diagnostic.mark
        func position(_ mark: SourceMark) -> Position {
            let place = source?.lspPosition(of: mark) ?? (line: max(mark.line - 1, 0), character: max(mark.column - 1, 0))
            return Position(line: place.line, character: place.character)
        }
        let related = diagnostic.related.map {
            Related(file: SafeText.sanitize($0.file, keepNewlines: false), line: $0.mark.line, column: $0.mark.column,
                    message: SafeText.sanitize($0.message, keepNewlines: false))
        }
        return Entry(code: diagnostic.code, file: SafeText.sanitize(diagnostic.file, keepNewlines: false),
                     line: diagnostic.mark.line, column: diagnostic.mark.column, endLine: end.line, endColumn: end.column,
                     range: Range(start: position(diagnostic.mark), end: position(end)), related: related.isEmpty ? nil : related,
                     severity: diagnostic.severity.rawValue, message: SafeText.sanitize(diagnostic.message, keepNewlines: false),
                     hint: diagnostic.hint.map { SafeText.sanitize($0, keepNewlines: false) })
    }

    static func json(_ files: [File]) -> String {
        let all = files.flatMap(\.diagnostics)
        let report = Report(
            errors: all.errorCount, warnings: all.warningCount,
            files: files.map {
                FileSummary(file: SafeText.sanitize($0.name, keepNewlines: false), kind: $0.kind, status: $0.status,
                            errors: $0.diagnostics.errorCount, warnings: $0.diagnostics.warningCount)
            },
            diagnostics: files.flatMap { file in file.diagnostics.map { entry($0, source: $0.file == file.name ? file.source : nil) } })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
