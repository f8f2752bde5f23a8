import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCommandLine
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

    @OptionGroup var options: PresenterOptions

    func run() throws {
        let launch = PresenterLaunch(options: options)
        let framework = try launch.framework()
        let status = try launch.run(framework: framework, folder: try launch.folder())
        if status != 0 { throw ExitCode(status) }
    }
}
