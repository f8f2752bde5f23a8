#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A framework or translation file, from the binary or from disk.
public struct FrameworkFile: Sendable {
    public enum Origin: Sendable, Equatable {
        case builtIn
        case directory(String)
        case path
    }

    /// The name shown in messages: the file name for built-in files, the path otherwise.
    public var name: String
    public var bytes: [UInt8]
    public var origin: Origin

    public init(name: String, bytes: [UInt8], origin: Origin) {
        self.name = name
        self.bytes = bytes
        self.origin = origin
    }

    /// Files larger than this are refused before parsing: no framework comes near it.
    public static let sizeLimit = 32 * 1024 * 1024

    /// Reads a file from disk, or says plainly why it cannot.
    public static func read(path: String, origin: Origin = .path) -> Result<FrameworkFile, FrameworkLoadError> {
        guard let kind = FileKind.at(path) else {
            return .failure(.unreadable(path: path, reason: "no such file"))
        }
        if kind == .folder { return .failure(.unreadable(path: path, reason: "it is a folder, not a file")) }
        switch FileBytes.read(path, limit: sizeLimit) {
        case .success(let bytes):
            return .success(FrameworkFile(name: path, bytes: bytes, origin: origin))
        case .failure(.tooLarge(let size)):
            return .failure(.unreadable(path: path, reason: "it is too large (\(size / 1_048_576) MB; the limit is \(sizeLimit / 1_048_576) MB)"))
        case .failure(.notAFile):
            return .failure(.unreadable(path: path, reason: "it is not a regular file (a device or a named pipe)"))
        case .failure(.unreadable), .failure(.link):
            return .failure(.unreadable(path: path, reason: "it cannot be read (check its permissions)"))
        }
    }

    /// The `.yaml` and `.yml` files directly in a folder, in name order; files that cannot be
    /// read are left out.
    public static func files(inDirectory path: String) -> Result<[FrameworkFile], FrameworkLoadError> {
        contents(ofDirectory: path).map { results in results.compactMap { try? $0.get() } }
    }

    /// The same, keeping each file that cannot be read with the reason, for `validate`, which
    /// must account for every file it was asked to check.
    public static func contents(ofDirectory path: String) -> Result<[Result<FrameworkFile, FrameworkLoadError>], FrameworkLoadError> {
        guard let names = FileSystemName.names(inFolder: path) else {
            return .failure(.unreadable(path: path, reason: FileKind.at(path) != nil ? "the folder cannot be read" : "no such folder"))
        }
        let paths = names.sorted().filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .map { Paths.appending($0, to: path) }
        // Subfolders are skipped, whatever they are called.
        return .success(paths.filter { !isFolder($0) }.map { read(path: $0, origin: .directory(path)) })
    }

    static func isFolder(_ path: String) -> Bool {
        FileKind.at(path) == .folder
    }
}

/// Why a framework could not be had.
public enum FrameworkLoadError: Error, Sendable, Equatable {
    case unreadable(path: String, reason: String)
    case notFound(id: String, available: [String])
    case invalid(file: String, diagnostics: [Diagnostic])
    case noTranslation(id: String, language: String, available: [String])

    /// One plain sentence for the person at the terminal.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read \(SafeText.sanitize(path, keepNewlines: false)): \(reason)"
        case .notFound(let id, let available):
            let suggestion = EditDistance.suggestion(for: id, among: available).map { "; did you mean \"\($0)\"? The" } ?? "; the"
            return "no framework called \"\(id.excerpt(limit: 64))\"\(suggestion) frameworks here are: \(available.joined(separator: ", "))"
        case .invalid(let file, let diagnostics):
            return "\(SafeText.sanitize(file, keepNewlines: false)) has \(DiagnosticRenderer.summary(diagnostics)); run `maturity validate \(file)` to see them"
        case .noTranslation(let id, let language, let available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "the framework \"\(id)\" has no \"\(SafeText.sanitize(language, keepNewlines: false))\" translation; its languages are: \(list)"
        }
    }
}

/// Every framework the program can find: the built-in ones first, then those in folders named
/// by `--frameworks-dir` or `MATURITY_FRAMEWORKS`. Files are parsed once, when the catalogue is made.
public struct FrameworkCatalogue: Sendable {
    public struct Entry: Sendable {
        public var file: FrameworkFile
        public var document: ParsedDocument
        public var kind: DocumentKind
        /// The decoded framework, or nil for a translation, a response or an invalid file.
        public var framework: Framework?
        /// A framework's problems; for a translation or a response, only the reader's.
        public var diagnostics: [Diagnostic]

        public var isTranslation: Bool { kind == .translation }
    }

    public private(set) var entries: [Entry] = []
    /// The program's own words in English, which a language file is checked against; without
    /// it a language file is only read.
    public var programWords: LanguageFile?

    public init(files: [FrameworkFile]) {
        for file in files {
            let document = DocumentReader.read(bytes: file.bytes, file: file.name)
            let kind = DocumentKind(of: document)
            if kind == .framework {
                let (framework, diagnostics) = FrameworkDecoder.decode(document)
                entries.append(Entry(file: file, document: document, kind: kind, framework: framework, diagnostics: diagnostics))
            } else {
                entries.append(Entry(file: file, document: document, kind: kind, framework: nil, diagnostics: document.diagnostics))
            }
        }
    }

