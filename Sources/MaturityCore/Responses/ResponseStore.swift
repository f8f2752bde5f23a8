#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
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

    /// Makes the folder (and its parents) if it is missing.
    public func prepare() throws(AtomicFile.WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: folder, reason: "the folder cannot be made (\(Self.reason(error)))")
        }
    }

    /// The system's reason, in the same plain words as a failed write.
    private static func reason(_ error: any Error) -> String {
        guard let system = (error as? CocoaError)?.underlying as? POSIXError else { return "\(error)" }
        return AtomicFile.reason(forErrorNumber: system.code.rawValue)
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
        var attempt = 1
        while true {
            let path = Paths.appending(fileName(for: response, attempt: attempt), to: folder)
            do {
                try AtomicFile.create(path, with: bytes)
                return path
            } catch where error.reason == "it already exists" && attempt < 1000 {
                attempt += 1
            }
        }
    }

    /// Saves a response over its own file. Refuses when the file there holds another
    /// response, so that nobody's answers are ever overwritten by someone else's.
    public func save(_ response: Response, at path: String, framework: Framework? = nil) throws(AtomicFile.WriteError) {
        if let data = FileManager.default.contents(atPath: path) {
            let existing = DocumentReader.read(bytes: [UInt8](data), file: path).root?["response"]?.scalar
            if let existing, existing != response.id {
                throw AtomicFile.WriteError(path: path, reason: "it holds another person's answers")
            }
        }
        try AtomicFile.replace(path, with: Array(ResponseEncoder.encode(response, framework: framework).utf8))
    }

    /// The response files in the folder, in name order, without temporary files.
    public func responseFiles() -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.filter { !AtomicFile.isTemporaryName($0) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted().map { prefix + $0 }
    }

    /// Reads and checks every response file, on all cores. A file that cannot be read is
    /// returned with the reason, never skipped in silence.
    public func loadAll(framework: Framework? = nil) -> [LoadedResponse] {
        Self.load(paths: responseFiles(), framework: framework)
    }

    public static func load(paths: [String], framework: Framework? = nil) -> [LoadedResponse] {
        paths.concurrentMap { load(path: $0, framework: framework) }
    }

    /// Files larger than this are not response files (a full one is a few kilobytes).
    public static let sizeLimit = 4 * 1024 * 1024

    public static func load(path: String, framework: Framework? = nil) -> LoadedResponse {
        func failure(_ message: String, hint: String? = nil) -> LoadedResponse {
            LoadedResponse(path: path, response: nil, diagnostics: [
                Diagnostic(.error, file: path, at: SourceMark(line: 1, column: 1), message, hint: hint),
            ])
        }
        let bytes: [UInt8]
        switch FileBytes.read(path, limit: sizeLimit) {
        case .success(let read): bytes = read
        case .failure(.unreadable):
            return failure("the file cannot be read; it may have been removed or its permissions forbid it")
        case .failure(.notAFile):
            return failure("this is not a regular file (a folder, a device or a named pipe), so it is not read")
        case .failure(.tooLarge):
            return failure("the file is too large to be a response (over \(sizeLimit / 1_048_576) MB)")
        }
        let (response, diagnostics) = ResponseDecoder.decode(bytes: bytes, file: path, framework: framework)
        return LoadedResponse(path: path, response: response, diagnostics: diagnostics)
    }
}
