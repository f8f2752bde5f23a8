#if canImport(Glibc)
import Glibc
#endif

extension AtomicFile {
    /// The ways a new file is put at its name without replacing anything there, tried in order
    /// until the file system supports one. FAT and exFAT have no hard links and refuse `link`
    /// (EPERM), so did SMB shares mounted without Unix extensions; answers written there went to
    /// the fallback folder. The promise, never to replace a file that is there, holds in each way.
    enum CreateWay: CaseIterable, Sendable {
        /// `link(2)` from the finished temporary file: atomic, and never replaces.
        case link
        /// `renameat2(2)` with `RENAME_NOREPLACE` (Linux 3.15; FAT, exFAT and CIFS support it):
        /// atomic too, and refused with EEXIST when the name is taken.
        case renameNoReplace
        /// `open(2)` of the name itself with `O_CREAT | O_EXCL`, then the bytes, `fsync` and
        /// close: never replaces, but a reader at that very moment may see a short file (and
        /// list it as unreadable until its next look).
        case exclusive

        enum Outcome: Equatable {
            case done
            case failed(Int32)
            /// The file system or the kernel cannot do it this way: try the next.
            case unsupported
        }

        func create(_ path: String, from temporary: String, bytes: [UInt8], mode: mode_t?) -> Outcome {
            switch self {
            case .link:
                if Glibc.link(FileSystemName.encode(temporary), FileSystemName.encode(path)) == 0 { return .done }
                // EPERM is how FAT says it has no links; a folder we may not write gives EACCES.
                return [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS].contains(errno) ? .unsupported : .failed(errno)
            case .renameNoReplace:
                guard let rename = Self.renameat2 else { return .unsupported }
                if rename(AT_FDCWD, FileSystemName.encode(temporary), AT_FDCWD, FileSystemName.encode(path), Self.noReplace) == 0 {
                    return .done
                }
                // EINVAL: this file system does not know the flag; ENOSYS: the kernel lacks the call.
                return [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(errno) ? .unsupported : .failed(errno)
            case .exclusive:
                // Owner only until the mode asked for is set, as for a temporary file.
                let descriptor = open(FileSystemName.encode(path), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                                      mode == nil ? 0o644 : 0o600)
                guard descriptor >= 0 else { return .failed(errno) }
                if let mode { fchmod(descriptor, mode) }
                if let number = AtomicFile.writeAndClose(descriptor, bytes) {
                    // The file is ours, made just now: a half-written one must not stay.
                    unlink(FileSystemName.encode(path))
                    return .failed(number)
                }
                return .done
            }
        }

        /// `RENAME_NOREPLACE` of <linux/fs.h>.
        static let noReplace: UInt32 = 1

        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

        /// glibc's `renameat2` (2.28 and later), looked up when needed: Swift's Glibc module does
        /// not declare it.
        static var renameat2: RenameAt2? {
            guard let symbol = dlsym(nil, "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        }
    }
}
