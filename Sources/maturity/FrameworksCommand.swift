import ArgumentParser
import MaturityCore

/// `maturity frameworks`: what can be assessed, and in which languages.
struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks",
        abstract: "List the frameworks that can be used: the built-in ones, then those in --frameworks-dir folders."
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = catalogueOptions.catalogue()
        var shown = Set<String>()
        for entry in catalogue.entries {
            let where_ = entry.file.origin == .builtIn ? "built in" : SafeText.sanitize(entry.file.name, keepNewlines: false)
            if let framework = entry.framework {
                guard shown.insert(framework.id).inserted else {
                    print("note: \(where_) also defines \"\(framework.id)\"; the one listed above is used")
                    continue
                }
                let languages = [framework.language] + catalogue.translations(of: framework.id).map(\.language)
                print("\(framework.id)  version \(framework.version)  [\(languages.joined(separator: ", "))]  \(where_)")
                print("    \(SafeText.sanitize(framework.title, keepNewlines: false))")
                print("    \(framework.dimensions.count) dimensions, \(framework.questionCount) questions, \(framework.stages.count) stages")
            } else if !entry.isTranslation {
                print("\(where_): cannot be used: \(DiagnosticRenderer.summary(entry.diagnostics)); run `maturity validate \(where_)`")
            }
        }
    }
}
