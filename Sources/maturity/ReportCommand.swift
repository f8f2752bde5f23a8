import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCommandLine
import MaturityCore

/// `maturity report PATH...`: turns responses into a report a board would read, or figures.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Turn response files into a report: HTML, Markdown, CSV or JSON.",
        discussion: """
            PATHs are response files or folders of them. Only complete responses count, unless \
            --include-in-progress is given, and each response counts once however many copies \
            are given. Files that cannot be used are listed \
            with the reason, and the report is made from the rest. Exit status: 0 (with warnings \
            on standard error), 1 when no response could be used, 2 for a usage error. \
            See docs/reports.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md, csv, json
    }

    enum CSVShape: String, ExpressibleByArgument, CaseIterable {
        case answers, scores, steps
    }

    @Argument(help: ArgumentHelp("Response files, or folders of them.", valueName: "path"))
    var paths: [String]

    @Option(help: "The format; by default it follows the extension of -o, else Markdown.")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (replaced safely if it exists). Without it, the report goes to standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Also show groups by team or by role.")
    var by: GroupBreakdown.Field?

    @Option(name: .customLong("min-group"), help: "Groups smaller than this are not shown on their own.")
    var minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize

    @Option(help: ArgumentHelp("A benchmark file (from `maturity benchmark`) to set the results beside.", valueName: "file"))
    var benchmark: String?

    @Option(help: ArgumentHelp("The framework the responses answer: an id or a path. By default, the one most of them answer.", valueName: "id|path"))
    var framework: String?

    @Option(help: "For CSV: one row per answer (answers), per dimension score (scores) or per next step (steps).")
    var csv: CSVShape = .answers

    @Option(help: ArgumentHelp("The report's language: its own words, and the framework's when it has a translation (e.g. es). By default, the language most of the responses were given in.",
                               valueName: "code"))
    var lang: String?

    @Flag(name: .customLong("include-in-progress"), help: "Count unfinished responses too (by default only complete ones count).")
    var includeInProgress = false

    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        guard minimumGroupSize >= 1 else { throw ValidationError("--min-group must be 1 or more") }
    }

    func run() throws {
        let catalogue = catalogueOptions.catalogue(forFramework: framework)
        let (found, selection, problems) = try ResponseCollection.gather(paths: paths, framework: framework,
                                                                         catalogue: catalogue,
                                                                         includeInProgress: includeInProgress)
        let responses = selection.responses
        guard !responses.isEmpty else {
            Terminal.warn(Self.nothingUsable(selection))
            throw ExitCode(1)
        }
        var sector: BenchmarkFile?
        if let benchmark {
            do {
                sector = try BenchmarkFile.read(path: benchmark)
            } catch {
                Terminal.warn(SafeText.sanitize("the benchmark file \(benchmark): \(error)"))
                throw ExitCode(1)
            }
        }
        let language = lang ?? ReportWords.language(of: responses, framework: found)
        let report = Report(Report.Input(framework: translated(found, into: language, catalogue: catalogue),
                                         responses: responses, problems: problems,
                                         groupBy: by, minimumGroupSize: minimumGroupSize, benchmark: sector,
                                         generated: .now(), words: catalogue.reportWords(language: language)))
        let text = render(report, as: format ?? Self.format(forFile: output) ?? .md)
        guard let output else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try AtomicFile.writeOutput(output, with: Array(text.utf8))
        } catch {
            Terminal.warn(error.description)
            throw ExitCode(1)
        }
        Terminal.writeToStandardError("Wrote \(output) from \(responses.count) response\(responses.count == 1 ? "" : "s").\n")
    }

    /// The framework in the report's language when it has a translation; else in its own, which
    /// is said when the language was asked for (the report's own words are still in it).
    func translated(_ framework: Framework, into language: String, catalogue: FrameworkCatalogue) -> Framework {
        guard LanguageCode.primary(language) != LanguageCode.primary(framework.language) else { return framework }
        switch catalogue.resolve(self.framework ?? framework.id, language: language) {
        case .success(let translated): return translated
        case .failure(let error):
            if lang != nil { Terminal.warn("\(error.message); the framework's own words are used, the report's are in \(language)") }
            return framework
        }
    }

    /// Why there is no report, and what to do when only unfinished responses were found.
    static func nothingUsable(_ selection: ResponseSelection) -> String {
        guard selection.inProgressLeftOut > 0 else { return "no response could be used, so no report was written" }
        let count = selection.inProgressLeftOut
        return "no complete response was found, so no report was written: \(count) \(count == 1 ? "response is" : "responses are") still in progress; add --include-in-progress to report on \(count == 1 ? "it" : "them") anyway"
    }

    func render(_ report: Report, as format: Format) -> String {
        switch format {
        case .html: return HTMLReportWriter.write(report)
        case .md: return MarkdownReportWriter.write(report)
        case .json: return JSONReportWriter.write(report)
        case .csv:
            switch csv {
            case .answers: return CSVReportWriter.answers(report)
            case .scores: return CSVReportWriter.scores(report)
            case .steps: return CSVReportWriter.steps(report)
            }
        }
    }

    /// The format a file name asks for by its extension.
    static func format(forFile path: String?) -> Format? {
        switch path.map({ Paths.pathExtension(of: $0) })?.lowercased() {
        case "html", "htm": return .html
        case "md", "markdown": return .md
        case "csv": return .csv
        case "json": return .json
        default: return nil
        }
    }
}


