import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore
import MaturityTerminal
import MaturityUI

/// The steps `present` and `workshop` share: find the framework, check the folder, and run the
/// workshop view full screen. Each step says what is wrong on standard error and throws the exit
/// status, so that both commands fail in the same words.
public struct PresenterLaunch {
    public let options: PresenterOptions
    public let catalogue: FrameworkCatalogue

    public init(options: PresenterOptions) {
        self.options = options
        catalogue = options.catalogueOptions.catalogue(forFramework: options.framework)
    }

    /// The framework the participants answer, in the language asked for (`--lang`), else its own;
    /// `language: nil` gives it in its own.
    public func framework() throws -> Framework { try framework(language: options.lang) }

    public func framework(language: String?) throws -> Framework {
        switch catalogue.resolve(options.framework, language: language) {
        case .failure(let error):
            Terminal.warn(error.message)
            throw ExitCode(error.exitStatus)
        case .success(let framework):
            return framework
        }
    }

    /// The answers folder as a full path (shown on the waiting screen, so that a mistyped name
    /// shows). A missing folder is accepted: it is waited for.
    public func folder() throws -> String {
        let path = Self.fullPath(options.folder)
        switch FolderListing.read(path).presence {
        case .present, .missing: return path
        case .notAFolder:
            Terminal.warn("\(SafeText.sanitize(path, keepNewlines: false)) is a file; name the folder the answers are saved in")
            throw ExitCode(1)
        case .forbidden(let reason):
            Terminal.warn("cannot read the folder \(SafeText.sanitize(path, keepNewlines: false)): \(reason). Run the presenter as a user who may read it, "
                          + "or see docs/workshop.md for a folder that you and the participants can share")
            throw ExitCode(1)
        }
    }

    public static func fullPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Runs the workshop view until the host quits; returns the exit status (0, or 128 plus a
    /// signal's number). `roomStatus` gives a workshop room's figures between keys.
    public func run(framework: Framework, folder: String, roomStatus: (() -> RoomStatus)? = nil) throws -> Int32 {
        let colour = TerminalRunner.wantsColour(noColourFlag: options.noColour, environment: ProcessInfo.processInfo.environment)
        switch TerminalRunner.start(colour: colour) {
        case .failure(let failure):
            Terminal.warn("the workshop view needs a full-screen terminal: \(failure)")
            throw ExitCode(1)
        case .success(let runner):
            let grouping: PresenterState.Grouping = options.by == .team ? .team : options.by == .role ? .role : .none
            let known = Set(catalogue.frameworks.map(\.id))
            // Started from what is there now, so that a folder missing from the start reads
            // as "not made yet", not "gone".
            var state = PresenterState(framework: framework, words: catalogue.programWords(language: framework.language),
                                       snapshot: PresenterSession.snapshot(folder: folder, framework: framework, knownFrameworkIDs: known),
                                       folder: folder, hidden: options.hidden, grouping: grouping,
                                       minimumGroupSize: options.minimumGroupSize)
            state.room = roomStatus?()
            var session = PresenterSession(folder: folder, framework: framework, knownFrameworkIDs: known, state: state,
                                           roomStatus: roomStatus)
            return runner.run(&session).status
        }
    }
}
