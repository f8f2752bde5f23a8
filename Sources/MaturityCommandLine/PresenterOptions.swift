import ArgumentParser
import MaturityCore

/// What the workshop view shows and how it starts: shared by `present` and `workshop`.
public struct PresenterOptions: ParsableArguments {
    public init() {}

    @Argument(help: ArgumentHelp("The folder the participants' answers are saved in.", valueName: "dir"))
    public var folder: String

    @Option(help: ArgumentHelp("The framework the participants answer: an id or a path. Files of other frameworks are listed under e.", valueName: "id|path"))
    public var framework: String = "data-maturity"

    @Option(help: ArgumentHelp("The language of the workshop view, its words and the framework's, when the framework has a translation (e.g. fr). Without it, the framework's own language.",
                               valueName: "code"))
    public var lang: String?

    @Option(help: "Start grouped by team or by role (g cycles while it runs).")
    public var by: GroupBreakdown.Field?

    @Option(name: .customLong("min-group"), help: "Groups smaller than this are never shown on their own.")
    public var minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize

    @Flag(help: "Start with the results hidden, so that the room answers before it sees (Space shows them).")
    public var hidden = false

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    public var noColour = false

    @OptionGroup public var catalogueOptions: CatalogueOptions

    public func validate() throws {
        guard minimumGroupSize >= 1 else { throw ValidationError("--min-group must be 1 or more") }
    }
}
