import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when files in a folder were added, changed or removed, without blocking: inotify on
/// Linux, and comparing the folder's listing (names, sizes, times) where inotify cannot be had.
public final class FolderWatcher {
    public let folder: String
    private var descriptor: Int32 = -1
    private var lastListing: [String: String] = [:]
    private var lastPoll = Date.distantPast
    /// How often the fallback compares listings.
    public var pollInterval: TimeInterval = 0.5

    /// `useInotify: false` forces the polling fallback (for tests of it).
    public init(folder: String, useInotify: Bool = true) {
        self.folder = folder
        #if os(Linux)
        if useInotify {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor >= 0 {
                let mask = UInt32(IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_MODIFY
                                  | IN_DELETE_SELF | IN_MOVE_SELF)
                if inotify_add_watch(descriptor, folder, mask) < 0 {
                    close(descriptor)
                    descriptor = -1
                }
            }
        }
        #endif
        lastListing = listing()
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// True when inotify watches the folder; false when the polling fallback is in use.
    public var usesInotify: Bool { descriptor >= 0 }

    /// Whether anything changed since the last call. Never blocks.
    public func changed() -> Bool {
        if descriptor >= 0 {
            var buffer = [UInt8](repeating: 0, count: 8192)
            var any = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 8192) }
                if count <= 0 { break }
                any = true
            }
            return any
        }
        guard Date().timeIntervalSince(lastPoll) >= pollInterval else { return false }
        lastPoll = Date()
        let current = listing()
        defer { lastListing = current }
        return current != lastListing
    }

    /// File name -> size and modification time, for the polling fallback.
    private func listing() -> [String: String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [:] }
        var result: [String: String] = [:]
        for name in names {
            let attributes = try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            let size = (attributes?[.size] as? Int) ?? -1
            let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[name] = "\(size)/\(time)"
        }
        return result
    }
}
