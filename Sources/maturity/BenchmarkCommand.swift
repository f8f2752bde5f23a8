import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCommandLine
import MaturityCore

/// `maturity benchmark PATH... -o FILE`: sector figures from many organisations' responses.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Build a benchmark file (aggregate figures only) from many organisations' responses.",
        discussion: """
            Each organisation counts once (the mean of its people), and at least 5 organisations \
            are needed. The file holds no names and no per-person rows. See docs/reports.md.
            """
    )

    @Argument(help: ArgumentHelp("Response files, or folders of them.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The benchmark file to write (JSON).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The framework the responses answer: an id or a path. By default, the one most of them answer.", valueName: "id|path"))
    var framework: String?

    @Flag(name: .customLong("include-in-progress"), help: "Count unfinished responses too (by default only complete ones count).")
    var includeInProgress = false

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let (found, selection, _) = try ResponseCollection.gather(paths: paths, framework: framework,
                                                                  catalogue: catalogueOptions.catalogue(),
                                                                  includeInProgress: includeInProgress)
        let responses = selection.responses
        let file: BenchmarkFile
        do {
            file = try BenchmarkFile.build(from: responses, framework: found, created: .now())
        } catch {
            Terminal.warn("no benchmark was written: \(error)")
            throw ExitCode(1)
        }
        do {
            try AtomicFile.writeOutput(output, with: [UInt8](file.encoded()))
        } catch {
            Terminal.warn(error.description)
            throw ExitCode(1)
        }
        Terminal.writeToStandardError("Wrote \(output): \(file.organisations) organisations.\n")
    }
}
