import ArgumentParser
import Foundation
import MaturityCore
import MaturityFrameworks

/// Where frameworks are found: built in, then `--frameworks-dir` folders, then `MATURITY_FRAMEWORKS`.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .customLong("frameworks-dir"),
            help: ArgumentHelp("A folder of framework files to use besides the built-in ones (repeatable). The MATURITY_FRAMEWORKS variable adds more, separated by colons.",
                               valueName: "dir"))
    var frameworkDirectories: [String] = []

    /// The folders to search, command line first.
    var directories: [String] {
        let fromEnvironment = (ProcessInfo.processInfo.environment["MATURITY_FRAMEWORKS"] ?? "")
            .split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return frameworkDirectories + fromEnvironment
    }

    /// Builds the catalogue; folders that cannot be read are reported on standard error.
    func catalogue() -> FrameworkCatalogue {
        var files = BuiltInFrameworks.files.map { FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn) }
        for directory in directories {
            switch FrameworkFile.files(inDirectory: directory) {
            case .success(let found): files += found
            case .failure(let error): Terminal.warn(error.message)
            }
        }
        return FrameworkCatalogue(files: files)
    }
}
