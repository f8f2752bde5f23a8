import ArgumentParser
import MaturityCore

/// Takes the assessment. The screens are not built yet; until they are, this says so.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Take the assessment (the default command)."
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(help: ArgumentHelp("The framework to use: a built-in id or the path of a file.", valueName: "id|path"))
    var framework: String = "data-maturity"

    @Option(help: ArgumentHelp("The language to use, when the framework has a translation.", valueName: "code"))
    var lang: String?

    func run() throws {
        let catalogue = catalogueOptions.catalogue()
        switch catalogue.resolve(framework, language: lang) {
        case .failure(let error):
            Terminal.warn(error.message)
            throw ExitCode(1)
        case .success(let found):
            Terminal.warn("""
                the assessment screens are not built yet. The framework "\(found.id)" is ready \
                (\(found.dimensions.count) dimensions, \(found.questionCount) questions); \
                `maturity validate` and `maturity frameworks` work today.
                """)
            throw ExitCode(1)
        }
    }
}
