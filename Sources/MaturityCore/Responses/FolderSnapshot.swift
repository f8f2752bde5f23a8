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
        /// What kind of problem it is, so that a screen can say it in its own language.
        public enum Kind: Sendable, Equatable {
            /// `reason` is the file's first error, with every value quoted from it taken out.
            case error
            /// Nothing could be read.
            case cannotBeRead
            /// An error whose wording could quote the file: only that there is one is said.
            case detailsHidden
            /// It answers another framework: one installed here (named), or one that is not (nil).
            case otherFramework(String?)
        }

        /// The line of the first problem, when there is one to point at.
        public var line: Int?
        public var kind: Kind
        /// The reason in English (the command line's words; a screen says `kind` its own way).
        public var reason: String

        public init(line: Int? = nil, kind: Kind = .error, reason: String) {
            self.line = line
            self.kind = kind
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

    /// Sorts what was read by the rules a report uses (`ResponseSelection`), so that the room
    /// and the report count the same people: a copy of a response counts once, and unfinished
    /// files are counted, never used as results. Files that could not be read, or that answer
    /// another framework, are listed with a reason that quotes nothing from them. A framework
    /// is named only when it is one of `knownFrameworkIDs` (an id in a file could be anything,
    /// a name included).
    public init(loaded: [LoadedResponse], framework: Framework, knownFrameworkIDs: Set<String> = []) {
        let selection = ResponseSelection(loaded: loaded, framework: framework)
        self.init(complete: selection.responses)
        for item in selection.leftOut {
            switch item.reason {
            case .unreadable(let error):
                unusable.append(Self.unusable(error))
            case .otherFramework(let other, _):
                let known = knownFrameworkIDs.contains(other)
                unusable.append(Unusable(kind: .otherFramework(known ? other : nil), reason: known
                    ? "it answers the framework \(other); start the presenter with --framework \(other) to show it"
                    : "it answers another framework, not one installed here"))
            case .inProgress:
                inProgress += 1
            case .copy:
                // The same person as a file used: counted once, and nothing is wrong with it.
                break
            }
        }
    }

    /// Reads the folder's response files for the workshop view, as a report reads them.
    public static func read(folder: String, framework: Framework, knownFrameworkIDs: Set<String> = []) -> FolderSnapshot {
        switch FolderListing.read(folder).presence {
        case .missing, .notAFolder: return FolderSnapshot(folderState: .missing)
        case .forbidden(let reason): return FolderSnapshot(folderState: .unreadable(reason))
        case .present: break
        }
        return FolderSnapshot(loaded: ResponseStore(folder: folder).loadAll(), framework: framework,
                              knownFrameworkIDs: knownFrameworkIDs)
    }

    /// The response with everything that could name or quote a person removed.
    public static func anonymised(_ response: Response) -> Response {
        var kept = response
        kept.organisation = ""
        kept.respondent = nil
        kept.notes = [:]
        return kept
    }

    /// What is wrong with a file, with every value quoted from it replaced by "…" (the
    /// diagnostic keeps those values apart, so nothing is read out of the sentence). A problem
    /// whose message does not say what it quotes is not shown at all, only that there is one.
    public static func anonymousReason(_ error: Diagnostic?) -> String {
        unusable(error).reason
    }

    /// A file that could not be read, as the workshop view lists it: its first error's line,
    /// and what is wrong with every value quoted from it taken out, or only that there is a
    /// problem, or that nothing could be read.
    static func unusable(_ error: Diagnostic?) -> Unusable {
        guard let error else { return Unusable(kind: .cannotBeRead, reason: "it cannot be read") }
        guard let message = error.message(replacingQuotedBy: "…") else {
            return Unusable(line: error.mark.line, kind: .detailsHidden, reason: hiddenDetails)
        }
        return Unusable(line: error.mark.line, kind: .error, reason: SafeText.sanitize(message, keepNewlines: false))
    }

    /// The reason given for a problem whose wording could quote the file.
    public static let hiddenDetails = "it is not a valid response file (the details could quote it, so they stay off this screen)"
}
