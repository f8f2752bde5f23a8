#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A response file read from a folder: the response, or why it could not be used.
public struct LoadedResponse: Sendable {
    public var path: String
    public var response: Response?
    public var diagnostics: [Diagnostic]

    public init(path: String, response: Response?, diagnostics: [Diagnostic]) {
        self.path = path
        self.response = response
        self.diagnostics = diagnostics
    }
}

/// A folder of response files, one per person per assessment, that many people (and processes)
/// may write into at the same moment without losing or overwriting anything.
public struct ResponseStore: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Makes the folder (and its parents) if it is missing, open to its owner only (0700):
    /// answers are personal data. A folder that is already there keeps its permissions, so
    /// that a folder set up for a group (docs/workshop.md) stays shared.
    public func prepare() throws(AtomicFile.WriteError) {
        try Self.makeFolder(folder)
    }

    /// `mkdir -p` with 0700 for every folder it makes; the reason, in the same plain words as
    /// a failed write, when one cannot be made.
    public static func makeFolder(_ path: String) throws(AtomicFile.WriteError) {
        if let number = folderProblem(path) {
            throw AtomicFile.WriteError(path: path, kind: .init(errorNumber: number),
                                        reason: "the folder cannot be made (\(AtomicFile.reason(forErrorNumber: number)))")
        }
    }

    /// Makes `path` and its missing parents; the system's error number when one cannot be made.
    private static func folderProblem(_ path: String) -> Int32? {
        var kind = stat()
        if stat(FileSystemName.encode(path), &kind) == 0 {
            return (kind.st_mode & S_IFMT) == S_IFDIR ? nil : ENOTDIR
        }
        let parent = Paths.parent(of: path)
        if !parent.isEmpty && parent != path && parent != "/" && parent != ".", let problem = folderProblem(parent) {
            return problem
        }
        return mkdir(FileSystemName.encode(path), 0o700) == 0 || errno == EEXIST ? nil : errno
    }

    /// The permissions of a response file in `folder`: read and write for its owner only
    /// (0600), and also readable by the folder's group (0640) in a folder set up for a group,
    /// that is with the set-group-ID bit (`chmod 2750`, as docs/workshop.md shows), so that the
    /// host who runs the presenter can read the answers.
    public static func fileMode(inFolder folder: String) -> mode_t {
        var status = stat()
        guard stat(FileSystemName.encode(folder.isEmpty ? "." : folder), &status) == 0, status.st_mode & S_ISGID != 0 else { return 0o600 }
        return 0o640
    }

    /// `data-maturity-20261121-3f9c2a7e.yaml`: framework, day and the start of the response id.
    public func fileName(for response: Response, attempt: Int = 1) -> String {
        let day = response.started.day.replacingOccurrences(of: "-", with: "")
        let idPart = String(response.id.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(8))
        let suffix = attempt > 1 ? "-\(attempt)" : ""
        return "\(response.frameworkID)-\(day)-\(idPart.isEmpty ? "response" : idPart)\(suffix).yaml"
    }

    /// Saves a new response in a file of its own and returns its path. A name already taken,
    /// even by a process writing at this very moment, is never overwritten: the next is tried.
    public func create(_ response: Response, framework: Framework? = nil) throws(AtomicFile.WriteError) -> String {
        let bytes = Array(ResponseEncoder.encode(response, framework: framework).utf8)
        let mode = Self.fileMode(inFolder: folder)
        var attempt = 1
        while true {
            let path = Paths.appending(fileName(for: response, attempt: attempt), to: folder)
            do {
                try AtomicFile.create(path, with: bytes, mode: mode)
                return path
            } catch where error.kind == .exists && attempt < 1000 {
                attempt += 1
            }
        }
    }

    /// Saves a response over its own file. Refuses when the file there holds another
    /// response, so that nobody's answers are ever overwritten by someone else's.
    public func save(_ response: Response, at path: String, framework: Framework? = nil) throws(AtomicFile.WriteError) {
        if case .success(let bytes) = FileBytes.read(path, limit: Self.sizeLimit) {
            let existing = DocumentReader.read(bytes: bytes, file: path).root?["response"]?.scalar
            if let existing, existing != response.id {
                throw AtomicFile.WriteError(path: path, reason: "it holds another person's answers")
            }
        }
        try AtomicFile.replace(path, with: Array(ResponseEncoder.encode(response, framework: framework).utf8),
                               mode: Self.fileMode(inFolder: Paths.parent(of: path)))
    }

    /// The response files in the folder, in name order, without temporary files.
    public func responseFiles() -> [String] {
        // Listed byte by byte: a name that is not UTF-8 is kept (FileSystemName), not lost.
        guard let names = FileSystemName.names(inFolder: folder) else { return [] }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.filter { !AtomicFile.isTemporaryName($0) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted().map { prefix + $0 }
    }

    /// Reads and checks every response file, on all cores. A file that cannot be read is
    /// returned with the reason, never skipped in silence. Symbolic links in the folder are not
    /// followed: anyone who may write to the folder could point one at any file.
    public func loadAll(framework: Framework? = nil) -> [LoadedResponse] {
        Self.load(paths: responseFiles(), framework: framework, followingLinks: false)
    }

    public static func load(paths: [String], framework: Framework? = nil, followingLinks: Bool = true) -> [LoadedResponse] {
        paths.concurrentMap { load(path: $0, framework: framework, followingLinks: followingLinks) }
    }

    /// Reads files named one by one (followed when they are links) and files found in folders
    /// (not followed), in the order given.
    public static func load(paths: [String], following named: Set<String>, framework: Framework? = nil) -> [LoadedResponse] {
        paths.concurrentMap { load(path: $0, framework: framework, followingLinks: named.contains($0)) }
    }

    /// Files larger than this are not response files (a full one is a few kilobytes).
    public static let sizeLimit = 4 * 1024 * 1024

    /// Reads and checks one response file. A file that is not a response (no `response:` at its
    /// top) is said to be so and nothing of its content is quoted: it could be any file, a
    /// password file among them.
    public static func load(path: String, framework: Framework? = nil, followingLinks: Bool = true) -> LoadedResponse {
        func failure(_ message: String, hint: String? = nil) -> LoadedResponse {
            LoadedResponse(path: path, response: nil, diagnostics: [
                Diagnostic(.error, file: path, at: SourceMark(line: 1, column: 1), message, hint: hint).coded("unreadable-file"),
            ])
        }
        let bytes: [UInt8]
        switch FileBytes.read(path, limit: sizeLimit, followingLinks: followingLinks) {
        case .success(let read): bytes = read
        case .failure(.link):
            return failure("this is a symbolic link; links in a folder of responses are not followed, so it is not read",
                           hint: "copy the file it points to into the folder, or name it on the command line")
        case .failure(.unreadable):
            return failure("the file cannot be read; it may have been removed or its permissions forbid it")
        case .failure(.notAFile):
            return failure("this is not a regular file (a folder, a device or a named pipe), so it is not read")
        case .failure(.tooLarge):
            return failure("the file is too large to be a response (over \(sizeLimit / 1_048_576) MB)")
        }
        let document = DocumentReader.read(bytes: bytes, file: path)
        guard DocumentKind(of: document) == .response else {
            return failure("this is not a response file (it has no `response:` line at the top), so nothing of it is shown here",
                           hint: "`maturity validate` checks it, if it is yours")
        }
        let (response, diagnostics) = ResponseDecoder.decode(document, framework: framework)
        return LoadedResponse(path: path, response: response, diagnostics: diagnostics)
    }
}
