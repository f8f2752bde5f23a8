import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore
import MaturityTerminal
import MaturityUI

/// `maturity present DIR`: the room's answers, live, on a projector.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Show a folder's answers live, full screen, for a workshop: anonymous, updated as files arrive.",
        discussion: """
            Keys: ←→ dimension, ↑↓ PgUp PgDn scroll, o overview, d differences, g group, Space hide/show, \
            f freeze, e errors, ? help, q quit. A folder that does not exist yet is waited for, not made \
            (participants' --out makes it). See docs/workshop.md.
            """
    )

    @Argument(help: ArgumentHelp("The folder the participants' answers are saved in.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("The framework the participants answer: an id or a path. Files of other frameworks are listed under e.", valueName: "id|path"))
    var framework: String = "data-maturity"

    @Option(help: "Start grouped by team or by role (g cycles while it runs).")
    var by: GroupBreakdown.Field?

    @Option(name: .customLong("min-group"), help: "Groups smaller than this are never shown on their own.")
    var minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize

    @Flag(help: "Start with the results hidden, so that the room answers before it sees (Space shows them).")
    var hidden = false

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColour = false

    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        guard minimumGroupSize >= 1 else { throw ValidationError("--min-group must be 1 or more") }
    }

    func run() throws {
        let catalogue = catalogueOptions.catalogue()
        let found: Framework
        switch catalogue.resolve(framework) {
        case .failure(let error):
            Terminal.warn(error.message)
            throw ExitCode(1)
        case .success(let framework): found = framework
        }
        // The full path goes on the waiting screen, so that a mistyped name shows. A missing
        // folder is not made here: participants' `--out` makes it, with their permissions.
        let path = URL(fileURLWithPath: folder).standardizedFileURL.path
        switch FolderListing.read(path).presence {
        case .present, .missing: break
        case .notAFolder:
            Terminal.warn("\(path) is a file; name the folder the answers are saved in")
            throw ExitCode(1)
        case .forbidden(let reason):
            Terminal.warn("cannot read the folder \(path): \(reason). Run the presenter as a user who may read it, "
                          + "or see docs/workshop.md for a folder that you and the participants can share")
            throw ExitCode(1)
        }
        let colour = !noColour && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        TerminalSignals.install()
        switch TerminalScreen.open(colour: colour) {
        case .failure(let failure):
            Terminal.warn("the workshop view needs a full-screen terminal: \(failure)")
            throw ExitCode(1)
        case .success(let screen):
            let grouping: PresenterState.Grouping = by == .team ? .team : by == .role ? .role : .none
            let session = PresenterSession(screen: screen, folder: path, framework: found,
                                           knownFrameworkIDs: Set(catalogue.frameworks.map(\.id)))
            // Started from what is there now, so that a folder missing from the start reads
            // as "not made yet", not "gone".
            var state = PresenterState(framework: found, snapshot: session.snapshot(), folder: path, hidden: hidden,
                                       grouping: grouping, minimumGroupSize: minimumGroupSize)
            let status = session.run(&state)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

/// The presenter's loop: redraw on keys and resizes, reload when the folder changes.
struct PresenterSession {
    let screen: TerminalScreen
    let folder: String
    let framework: Framework
    let knownFrameworkIDs: Set<String>

    func snapshot() -> FolderSnapshot {
        FolderSnapshot.read(folder: folder, framework: framework, knownFrameworkIDs: knownFrameworkIDs)
    }

    func run(_ state: inout PresenterState) -> Int32 {
        defer { screen.stop() }
        let watcher = FolderWatcher(folder: folder)
        // Read again once watched, so that nothing falls between the first reading and the watch.
        state.update(snapshot())
        state.screenSize = screen.size
        screen.draw(state.render(size: screen.size))
        while true {
            if let signal = TerminalSignals.pending { return TerminalSignals.exitStatus(for: signal) }
            // Short waits keep a new file on screen within a second even when nobody types.
            let key = screen.nextKey(timeoutMilliseconds: 150)
            var redraw = key != nil
            state.screenSize = screen.size
            if let key, state.handle(key) { return 0 }
            if watcher.changed() {
                state.update(snapshot())
                redraw = true
            }
            if redraw { screen.draw(state.render(size: screen.size)) }
        }
    }
}
