import ArgumentParser
import Foundation
import MaturityCore
import MaturityFrameworks

/// `maturity validate [FILE...]`: checks framework and translation files like a compiler.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check framework and translation files, and say where and how to fix each problem.",
        discussion: """
            With no file, checks every built-in framework and translation. A folder checks every \
            .yaml file in it. Exit status: 0 when there is no error (warnings allowed), 1 when \
            there is at least one error, 2 for a usage error. See docs/framework-format.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Framework or translation files, or folders of them.", valueName: "file"))
    var files: [String] = []

    @Option(help: "How to print the problems: text (like a compiler) or json (for editors and scripts).")
    var format: Format = .text

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = catalogueOptions.catalogue()
        var checked: [FrameworkFile] = []
        var diagnostics: [Diagnostic] = []
        if files.isEmpty {
            checked = BuiltInFrameworks.files.map { FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn) }
        }
        for path in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                switch FrameworkFile.files(inDirectory: path) {
                case .success(let found) where found.isEmpty:
                    diagnostics.append(Diagnostic(.error, file: path, at: SourceMark(line: 1, column: 1),
                                                  "this folder holds no .yaml files", hint: "name the framework files, or the folder that holds them"))
                case .success(let found): checked += found
                case .failure(let error): diagnostics.append(unreadable(path, error))
                }
                continue
            }
            switch FrameworkFile.read(path: path) {
            case .success(let file): checked.append(file)
            case .failure(let error): diagnostics.append(unreadable(path, error))
            }
        }
        var sources: [String: SourceText] = [:]
        var perFile: [(file: String, diagnostics: [Diagnostic])] = []
        for file in checked {
            let found = catalogue.check(file).sortedByLocation()
            sources[file.name] = SourceText(name: file.name, bytes: file.bytes)
            perFile.append((file.name, found))
            diagnostics += found
        }

        switch format {
        case .json:
            print(ValidationReport.json(files: perFile, diagnostics: diagnostics))
        case .text:
            let colour = Terminal.standardOutputWantsColour
            for problem in diagnostics where !checked.contains(where: { $0.name == problem.file }) {
                print(DiagnosticRenderer.render(problem, source: nil, colour: colour), terminator: "")
            }
            for (file, found) in perFile {
                if found.isEmpty {
                    print("\(SafeText.sanitize(file, keepNewlines: false)): ok")
                } else {
                    print(DiagnosticRenderer.text(found, sources: sources, colour: colour), terminator: "")
                }
            }
            // Files that could not be read count as checked: they are part of what was asked.
            let count = checked.count + Set(diagnostics.map(\.file)).subtracting(checked.map(\.name)).count
            print("checked \(count) file\(count == 1 ? "" : "s"): \(DiagnosticRenderer.summary(diagnostics))")
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }

    private func unreadable(_ path: String, _ error: FrameworkLoadError) -> Diagnostic {
        Diagnostic(.error, file: path, at: SourceMark(line: 1, column: 1), error.message,
                   hint: "check the path; `maturity frameworks` lists the frameworks it can find")
    }
}

/// The JSON that `validate --format json` prints (schema `maturity-diagnostics/1`).
enum ValidationReport {
    struct FileSummary: Encodable {
        var file: String
        var errors: Int
        var warnings: Int
    }

    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
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

    static func json(files: [(file: String, diagnostics: [Diagnostic])], diagnostics: [Diagnostic]) -> String {
        let report = Report(
            errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
            files: files.map { FileSummary(file: $0.file, errors: $0.diagnostics.errorCount, warnings: $0.diagnostics.warningCount) },
            diagnostics: diagnostics.map {
                Entry(file: $0.file, line: $0.mark.line, column: $0.mark.column, severity: $0.severity.rawValue,
                      message: $0.message, hint: $0.hint)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
