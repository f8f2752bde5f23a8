import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCommandLine
import MaturityCore
import MaturityUI
import MaturityFrameworks

/// `maturity validate [FILE...]`: checks framework, translation and response files like a compiler.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check framework, translation, response and language files, and say where and how to fix each problem.",
        discussion: """
            With no file, checks every built-in framework, translation and language file. A folder checks every \
            .yaml file in it; - reads one file from standard input. Each file is checked by what it holds: a framework on its own, a \
            translation (translation: at the top) against its framework, a response (response: at \
            the top) against the framework it answers, a language file (program: at the top) against \
            the program's English words. Frameworks are looked for among the \
            built-in ones, in the --frameworks-dir and MATURITY_FRAMEWORKS folders, and among the \
            files checked; a translation's own folder comes first. Exit status: 0 when there is no error \
            (warnings allowed), 1 when there is at least one error, 2 for a usage error. See \
            docs/framework-format.md, docs/response-format.md and docs/translating.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Framework, translation, response or language files, or folders of them; - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "How to print the problems: text (like a compiler) or json (for editors and scripts).")
    var format: Format = .text

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let outcomes = filesToCheck()
        // The frameworks being checked can check the translations and responses beside them.
        let given = files.isEmpty ? [] : outcomes.compactMap { outcome -> FrameworkFile? in
            if case .read(let file) = outcome { return file }
            return nil
        }
        let catalogue = catalogueOptions.catalogue(adding: given)
        let checked = outcomes.map { outcome -> ValidationReport.File in
            switch outcome {
            case .read(let file):
                let (kind, found, coverage) = catalogue.inspect(file)
                return ValidationReport.File(name: file.name, kind: kind.rawValue, source: SourceText(name: file.name, bytes: file.bytes),
                                             diagnostics: found.sortedByLocation(), coverage: coverage)
            case .unreadable(let path, let error):
                return ValidationReport.File(name: path, kind: nil, source: nil, diagnostics: [
                    Diagnostic(.error, file: path, at: SourceMark(line: 1, column: 1), error.message,
                               hint: "check the path; `maturity frameworks` lists the frameworks it can find").coded("unreadable-file"),
                ])
            case .emptyFolder(let path):
                return ValidationReport.File(name: path, kind: "folder", source: nil, diagnostics: [
                    Diagnostic(.error, file: path, at: SourceMark(line: 1, column: 1), "this folder holds no .yaml files",
                               hint: "name the files to check, or the folder that holds them").coded("empty-folder"),
                ])
            }
        }
        switch format {
        case .json: print(ValidationReport.json(checked))
        case .text: print(ValidationReport.text(checked, colour: Terminal.standardOutputWantsColour), terminator: "")
        }
        if checked.contains(where: { $0.diagnostics.hasErrors }) { throw ExitCode(1) }
    }

    enum Outcome {
        case read(FrameworkFile)
        case unreadable(String, FrameworkLoadError)
        case emptyFolder(String)
    }

    /// Every file asked for, in the order given, a folder's files in name order; the files that
    /// cannot be read stay in their place, so that each one is accounted for.
    func filesToCheck() -> [Outcome] {
        if files.isEmpty {
            return BuiltInFrameworks.files.map { .read(FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)) }
                + BuiltInLanguages.sources.map { .read(FrameworkFile(name: "languages/" + $0.name, bytes: $0.bytes, origin: .builtIn)) }
        }
        var outcomes: [Outcome] = []
        for path in files {
            if FileKind.at(path) == .folder {
                switch FrameworkFile.contents(ofDirectory: path) {
                case .success(let found) where found.isEmpty: outcomes.append(.emptyFolder(path))
                case .success(let found):
                    outcomes += found.map { result in
                        switch result {
                        case .success(let file): return .read(file)
                        case .failure(let error): return .unreadable(Self.path(of: error) ?? path, error)
                        }
                    }
                case .failure(let error): outcomes.append(.unreadable(path, error))
                }
                continue
            }
            if path == "-" {
                // An editor's unsaved text, piped in.
                switch FileBytes.readStandardInput(limit: FrameworkFile.sizeLimit) {
                case .success(let bytes): outcomes.append(.read(FrameworkFile(name: Self.standardInputName, bytes: bytes, origin: .path)))
                case .failure: outcomes.append(.unreadable(Self.standardInputName, .unreadable(path: Self.standardInputName,
                                                                                                  reason: "standard input cannot be read, or holds more than 32 MB")))
                }
                continue
            }
            switch FrameworkFile.read(path: path) {
            case .success(let file): outcomes.append(.read(file))
            case .failure(let error): outcomes.append(.unreadable(path, error))
            }
        }
        return outcomes
    }

    /// The name messages give the text read from standard input (`-`).
    static let standardInputName = "<stdin>"

    static func path(of error: FrameworkLoadError) -> String? {
        if case .unreadable(let path, _) = error { return path }
        return nil
    }
}
