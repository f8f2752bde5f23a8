#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file (or folder) a name leads to: its device and inode, the same for every name of
/// one file and different for a file replaced under the same name.
public struct FileIdentity: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The identity from a `stat` of the file.
    public init(_ status: stat) {
        self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// Nil when nothing is there, or the path cannot be reached. Links are followed.
    public init?(path: String) {
        var status = stat()
        guard stat(FileSystemName.encode(path), &status) == 0 else { return nil }
        self.init(status)
    }
}
