#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file into bytes with one allocation of the file's own size: reading thousands
/// of small response files must not allocate a large buffer for each.
public enum FileBytes {
    public enum Failure: Error, Equatable {
        case unreadable
        case notAFile
        case tooLarge(Int)
        /// A symbolic link, when links are not to be followed.
        case link
    }

    /// The file's bytes. `followingLinks: false` refuses a symbolic link (`O_NOFOLLOW`): a link
    /// dropped into a folder of responses could point at any file the reader may read.
    public static func read(_ path: String, limit: Int, followingLinks: Bool = true) -> Result<[UInt8], Failure> {
        // Non-blocking, so that a named pipe or a device dropped into a folder cannot hang the
        // reader; anything but a regular file is then refused.
        let descriptor = open(FileSystemName.encode(path), O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .failure(errno == ELOOP && !followingLinks ? .link : .unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .failure(.unreadable) }
            // The file shrank while being read: keep what is there; the parser reports the rest.
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return .success(bytes)
    }
}
