#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a folder of responses holds at one moment, as the workshop view counts it: complete
/// responses (the results), how many are still in progress, and the files it could not use.
///
/// Anonymous by construction, because it goes on a projector: responses keep only what the
/// figures need (answers, team, role, status, framework; the id and times stay for telling
/// copies apart), and a file that cannot be used is known by its line and a reason that
/// quotes nothing from it, never by its name.
public struct FolderSnapshot: Sendable, Equatable {
    /// A file that could not be used: no name, and nothing quoted from its content.
    public struct Unusable: Sendable, Equatable {
        /// The line of the first problem, when there is one to point at.
        public var line: Int?
        public var reason: String

        public init(line: Int? = nil, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// Whether the folder could be read at all.
    public enum FolderState: Sendable, Equatable {
        case present
        case missing
        case unreadable(String)
    }

    public var folderState: FolderState
    public var complete: [Response]
    public var inProgress: Int
    public var unusable: [Unusable]

    public init(complete: [Response] = [], inProgress: Int = 0, unusable: [Unusable] = [],
                folderState: FolderState = .present) {
        self.complete = complete.map(Self.anonymised)
        self.inProgress = inProgress
        self.unusable = unusable
        self.folderState = folderState
    }

    /// Sorts what was read: in-progress files are counted, never used as results; files that
    /// could not be read, or that answer another framework, are listed with the reason. A
    /// framework is named only when it is one of `knownFrameworkIDs` (an id in a file could be
    /// anything, a name included).
    public init(loaded: [LoadedResponse], framework: Framework, knownFrameworkIDs: Set<String> = []) {
        self.init()
        for item in loaded {
            guard let response = item.response else {
                let error = item.diagnostics.first { $0.isError }
                unusable.append(Unusable(line: error?.mark.line,
                                         reason: error.map { Self.anonymousReason($0.message) } ?? "it cannot be read"))
                continue
            }
            guard response.frameworkID == framework.id else {
                let other = response.frameworkID
                unusable.append(Unusable(reason: knownFrameworkIDs.contains(other)
                    ? "it answers the framework \(other); start the presenter with --framework \(other) to show it"
                    : "it answers another framework, not one installed here"))
                continue
            }
            if response.status == .complete { complete.append(Self.anonymised(response)) } else { inProgress += 1 }
        }
    }

    /// Reads the folder's response files for the workshop view. A file that fails only because
    /// it answers another framework is read again without the framework, to say which.
    public static func read(folder: String, framework: Framework, knownFrameworkIDs: Set<String> = []) -> FolderSnapshot {
        switch FolderListing.read(folder).presence {
        case .missing, .notAFolder: return FolderSnapshot(folderState: .missing)
        case .forbidden(let reason): return FolderSnapshot(folderState: .unreadable(reason))
        case .present: break
        }
        let loaded = ResponseStore(folder: folder).loadAll(framework: framework).map { item in
            guard item.response == nil else { return item }
            let plain = ResponseStore.load(path: item.path)
            if let other = plain.response, other.frameworkID != framework.id { return plain }
            return item
        }
        return FolderSnapshot(loaded: loaded, framework: framework, knownFrameworkIDs: knownFrameworkIDs)
    }

    /// The response with everything that could name or quote a person removed.
    public static func anonymised(_ response: Response) -> Response {
        var kept = response
        kept.organisation = ""
        kept.respondent = nil
        kept.notes = [:]
        return kept
    }

    /// A reader's message with every quoted part (which comes from the file) replaced by "…",
    /// and any "did you mean" suggestion dropped: `"Jane Smith" is not a date and time`
    /// becomes `… is not a date and time`.
    public static func anonymousReason(_ message: String) -> String {
        var message = message
        if let suggestion = message.firstRange(of: "; did you mean") { message = String(message[..<suggestion.lowerBound]) }
        var result = ""
        var closing: Character?
        for character in message {
            if let close = closing {
                if character == close { closing = nil }
                continue
            }
            switch character {
            case "\"": closing = "\""
            case "`": closing = "`"
            case "“": closing = "”"
            case "‘": closing = "’"
            default:
                result.append(character)
                continue
            }
            result += "…"
        }
        return SafeText.sanitize(result, keepNewlines: false)
    }
}
