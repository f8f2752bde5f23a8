#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Tells when files in a folder were added, changed or removed, without blocking.
///
/// Two ways, together: inotify on Linux hears of local changes at once, and every
/// `listingInterval` the folder's listing (names, sizes, times) is compared with the last one,
/// which catches what inotify never hears of: files written by other machines on a network
/// drive. Without inotify the listing is compared more often. When the folder is removed,
/// moved away or replaced, the watch is put back on the path as soon as a folder is there again.
public final class FolderWatcher {
    public let folder: String
    /// The inotify instance, or -1 when inotify cannot be had (or was not wanted).
    private var inotify: Int32 = -1
    /// The watch on the folder, or -1 while the folder is missing.
    private var watch: Int32 = -1
    /// The folder the watch is on, to notice one replaced under the same name.
    private var watchedIdentity: FolderListing.Identity?
    private var lastListing: FolderListing
    private var lastListingTime = Date()
    /// How often the listing is compared: often without inotify, every 2 seconds with it.
    public var listingInterval: TimeInterval

    /// `useInotify: false` forces the listing comparison alone (for tests of it).
    public init(folder: String, useInotify: Bool = true) {
        self.folder = folder
        #if os(Linux)
        if useInotify { inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) }
        #endif
        listingInterval = inotify >= 0 ? 2 : 0.5
        lastListing = FolderListing.read(folder)
        addWatch()
    }

    deinit {
        if inotify >= 0 { close(inotify) }
    }

    /// True when inotify is in use beside the listing comparison.
    public var usesInotify: Bool { inotify >= 0 }

    /// True while inotify watches the folder itself (false while it is missing).
    public var isWatching: Bool { watch >= 0 }

    /// Whether the folder is there, as last seen.
    public var presence: FolderListing.Presence { lastListing.presence }

    /// Whether anything changed since the last call. Never blocks. `compareListingNow` compares
    /// the listing whether or not its interval has passed.
    public func changed(compareListingNow: Bool = false) -> Bool {
        let now = Date()
        var any = false
        if inotify >= 0 {
            let events = drainEvents()
            any = events.any
            if events.watchLost { dropWatch() }
            // Put the watch back as soon as a folder is at the path again; what arrived in
            // the meantime is read afresh because this counts as a change.
            if watch < 0, addWatch() { any = true }
        }
        if compareListingNow || now.timeIntervalSince(lastListingTime) >= currentInterval {
            lastListingTime = now
            let listing = FolderListing.read(folder)
            if !listing.changes(since: lastListing).isEmpty { any = true }
            lastListing = listing
            // A folder replaced while no event came (a network drive): watch the new one.
            if inotify >= 0, listing.identity != watchedIdentity {
                dropWatch()
                if addWatch() { any = true }
            }
        }
        return any
    }

    /// While the folder is missing, look for it as often as without inotify.
    private var currentInterval: TimeInterval { watch < 0 ? min(listingInterval, 0.5) : listingInterval }

    @discardableResult
    private func addWatch() -> Bool {
        #if os(Linux)
        guard inotify >= 0, watch < 0 else { return false }
        let mask = UInt32(IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_MODIFY | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        watch = inotify_add_watch(inotify, folder, mask)
        guard watch >= 0 else { return false }
        // Read after the watch is on, so nothing can fall between the two.
        watchedIdentity = FolderListing.read(folder).identity
        return true
        #else
        return false
        #endif
    }

    private func dropWatch() {
        #if os(Linux)
        if watch >= 0 { _ = inotify_rm_watch(inotify, watch) }
        #endif
        watch = -1
        watchedIdentity = nil
    }

    /// Reads every pending event. `any` when one concerns the watched folder; `watchLost` when
    /// the folder was removed or moved away, the kernel dropped the watch (IN_IGNORED), or
    /// events overflowed the queue (then the watch is put back and everything read again).
    private func drainEvents() -> (any: Bool, watchLost: Bool) {
        var any = false
        var lost = false
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let headerSize = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            while offset + headerSize <= count {
                let (descriptor, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                }
                let gone = UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT)
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    any = true
                    lost = true
                }
                // Late events of a watch already dropped (its IN_IGNORED) are about a folder
                // no longer at the path.
                if descriptor == watch {
                    any = true
                    if mask & gone != 0 { lost = true }
                }
                offset += headerSize + Int(nameLength)
            }
        }
        #endif
        return (any, lost)
    }
}
