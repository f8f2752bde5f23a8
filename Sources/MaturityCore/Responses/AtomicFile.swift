#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees half of one and a crash leaves the old file or the
/// new one, never neither: the bytes go to a temporary file in the same folder, are flushed to
/// disk, and the temporary file is then renamed over (or linked to) the target.
///
/// Temporary files start with a dot and end in `.tmp`, so folder readers skip them.
public enum AtomicFile {
    /// Replaces `path` with `bytes` atomically (creating it if absent). `mode`, when given, sets
    /// the new file's permissions exactly (an existing file's, kept); without it a new file is
    /// read-write for its owner and readable by others, less the umask.
    public static func replace(_ path: String, with bytes: [UInt8], mode: mode_t? = nil) throws(WriteError) {
        let temporary = try writeTemporary(beside: path, bytes: bytes, mode: mode)
        guard rename(FileSystemName.encode(temporary), FileSystemName.encode(path)) == 0 else {
            let number = errno
            unlink(FileSystemName.encode(temporary))
            throw WriteError(path: path, errorNumber: number)
        }
        syncFolder(of: path)
    }

    /// Writes a new file at `path`, failing with `.exists` if something is already there, even
    /// when another process creates it at the same moment. Where the file system has hard links,
    /// a link, which unlike a rename never replaces a file; where it has none (FAT, exFAT, many
    /// SMB shares) the ways of `AtomicFile+NoLinks`, which keep the same promise.
    public static func create(_ path: String, with bytes: [UInt8], mode: mode_t? = nil) throws(WriteError) {
        try create(path, with: bytes, mode: mode, ways: CreateWay.allCases)
    }

    /// `create`, trying only `ways`, in order (the tests try each on its own).
    static func create(_ path: String, with bytes: [UInt8], mode: mode_t?, ways: [CreateWay]) throws(WriteError) {
        let temporary = try writeTemporary(beside: path, bytes: bytes, mode: mode)
        defer { unlink(FileSystemName.encode(temporary)) }
        for way in ways {
            switch way.create(path, from: temporary, bytes: bytes, mode: mode) {
            case .done:
                syncFolder(of: path)
                return
            case .failed(let number):
                throw WriteError(path: path, errorNumber: number)
            case .unsupported:
                continue
            }
        }
        throw WriteError(path: path, errorNumber: ENOTSUP)
    }

    /// True for names that this type uses for its temporary files.
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".tmp")
    }

    static func writeTemporary(beside path: String, bytes: [UInt8], mode: mode_t? = nil) throws(WriteError) -> String {
        let folder = Paths.parent(of: path)
        let name = Paths.lastComponent(of: path)
        let unique = "\(getpid())-\(UInt64.random(in: 0...UInt64.max) & 0xFFFF_FFFF_FFFF)"
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(unique).tmp"
        // Owner only until the mode asked for is set: nobody else may open it meanwhile.
        let descriptor = open(FileSystemName.encode(temporary), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode == nil ? 0o644 : 0o600)
        guard descriptor >= 0 else { throw WriteError(path: path, errorNumber: errno) }
        // Exactly the mode asked for, whatever the umask: an existing file keeps its own.
        if let mode { fchmod(descriptor, mode) }
        if let number = writeAndClose(descriptor, bytes) {
            unlink(FileSystemName.encode(temporary))
            throw WriteError(path: path, errorNumber: number)
        }
        return temporary
    }

    /// Writes all of `bytes`, flushes them to the disk (a power cut must not leave an empty file
    /// where the answers were) and closes the file; the error number when any of it fails.
    static func writeAndClose(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let number = errno
                close(descriptor)
                return number
            }
            written += result
        }
        if fsync(descriptor) != 0 {
            let number = errno
            close(descriptor)
            return number
        }
        return close(descriptor) == 0 ? nil : errno
    }

    /// Flushes the folder entry, so that the rename itself survives a crash.
    static func syncFolder(of path: String) {
        let folder = Paths.parent(of: path)
        let descriptor = open(FileSystemName.encode(folder.isEmpty ? "." : folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
