#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Why a folder may not be read, in plain words: which folder on the way refuses, and whose
/// it is, so that a host knows whom to ask or which account to use.
public enum FolderAccess {
    /// "permission denied: /home/workshop belongs to workshop and does not let you in".
    public static func denialReason(for folder: String) -> String {
        let path = URL(fileURLWithPath: folder).standardizedFileURL.path
        var ancestors: [String] = []
        var current = Paths.parent(of: path)
        while !current.isEmpty {
            ancestors.insert(current, at: 0)
            if current == "/" { break }
            current = Paths.parent(of: current)
        }
        // The first folder above that cannot be passed through is the one to name.
        if let blocked = ancestors.first(where: { access(FileSystemName.encode($0), X_OK) != 0 }) {
            return "permission denied: \(blocked), a folder above it, \(ownerPhrase(blocked)) does not let you in"
        }
        return "permission denied: it \(ownerPhrase(path)) does not let you read it"
    }

    /// A user's name ("workshop"), or "user 1001" when it cannot be looked up, made safe.
    public static func ownerName(_ uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return SafeText.sanitize(String(cString: name), keepNewlines: false)
        }
        return "user \(uid)"
    }

    /// "belongs to workshop and" (or "is not yours and" when the owner cannot be looked up).
    static func ownerPhrase(_ path: String) -> String {
        var status = stat()
        guard stat(FileSystemName.encode(path), &status) == 0 else { return "is not open to you and" }
        if let entry = getpwuid(status.st_uid), let name = entry.pointee.pw_name {
            return "belongs to \(SafeText.sanitize(String(cString: name), keepNewlines: false)) and"
        }
        return "belongs to user \(status.st_uid) and"
    }
}
