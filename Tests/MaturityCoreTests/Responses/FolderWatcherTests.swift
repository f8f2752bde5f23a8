import Foundation
import MaturityCore
import Testing

/// The workshop view's eyes on the folder: inotify, the listing comparison beside it (for
/// network drives, whose other machines inotify never hears), and a watch that survives the
/// folder being replaced.
@Suite struct FolderWatcherTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folder-watcher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Polls `watcher.changed()` until it says yes, or fails after `seconds`. It looks once
    /// more after the deadline, since a busy machine may wake the wait late.
    static func waitForChange(_ watcher: FolderWatcher, _ what: String, deadline seconds: Double = 10,
                              sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let end = Date().addingTimeInterval(seconds)
        while true {
            if watcher.changed() { return }
            if Date() >= end { break }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        Issue.record("no change seen within \(seconds) s: \(what)", sourceLocation: sourceLocation)
    }

    @Test func theListingAloneSeesFilesAddedChangedAndRemoved() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let watcher = FolderWatcher(folder: folder.path, useInotify: false)
        #expect(!watcher.usesInotify)
        #expect(!watcher.changed(compareListingNow: true))
        let file = folder.appendingPathComponent("a.yaml")
        try "one".write(to: file, atomically: false, encoding: .utf8)
        try await Self.waitForChange(watcher, "a file added")
        try "one and two".write(to: file, atomically: false, encoding: .utf8)
        try await Self.waitForChange(watcher, "a file changed")
        try FileManager.default.removeItem(at: file)
        try await Self.waitForChange(watcher, "a file removed")
        // Nothing more happened, so nothing more is reported.
        #expect(!watcher.changed(compareListingNow: true))
    }

    /// What inotify misses on a network drive (another machine's write) shows only as a new
    /// size or time in the listing: the comparison must see each kind of difference.
    @Test func comparingListingsFindsWhatChanged() {
        let identity = FolderListing.Identity(device: 1, inode: 10)
        let before = FolderListing(identity: identity, entries: [
            "kept.yaml": .init(size: 100, modified: 1_000), "grown.yaml": .init(size: 100, modified: 1_000),
            "touched.yaml": .init(size: 100, modified: 1_000), "gone.yaml": .init(size: 5, modified: 5),
        ])
        let after = FolderListing(identity: identity, entries: [
            "kept.yaml": .init(size: 100, modified: 1_000), "grown.yaml": .init(size: 180, modified: 1_000),
            "touched.yaml": .init(size: 100, modified: 2_000_000_000), "new.yaml": .init(size: 1, modified: 1),
        ])
        let changes = after.changes(since: before)
        #expect(changes.added == ["new.yaml"])
        #expect(changes.changed == ["grown.yaml", "touched.yaml"])
        #expect(changes.removed == ["gone.yaml"])
        #expect(!changes.folderReplaced)
        #expect(before.changes(since: before).isEmpty)

        var replaced = before
        replaced.identity = FolderListing.Identity(device: 1, inode: 11)
        #expect(replaced.changes(since: before).folderReplaced)
        #expect(FolderListing(presence: .missing).changes(since: FolderListing(presence: .missing)).isEmpty)
        #expect(!FolderListing(presence: .missing).changes(since: before).isEmpty)
    }

    /// A change inotify does not report: a file written through a hard link in another folder
    /// (as a network drive's other machines write, unseen). The listing comparison sees it.
    @Test func theListingCatchesAChangeInotifyDidNotReport() async throws {
        let folder = try Self.temporaryFolder()
        let elsewhere = try Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let file = folder.appendingPathComponent("a.yaml")
        try "one".write(to: file, atomically: false, encoding: .utf8)
        let link = elsewhere.appendingPathComponent("a.yaml")
        try FileManager.default.linkItem(at: file, to: link)
        let watcher = FolderWatcher(folder: folder.path)
        #expect(watcher.usesInotify)
        #expect(watcher.listingInterval <= 2)
        watcher.listingInterval = 3_600
        #expect(!watcher.changed())

        let handle = try FileHandle(forWritingTo: link)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" and two".utf8))
        try handle.close()
        #expect(!watcher.changed(), "inotify heard the write after all, so this test proves nothing")
        #expect(watcher.changed(compareListingNow: true))

        // And on its own, within the interval.
        watcher.listingInterval = 0.2
        let again = try FileHandle(forWritingTo: link)
        try again.seekToEnd()
        try again.write(contentsOf: Data(" and three".utf8))
        try again.close()
        try await Self.waitForChange(watcher, "the listing's next look")
    }

    @Test func aListingReadsNamesSizesAndTheFolderItself() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "12345".write(to: folder.appendingPathComponent("a.yaml"), atomically: false, encoding: .utf8)
        let listing = FolderListing.read(folder.path)
        #expect(listing.presence == .present)
        #expect(listing.identity != nil)
        #expect(listing.entries["a.yaml"]?.size == 5)
        #expect(FolderListing.read(folder.appendingPathComponent("nothing").path).presence == .missing)
        #expect(FolderListing.read(folder.appendingPathComponent("a.yaml").path).presence == .notAFolder)
    }

    /// `mv ws ws.old; mkdir ws; cp files ws/`: the watch follows the path, not the old folder.
    /// The listing is made to wait an hour, so only inotify can report the new file.
    @Test func aReplacedFolderIsWatchedAgain() async throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("ws")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let watcher = FolderWatcher(folder: folder.path)
        watcher.listingInterval = 3_600
        #expect(watcher.isWatching)

        try FileManager.default.moveItem(at: folder, to: parent.appendingPathComponent("ws.old"))
        try await Self.waitForChange(watcher, "the folder moved away")
        #expect(!watcher.isWatching)

        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try await Self.waitForChange(watcher, "the folder back")
        #expect(watcher.isWatching)
        #expect(watcher.presence == .present || !watcher.changed())

        try "new".write(to: folder.appendingPathComponent("a.yaml"), atomically: false, encoding: .utf8)
        try await Self.waitForChange(watcher, "a file in the new folder")
        // The old folder is no longer watched.
        try "old".write(to: parent.appendingPathComponent("ws.old/b.yaml"), atomically: false, encoding: .utf8)
        #expect(!watcher.changed())
    }

    @Test func aRemovedFolderIsWatchedAgainWhenItComesBack() async throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("ws")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let watcher = FolderWatcher(folder: folder.path)
        watcher.listingInterval = 3_600
        try FileManager.default.removeItem(at: folder)
        try await Self.waitForChange(watcher, "the folder removed")
        #expect(!watcher.isWatching)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try await Self.waitForChange(watcher, "the folder back")
        #expect(watcher.isWatching)
    }

    @Test func aFolderMissingAtTheStartIsWatchedOnceItIsMade() async throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("not-yet")
        let watcher = FolderWatcher(folder: folder.path)
        #expect(watcher.usesInotify)
        #expect(!watcher.isWatching)
        #expect(watcher.presence == .missing)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try await Self.waitForChange(watcher, "the folder made")
        #expect(watcher.isWatching)
    }
}
