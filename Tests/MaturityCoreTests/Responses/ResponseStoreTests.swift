import Foundation
import MaturityCore
import Testing

/// The folder of responses: atomic writes, names that never collide, nobody's file overwritten.
@Suite struct ResponseStoreTests {
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func response(_ id: String) -> Response {
        var response = ResponseFileTests.sample()
        response.id = id
        return response
    }

    @Test func createdFilesAreFoundAndLeaveNoTemporaryFiles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ResponseStore(folder: folder)
        let path = try store.create(Self.response("aaaa1111-x"), framework: ResponseFileTests.framework)
        #expect((path as NSString).lastPathComponent == "data-maturity-20261121-aaaa1111.yaml")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["data-maturity-20261121-aaaa1111.yaml"])
        let loaded = store.loadAll(framework: ResponseFileTests.framework)
        #expect(loaded.count == 1)
        #expect(loaded.first?.response?.id == "aaaa1111-x")
    }

    @Test func aTakenNameIsNeverOverwritten() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ResponseStore(folder: folder)
        // Same id prefix, same day: the same first-choice name.
        let first = try store.create(Self.response("bbbb2222-first"))
        let second = try store.create(Self.response("bbbb2222-second"))
        #expect(first != second)
        #expect(ResponseStore.load(path: first).response?.id == "bbbb2222-first")
        #expect(ResponseStore.load(path: second).response?.id == "bbbb2222-second")
    }

    @Test func savingOverSomeoneElsesFileIsRefused() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ResponseStore(folder: folder)
        let theirs = try store.create(Self.response("cccc3333-theirs"))
        var mine = Self.response("dddd4444-mine")
        mine.answers = [:]
        #expect(throws: AtomicFile.WriteError.self) { try store.save(mine, at: theirs) }
        #expect(ResponseStore.load(path: theirs).response?.id == "cccc3333-theirs")
        // Saving over one's own file replaces it.
        var theirsUpdated = Self.response("cccc3333-theirs")
        theirsUpdated.status = .inProgress
        try store.save(theirsUpdated, at: theirs)
        #expect(ResponseStore.load(path: theirs).response?.status == .inProgress)
    }

    @Test func manyWritersAtOnceLoseNothing() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ResponseStore(folder: folder)
        let ids = (0..<100).map { "eeee5555-\($0)" }  // all want the same first-choice name
        let paths = try await withThrowingTaskGroup(of: String.self) { group in
            for id in ids { group.addTask { try store.create(Self.response(id)) } }
            var paths: [String] = []
            for try await path in group { paths.append(path) }
            return paths
        }
        #expect(Set(paths).count == ids.count)
        let loaded = store.loadAll()
        #expect(Set(loaded.compactMap(\.response?.id)) == Set(ids))
        #expect(loaded.allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test func unreadableAndVanishedFilesAreReportedNotSkipped() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "response: [broken\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: URL(fileURLWithPath: folder + "/binary.yaml"))
        try "half".write(toFile: folder + "/.data-maturity.yaml.123.tmp", atomically: true, encoding: .utf8)
        let loaded = ResponseStore(folder: folder).loadAll()
        #expect(loaded.map { ($0.path as NSString).lastPathComponent } == ["binary.yaml", "broken.yaml"])
        #expect(loaded.allSatisfy { $0.response == nil && $0.diagnostics.hasErrors })
        let vanished = ResponseStore.load(path: folder + "/gone.yaml")
        #expect(vanished.response == nil)
        #expect(vanished.diagnostics.first?.message.contains("cannot be read") == true)
    }

    static let canMount: Bool = {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")
    }()

    static func mount(_ options: String, at folder: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", folder]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func unmount(_ folder: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [folder]
        try? process.run()
        process.waitUntilExit()
    }

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aFullDiskKeepsTheOldFileWhole() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Self.mount("size=12k", at: folder))
        defer { Self.unmount(folder) }
        let store = ResponseStore(folder: folder)
        var response = Self.response("ffff6666-full")
        response.notes = [:]
        let path = try store.create(response)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        response.notes = ["uses-decisions": String(repeating: "A long note. ", count: 2_000)]
        #expect {
            try store.save(response, at: path)
        } throws: { error in
            (error as? AtomicFile.WriteError).map { $0.kind == .diskFull && $0.reason == "the disk is full" } == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test func aFolderThatCannotBeMadeSaysWhyInTheSystemsWords() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/a-file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect {
            try ResponseStore(folder: file + "/responses").prepare()
        } throws: { error in
            (error as? AtomicFile.WriteError).map { $0.kind == .notAFolder && $0.reason == "the folder cannot be made (Not a directory)" } == true
        }
    }

    @Test(.enabled(if: canMount, "needs root to mount a read-only tmpfs"))
    func aFolderThatCannotBeMadeOnAReadOnlyDiskSaysSo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Self.mount("ro,size=12k", at: folder))
        defer { Self.unmount(folder) }
        #expect {
            try ResponseStore(folder: folder + "/responses").prepare()
        } throws: { error in
            (error as? AtomicFile.WriteError).map { $0.kind == .readOnly && $0.reason == "the folder cannot be made (the folder is read-only)" } == true
        }
    }

    @Test(.enabled(if: canMount, "needs root to mount a read-only tmpfs"))
    func aReadOnlyFolderGivesAPlainReason() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Self.mount("ro,size=12k", at: folder))
        defer { Self.unmount(folder) }
        #expect {
            try ResponseStore(folder: folder).create(Self.response("abab7777-ro"))
        } throws: { error in
            (error as? AtomicFile.WriteError).map { $0.kind == .readOnly && $0.reason == "the folder is read-only" } == true
        }
    }
}
