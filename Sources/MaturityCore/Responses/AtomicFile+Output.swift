#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Writing a file a person names on the command line (`report -o`, `benchmark -o`), where the
/// name may be a link, a device or an existing file with its own permissions.
extension AtomicFile {
    /// Writes `bytes` to `path` as a person would expect of `-o PATH`:
    /// - a regular file (or a new name) is replaced atomically, keeping the old file's
    ///   permissions, so a report kept private stays private;
    /// - a symbolic link of the user's own (or root's) is followed, and the file it points to is
    ///   replaced; the link stays. A link that belongs to anyone else is refused: in a folder
    ///   others may write to, someone could plant `report.html -> /etc/passwd` and have the
    ///   report (run as root, say) replace that file. (The kernel's `protected_symlinks` makes
    ///   the same rule for sticky folders such as /tmp; this makes it everywhere.)
    /// - a device, pipe or socket (`/dev/stdout`, a named pipe) is written to directly, as
    ///   there is no file to replace (and renaming over `/dev/null` would destroy it);
    /// - a folder is refused.
    public static func writeOutput(_ path: String, with bytes: [UInt8]) throws(WriteError) {
        var target = path
        var info = stat()
        if lstat(FileSystemName.encode(path), &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            guard info.st_uid == geteuid() || info.st_uid == 0 else {
                throw WriteError(path: path, reason: "it is a symbolic link that \(FolderAccess.ownerName(info.st_uid)) made, not you, so it is not followed (it could point at any file of yours); remove the link or choose another name")
            }
            // Replace what the link points to, not the link.
            if let resolved = realpath(FileSystemName.encode(path), nil) {
                target = FileSystemName.decode(cString: resolved)
                free(resolved)
            }
        }
        guard stat(FileSystemName.encode(target), &info) == 0 else {
            // Nothing there yet: a new file, made with the usual permissions.
            try replace(target, with: bytes)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            try replace(target, with: bytes, mode: info.st_mode & 0o7777)
        case S_IFDIR:
            throw WriteError(path: path, reason: "it is a folder; give a file name, such as \(path)/report.html")
        default:
            try stream(bytes, to: target, named: path)
        }
    }

    /// Writes to a device, pipe or socket in place.
    static func stream(_ bytes: [UInt8], to target: String, named path: String) throws(WriteError) {
        let descriptor = open(FileSystemName.encode(target), O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, errorNumber: errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, errorNumber: errno)
            }
            written += result
        }
    }
}
