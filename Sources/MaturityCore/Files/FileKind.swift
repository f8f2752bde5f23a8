#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path: a folder or something else, following symbolic links. Asked with `stat`,
/// as Foundation's `fileExists(atPath:isDirectory:)` does, without the full Foundation.
public enum FileKind: Sendable, Equatable {
    case folder
    /// A file, or a device, a named pipe or a socket.
    case notAFolder

    /// Nil when nothing is there, or the path cannot be reached.
    public static func at(_ path: String) -> FileKind? {
        var status = stat()
        guard stat(FileSystemName.encode(path), &status) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFDIR ? .folder : .notAFolder
    }
}
