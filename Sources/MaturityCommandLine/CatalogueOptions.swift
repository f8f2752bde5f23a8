import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore
import MaturityUI
import MaturityFrameworks

/// Where frameworks are found: built in, then `--frameworks-dir` folders, then `MATURITY_FRAMEWORKS`.
public struct CatalogueOptions: ParsableArguments {
    public init() {}

    @Option(name: .customLong("frameworks-dir"),
            help: ArgumentHelp("A folder of framework files to use besides the built-in ones (repeatable). The MATURITY_FRAMEWORKS variable adds more, separated by colons.",
                               valueName: "dir"))
    public var frameworkDirectories: [String] = []

    /// The folders in `MATURITY_FRAMEWORKS`, in order.
    public var environmentDirectories: [String] {
        (ProcessInfo.processInfo.environment["MATURITY_FRAMEWORKS"] ?? "")
            .split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }

    /// A folder named on the command line must be there: a typing slip would otherwise hide the
    /// frameworks it holds behind a message that is easy to miss. (A folder in the variable is
    /// set once and may be gone for a while, so that is only a warning.)
    public func validate() throws {
        for directory in frameworkDirectories {
            let safe = SafeText.sanitize(directory, keepNewlines: false)
            guard let kind = FileKind.at(directory) else {
                throw ValidationError("the folder \(safe) given with --frameworks-dir does not exist")
            }
            guard kind == .folder else {
                throw ValidationError("\(safe), given with --frameworks-dir, is a file, not a folder; name the folder that holds the framework files")
            }
            guard (try? FileManager.default.contentsOfDirectory(atPath: directory)) != nil else {
                throw ValidationError("the folder \(safe) given with --frameworks-dir cannot be read (check its permissions)")
            }
        }
    }

    /// Builds the catalogue, with `extra` files after all the others; folders that cannot be
    /// read are reported on standard error.
    public func catalogue(adding extra: [FrameworkFile] = []) -> FrameworkCatalogue {
        var files = BuiltInFrameworks.files.map { FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn) }
        let sources = frameworkDirectories.map { ($0, "") } + environmentDirectories.map { ($0, " (named in MATURITY_FRAMEWORKS)") }
        for (directory, named) in sources {
            switch FrameworkFile.files(inDirectory: directory) {
            case .success(let found): files += found
            case .failure(let error): Terminal.warn("\(error.message)\(named); it is skipped")
            }
        }
        var catalogue = FrameworkCatalogue(files: files + extra)
        // Language files found with the frameworks are checked against the program's English.
        catalogue.programWords = BuiltInLanguages.files.first
        return catalogue
    }

    /// The catalogue for a command given `--framework REFERENCE`: when it is a path, the
    /// language files in the framework's own folder are found too, as its translations are.
    public func catalogue(forFramework reference: String?) -> FrameworkCatalogue {
        catalogue(adding: reference.map(Self.languageFiles(besideFramework:)) ?? [])
    }

    /// The language files (`program: maturity` at the top) in the folder of a framework given by
    /// path; none for a framework given by id, or a folder that cannot be read. Only files named
    /// after a language (`de.yaml`) are read, so that the folder's frameworks are not parsed twice.
    static func languageFiles(besideFramework reference: String) -> [FrameworkFile] {
        guard FrameworkCatalogue.looksLikePath(reference),
              case .success(let files) = FrameworkFile.files(inDirectory: Paths.parent(of: reference)) else { return [] }
        return files.filter {
            SchemaReader.isLanguageCode(Paths.deletingExtension(of: Paths.lastComponent(of: $0.name)))
                && LanguageFile.isLanguageFile(DocumentReader.read(bytes: $0.bytes, file: $0.name))
        }
    }
}

extension FrameworkCatalogue {
    /// The program's own words in `language` (the framework's, as `--lang` resolved it): a
    /// trainer's language file beside the frameworks comes first, one with an error not at all,
    /// which is said on standard error.
    public func programWords(language: String) -> ScreenText {
        ScreenText(language: language, added: usableLanguageFiles())
    }

    /// A report's words in `language`, found as `programWords` finds the screens'.
    public func reportWords(language: String) -> ReportWords {
        ReportWords(language: language, added: usableLanguageFiles())
    }

    /// The trainers' language files that can be used; each refused one is said on standard error.
    func usableLanguageFiles() -> [LanguageFile] {
        let languages = languageFiles
        for refused in languages.refused {
            let file = SafeText.sanitize(refused.file, keepNewlines: false)
            Terminal.warn("\(file) has \(DiagnosticRenderer.summary(refused.diagnostics)), so its words are not used; run `maturity validate \(file)` to see them")
        }
        return languages.usable
    }
}

extension GroupBreakdown.Field: ExpressibleByArgument {}
