import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCommandLine
import MaturityCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Response files gathered from the paths a person names (files, or folders of them), the
/// framework they answer, and every file that could not be used and why (`ResponseSelection`
/// decides; this reads the files and prints what it says).
struct ResponseCollection {
    /// Every file read, in the order named (folders in name order), each file once.
    var loaded: [LoadedResponse] = []
    /// Paths that could not be read as files or folders at all.
    var missing: [Report.Problem] = []

    /// Reads every response file under `paths`; nothing unreadable is skipped in silence.
    init(paths: [String]) {
        var files: [String] = []
        // Files found in folders are read without following links; files named are followed.
        var named = Set<String>()
        // The same file named twice (a folder and a file in it, or two spellings, or through a
        // link) is read once: files are told apart by device and inode. A single folder's
        // names are its own, so it needs no check (copies are found by response id later).
        let check = paths.count > 1
        var seen = Set<FileIdentity>()
        func add(_ file: String) {
            guard check, let identity = FileIdentity(path: file) else { return files.append(file) }
            if seen.insert(identity).inserted { files.append(file) }
        }
        for path in paths {
            guard let kind = FileKind.at(path) else {
                missing.append(Report.Problem(source: path, reason: Self.whyMissing(path)))
                continue
            }
            if kind == .folder {
                guard access(FileSystemName.encode(path), R_OK | X_OK) == 0 else {
                    missing.append(Report.Problem(source: path, reason: FolderAccess.denialReason(for: path)))
                    continue
                }
                let found = ResponseStore(folder: path).responseFiles()
                if found.isEmpty {
                    missing.append(Report.Problem(source: path, reason: "the folder holds no response files (.yaml or .yml); folders inside it are not searched"))
                }
                found.forEach(add)
            } else {
                named.insert(path)
                add(path)
            }
        }
        loaded = ResponseStore.load(paths: files, following: named)
    }

    /// Why a path cannot be had: missing, or a folder on the way that does not let this user
    /// in (said as the workshop view says it, naming the folder and whose it is).
    static func whyMissing(_ path: String) -> String {
        var status = stat()
        if stat(FileSystemName.encode(path), &status) != 0, errno == EACCES { return FolderAccess.denialReason(for: path) }
        return "no such file or folder"
    }

    /// The framework to use: the one named, or else the one most of the responses answer.
    func framework(named reference: String?, catalogue: FrameworkCatalogue) -> Result<Framework, FrameworkLoadError> {
        if let reference { return catalogue.resolve(reference) }
        let counts = Dictionary(grouping: loaded.compactMap(\.response), by: \.frameworkID).mapValues(\.count)
        guard let most = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            return .failure(.notFound(id: "", available: catalogue.frameworks.map(\.id)))
        }
        return catalogue.resolve(most)
    }

    /// What a command works on: the framework, the responses it uses, and the rest listed as
    /// problems (already printed on standard error, with every located warning of the files
    /// used). Exits with status 1 when no framework can be had.
    static func gather(paths: [String], framework reference: String?, catalogue: FrameworkCatalogue,
                       includeInProgress: Bool) throws -> (framework: Framework, selection: ResponseSelection, problems: [Report.Problem]) {
        let collection = ResponseCollection(paths: paths)
        switch collection.framework(named: reference, catalogue: catalogue) {
        case .success(let framework):
            let selection = ResponseSelection(loaded: collection.loaded, framework: framework,
                                              includeInProgress: includeInProgress)
            let problems = collection.missing + selection.problems
            printUnreadable(collection.loaded)
            // Unreadable files were just printed with their places; the rest once each.
            let unreadable = Set(collection.loaded.filter { $0.response == nil }.map(\.path))
            printProblems(problems.filter { !unreadable.contains($0.source) })
            printWarnings(of: selection.pathsToCheck, framework: framework)
            return (framework, selection, problems)
        case .failure(let error):
            printUnreadable(collection.loaded)
            printProblems(collection.missing)
            let anyResponse = collection.loaded.contains { $0.response != nil }
            Terminal.warn(anyResponse ? error.message : "no response could be used")
            throw ExitCode(1)
        }
    }

    /// Files that could not be read: each error with its line and column, a few per file.
    static func printUnreadable(_ loaded: [LoadedResponse]) {
        for item in loaded where item.response == nil {
            printDiagnostics(item.diagnostics.filter(\.isError), of: item.path)
        }
    }

    /// Reads the used files that differ from the framework again, against it, so that every
    /// unknown question or stage and a different fingerprint is said with its place.
    static func printWarnings(of paths: [String], framework: Framework) {
        for item in ResponseStore.load(paths: paths, framework: framework) {
            printDiagnostics(item.diagnostics.filter { !$0.isError }, of: item.path)
        }
    }

    /// At most this many messages for one file; `maturity validate FILE` shows them all.
    static let perFileLimit = 5

    static func printDiagnostics(_ diagnostics: [Diagnostic], of path: String) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        for diagnostic in diagnostics.sortedByLocation().prefix(perFileLimit) {
            text += "\(SafeText.sanitize(diagnostic.file, keepNewlines: false)):\(diagnostic.mark.line):\(diagnostic.mark.column): "
                + "\(diagnostic.severity.rawValue): \(SafeText.sanitize(diagnostic.message, keepNewlines: false))\n"
        }
        if diagnostics.count > perFileLimit {
            text += "\(SafeText.sanitize(path, keepNewlines: false)): and \(diagnostics.count - perFileLimit) more; maturity validate shows them all\n"
        }
        Terminal.writeToStandardError(text)
    }

    /// Prints the problems on standard error, one line each.
    static func printProblems(_ problems: [Report.Problem]) {
        for problem in problems {
            Terminal.warn("\(SafeText.sanitize(problem.source, keepNewlines: false)): \(SafeText.sanitize(problem.reason, keepNewlines: false))")
        }
    }
}

