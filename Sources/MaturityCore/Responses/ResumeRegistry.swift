#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Remembers which response files are this user's unfinished assessments, and the last one they
/// finished for each framework and folder, in the user's own state folder. A folder shared by a
/// whole workshop holds many people's files; only the files named here are ever offered (to
/// carry on, or to see the results again), so nobody is offered someone else's answers.
public struct ResumeRegistry: Sendable {
    public struct Entry: Codable, Sendable, Equatable {
        public var framework: String
        public var folder: String
        public var path: String
        public var response: String
    }

    struct Contents: Codable {
        var schema = "maturity-sessions/1"
        var sessions: [Entry] = []
        /// The last finished response of each framework and folder (one entry for each).
        var finished: [Entry] = []

        init() {}

        /// A file written before finished responses were remembered has no `finished`: its
        /// unfinished sessions are still read.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schema = try container.decodeIfPresent(String.self, forKey: .schema) ?? schema
            sessions = try container.decodeIfPresent([Entry].self, forKey: .sessions) ?? []
            finished = try container.decodeIfPresent([Entry].self, forKey: .finished) ?? []
        }
    }

    /// The registry file, e.g. `~/.local/state/maturity/sessions.json`.
    public let file: String

    public init(file: String) {
        self.file = file
    }

    /// `$XDG_STATE_HOME/maturity/sessions.json`, or under `~/.local/state` when that is unset.
    public static func defaultFile(environment: [String: String]) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Paths.appending(".local/state", to: environment["HOME"] ?? temporaryFolder())
        return Paths.appending("sessions.json", to: Paths.appending("maturity", to: base))
    }

    /// The temporary folder, as Foundation's `NSTemporaryDirectory()` gives it on Linux: `TMPDIR`
    /// with a slash at the end, or `/tmp/`. Only used when even `HOME` is unset.
    static func temporaryFolder() -> String {
        guard let folder = ProcessInfo.processInfo.environment["TMPDIR"] else { return "/tmp/" }
        return folder.hasSuffix("/") ? folder : folder + "/"
    }

    func read() -> Contents {
        guard let data = FileManager.default.contents(atPath: file),
              let contents = try? JSONDecoder().decode(Contents.self, from: data) else { return Contents() }
        return contents
    }

    func write(_ contents: Contents) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(contents) else { return }
        try? ResponseStore.makeFolder(Paths.parent(of: file))
        // Losing this file only loses the resume offer, never answers: failures are ignored.
        // It names this person's files: for them alone.
        try? AtomicFile.replace(file, with: [UInt8](data), mode: 0o600)
    }

    /// This user's unfinished response to a framework in a folder, if its file still holds it.
    public func unfinished(framework: Framework, folder: String) -> (path: String, response: Response)? {
        let folder = Self.canonical(folder)
        for entry in read().sessions.reversed() where entry.framework == framework.id && entry.folder == folder {
            let loaded = ResponseStore.load(path: entry.path, framework: framework)
            if let response = loaded.response, response.id == entry.response, response.status == .inProgress {
                return (entry.path, response)
            }
        }
        return nil
    }

    /// This user's last finished response to a framework in a folder, if its file still holds it
    /// as finished: offered so that its results can be seen again.
    public func lastFinished(framework: Framework, folder: String) -> (path: String, response: Response)? {
        let folder = Self.canonical(folder)
        guard let entry = read().finished.last(where: { $0.framework == framework.id && $0.folder == folder }) else { return nil }
        let loaded = ResponseStore.load(path: entry.path, framework: framework)
        guard let response = loaded.response, response.id == entry.response, response.status == .complete else { return nil }
        return (entry.path, response)
    }

    /// Reads, changes and writes the file while holding its lock, so that runs at the same
    /// moment (fifty at once left 17 of 50 entries before) each see the others' changes. The
    /// lock is waited for (a change takes milliseconds); without one, the change is still made.
    func update(_ change: (inout Contents) -> Bool) {
        try? ResponseStore.makeFolder(Paths.parent(of: file))
        let lock = FileLock.acquire(file, waitingUpTo: 10)
        defer { lock?.release() }
        var contents = read()
        if change(&contents) { write(contents) }
    }

    /// Records that `path` holds this user's unfinished response.
    public func remember(framework: String, folder: String, path: String, response: String) {
        let entry = Entry(framework: framework, folder: Self.canonical(folder), path: Self.canonical(path), response: response)
        update { contents in
            guard !contents.sessions.contains(entry) || contents.finished.contains(where: { $0.path == entry.path }) else { return false }
            contents.sessions.removeAll { $0.path == entry.path }
            contents.finished.removeAll { $0.path == entry.path }
            contents.sessions.append(entry)
            return true
        }
    }

    /// Forgets a response as unfinished.
    public func forget(path: String) {
        let path = Self.canonical(path)
        update { contents in
            let before = contents.sessions.count
            contents.sessions.removeAll { $0.path == path }
            return contents.sessions.count != before
        }
    }

    /// Records that `path` holds this user's finished response: no longer offered to carry on,
    /// and, as the last finished one of its framework and folder, offered to see again.
    public func rememberFinished(framework: String, folder: String, path: String, response: String) {
        let entry = Entry(framework: framework, folder: Self.canonical(folder), path: Self.canonical(path), response: response)
        update { contents in
            guard contents.finished.last(where: { $0.framework == entry.framework && $0.folder == entry.folder }) != entry
                    || contents.sessions.contains(where: { $0.path == entry.path }) else { return false }
            contents.sessions.removeAll { $0.path == entry.path }
            contents.finished.removeAll { ($0.framework == entry.framework && $0.folder == entry.folder) || $0.path == entry.path }
            contents.finished.append(entry)
            return true
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