    /// The language files found with the frameworks (a trainer's own languages), read and
    /// checked against `programWords`; a file with an error is left out whole, as a translation
    /// with an error is.
    public var languageFiles: (usable: [LanguageFile], refused: [(file: String, diagnostics: [Diagnostic])]) {
        var usable: [LanguageFile] = []
        var refused: [(file: String, diagnostics: [Diagnostic])] = []
        for entry in entries where entry.kind == .language {
            let (file, diagnostics, _) = checkLanguage(entry.document)
            if let file, !diagnostics.hasErrors { usable.append(file) } else { refused.append((entry.file.name, diagnostics)) }
        }
        return (usable, refused)
    }

    /// Valid frameworks, first found first; a later file with the same id is shadowed.
    public var frameworks: [Framework] {
        var seen = Set<String>()
        return entries.compactMap(\.framework).filter { seen.insert($0.id).inserted }
    }

    /// A framework by id or path, in a language (nil: the framework's own).
    public func resolve(_ reference: String, language: String? = nil) -> Result<Framework, FrameworkLoadError> {
        let base: Framework
        if Self.looksLikePath(reference) {
            switch FrameworkFile.read(path: reference) {
            case .failure(let error): return .failure(error)
            case .success(let file):
                let document = DocumentReader.read(bytes: file.bytes, file: file.name)
                if FrameworkTranslator.isTranslation(document) {
                    return translate(document, language: nil)
                }
                let (framework, diagnostics) = FrameworkDecoder.decode(document)
                guard let framework else { return .failure(.invalid(file: file.name, diagnostics: diagnostics)) }
                base = framework
            }
        } else {
            guard let found = frameworks.first(where: { $0.id == reference }) else {
                if let broken = entries.first(where: { $0.kind == .framework && $0.document.root?["framework"]?.scalar == reference }) {
                    return .failure(.invalid(file: broken.file.name, diagnostics: broken.diagnostics))
                }
                return .failure(.notFound(id: reference, available: frameworks.map(\.id)))
            }
            base = found
        }
        guard let language, language != base.language else { return .success(base) }
        if Self.looksLikePath(reference), let translated = translationBeside(reference, language: language, base: base) {
            return translated
        }
        return translated(base, into: language)
    }

    /// `NAME.LANG.yaml` beside a framework given by path, applied to it, if there is one.
    func translationBeside(_ path: String, language: String, base: Framework) -> Result<Framework, FrameworkLoadError>? {
        let stem = Paths.deletingExtension(of: Paths.lastComponent(of: path))
        let sibling = Paths.appending("\(stem).\(language).yaml", to: Paths.parent(of: path))
        guard FileManager.default.fileExists(atPath: sibling) else { return nil }
        switch FrameworkFile.read(path: sibling) {
        case .failure(let error): return .failure(error)
        case .success(let file):
            let document = DocumentReader.read(bytes: file.bytes, file: file.name)
            let (translated, diagnostics) = FrameworkTranslator.apply(document, to: base)
            guard let translated else { return .failure(.invalid(file: file.name, diagnostics: diagnostics)) }
            return .success(translated)
        }
    }

    /// Applies a translation document to the framework it names, found beside it or in the catalogue.
    func translate(_ document: ParsedDocument, language: String?) -> Result<Framework, FrameworkLoadError> {
        switch base(forTranslation: document) {
        case .failure(let error): return .failure(error)
        case .success(let base):
            let (translated, diagnostics) = FrameworkTranslator.apply(document, to: base)
            guard let translated else { return .failure(.invalid(file: document.source.name, diagnostics: diagnostics)) }
            return .success(translated)
        }
    }

    /// The framework a translation document translates: `NAME.yaml` in the same folder when
    /// there is one (so a trainer's draft is checked against its own framework), else by id.
    public func base(forTranslation document: ParsedDocument) -> Result<Framework, FrameworkLoadError> {
        let id = FrameworkTranslator.targetID(of: document) ?? ""
        let path = document.source.name
        let fileName = Paths.lastComponent(of: path)
        let parts = fileName.split(separator: ".")
        // The framework beside the file, when it is not the one named: a candidate for "did you mean".
        var besideID: String?
        if parts.count >= 3 {
            let sibling = Paths.appending(parts.dropLast(2).joined(separator: ".") + ".yaml", to: Paths.parent(of: path))
            if sibling != path, FileManager.default.fileExists(atPath: sibling),
               case .success(let file) = FrameworkFile.read(path: sibling) {
                let (framework, diagnostics) = FrameworkDecoder.decode(bytes: file.bytes, file: file.name)
                guard let framework else { return .failure(.invalid(file: file.name, diagnostics: diagnostics)) }
                if framework.id == id { return .success(framework) }
                besideID = framework.id
            }
        }
        if let framework = frameworks.first(where: { $0.id == id }) { return .success(framework) }
        var available = frameworks.map(\.id)
        if let besideID, !available.contains(besideID) { available.append(besideID) }
        return .failure(.notFound(id: id, available: available))
    }

    /// References with a slash or a YAML extension are paths; anything else is an id.
    public static func looksLikePath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
    }
}
