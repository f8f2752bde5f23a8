import Foundation
import Glibc
@testable import MaturityCore
import Testing

/// A new response file never replaces one that is there, on file systems without hard links
/// too (FAT, exFAT, SMB shares), where `link` fails and answers used to go to the fallback folder.
@Suite(.serialized) struct NoHardLinksTests {
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Each way on its own writes the file with the mode asked for, refuses a name that is
    /// taken (leaving what is there alone) and leaves no temporary file behind.
    @Test(arguments: AtomicFile.CreateWay.allCases)
    func eachWayWritesANewFileAndNeverReplacesOne(way: AtomicFile.CreateWay) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/answers.yaml"
        try AtomicFile.create(path, with: Array("first".utf8), mode: 0o600, ways: [way])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect {
            try AtomicFile.create(path, with: Array("second".utf8), mode: 0o600, ways: [way])
        } throws: { error in
            (error as? AtomicFile.WriteError)?.kind == .exists
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["answers.yaml"])
    }

    /// Why the FAT test cannot run here, printed once; nil when it can.
    static let fatUnavailable: String? = {
        var reason: String?
        if geteuid() != 0 {
            reason = "not running as root, so no image can be mounted"
        } else if FATImage.mkfs == nil {
            reason = "mkfs.vfat is not installed (apt-get install dosfstools)"
        } else {
            do { try FATImage().unmount() } catch {
                reason = "neither the kernel (no vfat module or loop device) nor fusefat (apt-get install fusefat) mounts a FAT image here"
            }
        }
        if let reason { print("NoHardLinksTests: the FAT image test is skipped: \(reason)") }
        return reason
    }()

    /// A FAT image, mounted by the kernel through a loop device or else by fusefat (FUSE), and
    /// removed when unmounted.
    struct FATImage {
        let folder: String
        var mountPoint: String { folder + "/mnt" }

        static let mkfs = ["/usr/sbin/mkfs.vfat", "/sbin/mkfs.vfat"].first { FileManager.default.isExecutableFile(atPath: $0) }

        init() throws {
            folder = try NoHardLinksTests.temporaryFolder()
            try FileManager.default.createDirectory(atPath: folder + "/mnt", withIntermediateDirectories: true)
            let image = folder + "/fat.img"
            guard let mkfs = Self.mkfs, Self.run("/usr/bin/truncate", ["-s", "8M", image]), Self.run(mkfs, [image]),
                  Self.run("/bin/mount", ["-t", "vfat", "-o", "loop", image, mountPoint])
                    || Self.run("/usr/bin/fusefat", ["-o", "rw+", image, mountPoint]) else {
                try? FileManager.default.removeItem(atPath: folder)
                throw CocoaError(.fileWriteUnknown)
            }
        }

        func unmount() {
            _ = Self.run("/bin/umount", [mountPoint])
            try? FileManager.default.removeItem(atPath: folder)
        }

        /// Runs a program to its end. Not `Process`: fusefat leaves a daemon behind that holds
        /// the pipe `Process` watches for the end, which then never comes.
        static func run(_ program: String, _ arguments: [String]) -> Bool {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for descriptor: Int32 in [1, 2] {
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            }
            let argv = ([program] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var child: pid_t = 0
            guard posix_spawn(&child, program, &actions, nil, argv, environ) == 0 else { return false }
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            return status == 0
        }
    }

    @Test(.enabled(if: fatUnavailable == nil, "needs root, mkfs.vfat, and the kernel or fusefat to mount a FAT image"))
    func responsesAreSavedOnAFATFolderAndNeverReplaced() throws {
        let image = try FATImage()
        defer { image.unmount() }
        let folder = image.mountPoint
        // The file system of the test: no hard links, as on a USB stick.
        FileManager.default.createFile(atPath: folder + "/x", contents: Data())
        #expect(link(folder + "/x", folder + "/y") != 0)
        try FileManager.default.removeItem(atPath: folder + "/x")

        try AtomicFile.create(folder + "/a.yaml", with: Array("first".utf8))
        #expect {
            try AtomicFile.create(folder + "/a.yaml", with: Array("second".utf8))
        } throws: { error in
            (error as? AtomicFile.WriteError)?.kind == .exists
        }
        #expect(try String(contentsOfFile: folder + "/a.yaml", encoding: .utf8) == "first")
        // A store saves a response there, in the folder asked for, not the fallback.
        let store = ResponseStore(folder: folder)
        let framework = try #require(ShippedFrameworkTests.catalogue.frameworks.first { $0.id == "data-maturity" })
        let response = Response.new(to: framework, id: "fat1", organisation: "Trust", at: Timestamp(parsing: "2026-11-21T10:00:00Z")!)
        let first = try store.create(response)
        let second = try store.create(response)
        #expect(first != second && first.hasPrefix(folder) && second.hasPrefix(folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !AtomicFile.isTemporaryName($0) }.count == 3)
    }
}
