#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A claim on a file that dies with the process: `flock` on a hidden file beside it
/// (`.NAME.lock`). Two uses:
///
/// - a session's claim on its response file, held for as long as the session runs, so that two
///   sessions (two terminals, two SSH logins, the same person twice) never save over each
///   other's answers;
/// - the list of unfinished assessments (`sessions.json`), held while it is read, changed and
///   written, so that fifty runs at once keep all fifty entries.
///
/// The kernel lets go of the lock when the process ends in any way, SIGKILL and a crash
/// included, so a lock is never left behind by a process that is gone. The lock file itself
/// stays (it is empty, and every folder reader skips names that start with a dot); removing it
/// while another process may open it would let two processes hold two locks.
public final class FileLock: @unchecked Sendable {
    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file for a file: `.NAME.lock` in the same folder.
    public static func lockFile(for path: String) -> String {
        Paths.appending(".\(Paths.lastComponent(of: path)).lock", to: Paths.parent(of: path))
    }

    /// Takes the lock on `path`, waiting up to `seconds` for another process to let go of it;
    /// nil when it is still held then (or the lock file cannot be made).
    public static func acquire(_ path: String, waitingUpTo seconds: Double = 0) -> FileLock? {
        let file = lockFile(for: path)
        // No link is followed: a lock file planted as a link must not make us open another file.
        let descriptor = open(FileSystemName.encode(file), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return nil }
        let deadline = monotonicSeconds() + seconds
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, monotonicSeconds() < deadline else {
                close(descriptor)
                return nil
            }
            // Waiting for another process, not for a condition of ours: a short pause, then again.
            usleep(20_000)
        }
        return FileLock(path: path, descriptor: descriptor)
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// True when another process holds the lock on `path` right now.
    public static func isHeldElsewhere(_ path: String) -> Bool {
        let file = lockFile(for: path)
        let descriptor = open(FileSystemName.encode(file), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        flock(descriptor, LOCK_UN)
        return false
    }

    /// Lets go of the lock (also done when the process ends).
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }
}
