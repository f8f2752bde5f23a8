import ArgumentParser
import Foundation
import MaturityCommandLine
import MaturityCore
import MaturityUI
import MaturityWorkshop

/// `maturity workshop FOLDER`: the SSH server that gives everyone in the room the assessment,
/// and the live workshop view on the host's screen. `maturity workshop` starts this program,
/// which is separate so that the SSH server's libraries stay out of every participant's assessment.
struct WorkshopProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maturity workshop",
        abstract: WorkshopOptions.abstract,
        discussion: WorkshopOptions.discussion
    )

    @OptionGroup var options: WorkshopOptions

    func run() throws {
        let launch = PresenterLaunch(options: options.presenter)
        // The room offers the framework's own language and its translations; the host's
        // screen, and whoever does not say theirs, get `--lang`.
        let framework = try launch.framework()
        let own = try launch.framework(language: nil)
        let folder = PresenterLaunch.fullPath(options.presenter.folder)
        // The participants' assessments run as this user: the folder is made now, so that a
        // folder that cannot be made is said here, once, not to every participant.
        do {
            try ResponseStore(folder: folder).prepare()
        } catch {
            Terminal.warn("cannot use the folder \(SafeText.sanitize(folder, keepNewlines: false)) for the answers: \(error.description)")
            throw ExitCode(1)
        }
        _ = try launch.folder()
        let program = try assessmentProgram()
        let environment = ProcessInfo.processInfo.environment
        let hostKey: HostKey
        do {
            hostKey = try HostKey.loadOrCreate(at: HostKey.defaultPath(environment: environment))
        } catch {
            Terminal.warn(error.description)
            throw ExitCode(1)
        }
        let code = options.code.flatMap(RoomCode.init) ?? RoomCode.random()
        let reference = FrameworkCatalogue.looksLikePath(options.presenter.framework)
            ? PresenterLaunch.fullPath(options.presenter.framework) : options.presenter.framework
        let configuration = RoomConfiguration(
            program: program, folder: folder, framework: reference,
            frameworkFolders: options.presenter.catalogueOptions.frameworkDirectories.map(PresenterLaunch.fullPath),
            languages: languages(of: own, reference: reference, catalogue: launch.catalogue),
            frameworkLanguage: own.language, roomLanguage: options.presenter.lang == nil ? nil : framework.language,
            code: code, hostKey: hostKey, listen: options.listen, port: options.port,
            seats: options.maxParticipants, idleSeconds: options.idleLimit, hostEnvironment: environment,
            interfaces: NetworkInterfaces.list())
        // A participant's connection can vanish while the server writes to it: that must end
        // their session only, never the workshop.
        signal(SIGPIPE, SIG_IGN)
        let server: WorkshopServer
        do {
            server = try WorkshopServer.start(configuration)
        } catch {
            Terminal.warn(error.description)
            throw ExitCode(1)
        }
        let status: Int32
        do {
            status = try launch.run(framework: framework, folder: folder, roomStatus: { server.status })
        } catch {
            _ = server.end()
            throw error
        }
        let summary = server.end()
        // In the presenter's language, which the host has been reading.
        let words = launch.catalogue.programWords(language: framework.language)
        print(Self.closingLine(summary: summary, folder: folder, framework: framework, words: words))
        if status != 0 { throw ExitCode(status) }
    }

    /// The `maturity` program every participant runs: given by `maturity workshop`, else the
    /// one beside this program.
    func assessmentProgram() throws -> String {
        let program = options.assessmentProgram
            ?? Paths.appending("maturity", to: Paths.parent(of: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]))
        guard access(program, X_OK) == 0 else {
            Terminal.warn("cannot find the maturity program at \(program), which every participant runs; start the workshop with `maturity workshop`")
            throw ExitCode(1)
        }
        return program
    }

    /// The languages participants may get: the framework's own and those it has a translation for.
    func languages(of framework: Framework, reference: String, catalogue: FrameworkCatalogue) -> Set<String> {
        let candidates = catalogue.translationSummary(of: framework).usableLanguages(besides: framework.language)
            + ScreenText.builtIn.map(\.language)
        return Set(candidates.filter { code in
            code == framework.language || (try? catalogue.resolve(reference, language: code).get()) != nil
        })
    }

    /// "Workshop ended: 23 people joined; 19 finished, 4 did not. ..." and the command to run next.
    static func closingLine(summary: WorkshopServer.Summary, folder: String, framework: Framework, words: ScreenText) -> String {
        let ids = Set(summary.responseIDs)
        var finished = Set<String>(), unfinished = Set<String>()
        for loaded in ResponseStore(folder: folder).loadAll(framework: framework) {
            guard let response = loaded.response, ids.contains(response.id) else { continue }
            if response.status == .complete { finished.insert(response.id) } else { unfinished.insert(response.id) }
        }
        unfinished.subtract(finished)
        let counts = WorkshopCounts(joined: summary.joined, finished: finished.count, unfinished: unfinished.count,
                                    failedToStart: summary.startFailures)
        return words.workshopClosing(counts, folder: SafeText.sanitize(folder, keepNewlines: false))
    }
}
