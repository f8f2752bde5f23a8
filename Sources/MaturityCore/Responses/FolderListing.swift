#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// What a folder looks like from outside, at one moment: whether it is there, which folder it
/// is (device and inode, so that a folder replaced under the same name is told apart), and
/// each file's name, size and modification time. Two listings that differ mean something
/// changed, whoever made the change: the workshop view compares them every few seconds
/// because inotify does not hear of files written by other machines on a network drive.
public struct FolderListing: Sendable, Equatable {
    /// A file as the listing sees it.
    public struct Entry: Sendable, Equatable {
        public var size: Int64
        /// Nanoseconds since 1970: a network drive may keep only whole seconds, so the size
        /// counts too.
        public var modified: Int64

        public init(size: Int64, modified: Int64) {
            self.size = size
            self.modified = modified
        }
    }

    /// Whether the folder can be listed, and if not, why.
    public enum Presence: Sendable, Equatable {
        case present
        case missing
        /// Something other than a folder has the name.
        case notAFolder
        /// The folder, or one above it, may not be opened by this user; the reason says which.
        case forbidden(String)
    }

    /// The folder itself, device and inode; nil when it is not there.
    public typealias Identity = FileIdentity

    public var presence: Presence
    public var identity: Identity?
    public var entries: [String: Entry]

    public init(presence: Presence = .present, identity: Identity? = nil, entries: [String: Entry] = [:]) {
        self.presence = presence
        self.identity = identity
        self.entries = entries
    }

    /// What changed from `earlier` to this listing: the names of files added, changed (size or
    /// time) and removed, and whether the folder itself came, went or was replaced.
    public struct Changes: Sendable, Equatable {
        public var added: [String] = []
        public var changed: [String] = []
        public var removed: [String] = []
        public var folderReplaced = false

        public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && !folderReplaced }
    }

    /// The differences between two listings, names in order. Pure, so it is tested on its own.
    public func changes(since earlier: FolderListing) -> Changes {
        var result = Changes()
        result.folderReplaced = presence != earlier.presence || identity != earlier.identity
        for (name, entry) in entries {
            if let before = earlier.entries[name] {
                if before != entry { result.changed.append(name) }
            } else {
                result.added.append(name)
            }
        }
        result.removed = earlier.entries.keys.filter { entries[$0] == nil }
        result.added.sort()
        result.changed.sort()
        result.removed.sort()
        return result
    }

    /// Lists `folder` now. Files that vanish between the listing and their `stat` are left out.
    public static func read(_ folder: String) -> FolderListing {
        var status = stat()
        guard stat(FileSystemName.encode(folder), &status) == 0 else {
            let error = errno
            return FolderListing(presence: error == EACCES ? .forbidden(FolderAccess.denialReason(for: folder)) : .missing)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { return FolderListing(presence: .notAFolder) }
        let identity = Identity(status)
        guard access(FileSystemName.encode(folder), R_OK | X_OK) == 0, let names = FileSystemName.names(inFolder: folder) else {
            return FolderListing(presence: .forbidden(FolderAccess.denialReason(for: folder)), identity: identity)
        }
        var entries: [String: Entry] = [:]
        for name in names {
            var file = stat()
            guard stat(FileSystemName.encode(folder + "/" + name), &file) == 0 else { continue }
            let modified = Int64(file.st_mtim.tv_sec) * 1_000_000_000 + Int64(file.st_mtim.tv_nsec)
            entries[name] = Entry(size: Int64(file.st_size), modified: modified)
        }
        return FolderListing(presence: .present, identity: identity, entries: entries)
    }
}
