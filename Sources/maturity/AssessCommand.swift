import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MaturityCommandLine
import MaturityCore
import MaturityTerminal
import MaturityUI

/// `maturity` / `maturity assess`: walks a person through a framework, saving every answer.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Take the assessment (the default command).",
        discussion: """
            Every answer is saved at once. Full screen in a terminal; line by line with --plain, \
            or when input or output is not a terminal, or TERM is dumb or unknown. \
            Guide: docs/user-guide.md.
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(help: ArgumentHelp("The framework: a built-in id or the path of a file.", valueName: "id|path"))
    var framework: String = "data-maturity"

    @Option(help: ArgumentHelp("The language, when the framework has a translation (e.g. fr).", valueName: "code"))
    var lang: String?

    @Option(help: ArgumentHelp("The folder the answers are saved in (made if missing). Default: $XDG_DATA_HOME/maturity/responses, that is ~/.local/share/maturity/responses.",
                               valueName: "dir"))
    var out: String?

    @Option(help: "The organisation's name (then Enter on the welcome screen starts at once).")
    var organisation: String?

    @Option(help: "Your name (optional: leave it out to answer anonymously).")
    var respondent: String?

    @Option(help: "Your team (optional).")
    var team: String?

    @Option(help: "Your role (optional).")
    var role: String?

    @Flag(help: "Ask the questions line by line (for screen readers and scripts).")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "No colours: bold, reverse and underline only (also when NO_COLOR is set).")
    var noColour = false

    @Flag(name: .customLong("no-resume"), help: "Never offer to carry on an unfinished assessment: for an account shared by several people.")
    var noResume = false

    @Flag(help: "Carry on your unfinished assessment at once, without asking; for scripts, which are never asked. Starts a new one when there is none.")
    var resume = false

    /// In a workshop room: the response to carry on, or to start with this id. Given by
    /// `maturity workshop`, so that a participant who joins again finds their own answers.
    @Option(name: .customLong("response-id"), help: .private)
    var responseID: String?

    /// In a workshop room: the command that brings the participant back, shown on their screens.
    @Option(name: .customLong("rejoin-command"), help: .private)
    var rejoinCommand: String?

    func validate() throws {
        if resume && noResume { throw ValidationError("--resume and --no-resume cannot be used together.") }
        if let responseID, !Response.isWellFormedID(responseID) {
            throw ValidationError("--response-id takes letters, digits and hyphens only")
        }
    }

    var workshop: WorkshopSeat? {
        rejoinCommand.map { WorkshopSeat(rejoinCommand: SafeText.sanitize($0, keepNewlines: false)) }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let found: Framework
        let catalogue = catalogueOptions.catalogue(forFramework: framework)
        switch catalogue.resolve(framework, language: lang) {
        case .failure(let error):
            Terminal.warn(error.message)
            throw ExitCode(error.exitStatus)
        case .success(let framework):
            found = framework
        }
        // What is said to the person follows the framework's language, as the screens do; a
        // trainer's language file beside the frameworks comes first, one with an error not at all.
        let words = catalogue.programWords(language: found.language)
        let folder = out ?? Self.defaultFolder(environment: environment)
        let saver = AnswerSaver(folder: folder, framework: found, words: words,
                                registry: ResumeRegistry(file: ResumeRegistry.defaultFile(environment: environment)),
                                remembers: !noResume,
                                fallbackFolder: Self.fallbackFolder(environment: environment))
        if let problem = saver.prepare() { Terminal.warn(problem) }

        var response = Response.new(to: found, id: responseID ?? UUID().uuidString.lowercased(),
                                    organisation: SafeText.sanitize(organisation ?? "", keepNewlines: false), at: .now())
        response.respondent = respondent.map { SafeText.sanitize($0, keepNewlines: false) }
        response.team = team.map { SafeText.sanitize($0, keepNewlines: false) }
        response.role = role.map { SafeText.sanitize($0, keepNewlines: false) }
        var unfinished = noResume ? nil : saver.registry.unfinished(framework: found, folder: folder)
        // Offered only when no other session has it open: two sessions saving one file would
        // lose each other's answers.
        var openElsewhere: String?
        if let candidate = unfinished, !saver.claim(candidate.path) {
            openElsewhere = words.unfinishedOpenElsewhere(SafeText.sanitize(candidate.path, keepNewlines: false))
            Terminal.warn(openElsewhere ?? "")
            unfinished = nil
        }
        // A workshop participant who joins again: their own response, found by its id. The
        // earlier connection's assessment is ending; its claim on the file is waited for.
        let earlier = responseID.flatMap { ResponseStore(folder: folder).latest(withID: $0, framework: found) }
        if let earlier, !saver.claim(earlier.path, waitingUpTo: 5) {
            Terminal.warn(words.unfinishedOpenElsewhere(SafeText.sanitize(earlier.path, keepNewlines: false)))
            throw ExitCode(1)
        }
        // With nothing unfinished, the last finished assessment, to see its results again (when
        // no other session has it open).
        var lastFinished: ResumeOffer?
        if !noResume, !resume, unfinished == nil, openElsewhere == nil,
           let candidate = saver.registry.lastFinished(framework: found, folder: folder), saver.claim(candidate.path) {
            lastFinished = ResumeOffer(path: candidate.path, response: candidate.response)
        }
        let offer = ResumeOffer.choose(unfinished: unfinished.map { ResumeOffer(path: $0.path, response: $0.response) },
                                       lastFinished: lastFinished, resumingAtOnce: resume)
        let rejoined = earlier.map { ResumeOffer(path: $0.path, response: $0.response) }
        if resume && unfinished == nil && openElsewhere == nil {
            Terminal.warn(words.noUnfinishedAssessment(folder))
        }

        let wantsPlain = plain || isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1
            || ["", "dumb", "unknown"].contains(environment["TERM"] ?? "")
        let colour = TerminalRunner.wantsColour(noColourFlag: noColour, environment: environment)
        if !wantsPlain, case .success(let runner) = TerminalRunner.start(colour: colour) {
            var state = AppState(framework: found, response: response,
                                 form: WelcomeForm(organisation: response.organisation, respondent: response.respondent ?? "",
                                                   team: response.team ?? "", role: response.role ?? ""),
                                 outputFolder: folder, resumeOffer: resume ? nil : offer)
            state.workshop = workshop
            state.words = words
            // The message said before the screen started would be hidden by it: said again there.
            if let openElsewhere { state.message = AppState.StatusMessage(text: openElsewhere, isError: true) }
            if resume, let offer { state.resume(offer) }
            if let rejoined { state.resume(rejoined) }
            if let savedPath = state.savedPath { saver.resumed(state.response, at: savedPath) }
            var session = ScreenSession(state: state, saver: saver)
            let ending = runner.run(&session)
            try finish(saver: saver, given: session.state.response, exitStatus: ending.status, words: words)
        } else {
            // Scripts never get a question they did not expect: resuming is offered only to a
            // person at a terminal; a script asks for it with --resume.
            let offerResume = isatty(STDIN_FILENO) == 1 && !resume ? offer : nil
            var session = PlainSession(framework: found, response: response, askDetails: organisation == nil && earlier == nil,
                                       resumeOffer: offerResume, outputFolder: folder)
            session.workshop = workshop
            session.words = words
            if resume, let offer { _ = session.resume(offer) }
            if let rejoined { _ = session.resume(rejoined) }
            if let savedPath = session.savedPath { saver.resumed(session.response, at: savedPath) }
            // Ctrl-C (and a hang-up, SIGTERM) end line mode as they end the full screen: the
            // handlers only note the signal, and the closing lines say where the answers are.
            TerminalSignals.install()
            let outcome = PlainRunner(saver: saver, pendingSignal: { TerminalSignals.pending }).run(&session)
            try finish(saver: saver, given: session.response, exitStatus: outcome, words: words)
        }
    }

    /// Says what is saved, where, and what is not, and leaves with the right status.
    func finish(saver: AnswerSaver, given: Response, exitStatus: Int32, words: ScreenText) throws {
        let everythingSaved = saver.hasSaved(everythingIn: given)
        if let workshop, everythingSaved, !saver.usedFallback {
            // The workshop's server says why a signal ended the assessment; the participant's
            // own way out gets a line that names no folder of the host's.
            if exitStatus < 128, let saved = saver.lastSaved {
                print(saved.response.status == .complete ? words.workshopSavedComplete : words.workshopSavedInProgress(workshop.rejoinCommand))
            }
            if exitStatus != 0 { throw ExitCode(exitStatus) }
            return
        }
        let inProgress: String
        if noResume {
            inProgress = words.stateInProgress
        } else if isatty(STDIN_FILENO) == 1 {
            inProgress = words.stateInProgressRunAgain
        } else {
            // A script is never asked whether to carry on: it must say so.
            inProgress = words.stateInProgressForScripts
        }
        let closing = ClosingLines(words: words, framework: saver.framework, given: given, saved: saver.lastSaved,
                                   usedFallback: saver.usedFallback, folder: saver.folder,
                                   fallbackFolder: saver.fallbackFolder, inProgress: inProgress,
                                   reportOptions: reportOptions)
        // Leaving by a signal before any answer: nothing to say.
        let quiet = exitStatus != 0 && saver.lastSaved == nil && closing.warnings.isEmpty
        if !quiet { closing.output.forEach { print($0) } }
        closing.warnings.forEach(Terminal.warn)
        if closing.failed { throw ExitCode(1) }
        if exitStatus != 0 { throw ExitCode(exitStatus) }
    }

    /// What `maturity report` needs, besides the response file, to find this framework.
    var reportOptions: [String] {
        (framework == "data-maturity" ? [] : ["--framework", framework])
            + catalogueOptions.frameworkDirectories.flatMap { ["--frameworks-dir", $0] }
    }

    static func defaultFolder(environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Paths.appending(".local/share", to: environment["HOME"] ?? FileManager.default.currentDirectoryPath)
        return Paths.appending("responses", to: Paths.appending("maturity", to: base))
    }

    /// Where answers go when the chosen folder cannot take them (full, read-only, gone).
    static func fallbackFolder(environment: [String: String]) -> String {
        let registry = ResumeRegistry.defaultFile(environment: environment)
        return Paths.appending("unsaved", to: Paths.parent(of: registry))
    }
}
