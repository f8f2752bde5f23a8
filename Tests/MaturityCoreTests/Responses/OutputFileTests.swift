import Foundation
import MaturityCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `report -o PATH` and `benchmark -o PATH`: what happens to what is already at PATH.
@Suite struct OutputFileTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "maturity-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func anExistingFileIsReplacedWholeAndKeepsItsPermissions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/private.md"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o600) == 0)
        try AtomicFile.writeOutput(path, with: Array("new report\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new report\n")
        #expect(Self.mode(path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["private.md"])
    }

    @Test func aLinkIsFollowedAndStaysALink() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/shared", withIntermediateDirectories: false)
        try "old".write(toFile: folder + "/shared/report.md", atomically: false, encoding: .utf8)
        #expect(symlink(folder + "/shared/report.md", folder + "/latest.md") == 0)
        try AtomicFile.writeOutput(folder + "/latest.md", with: Array("new\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/latest.md") == folder + "/shared/report.md")
        #expect(try String(contentsOfFile: folder + "/shared/report.md", encoding: .utf8) == "new\n")
    }

    /// Renaming over /dev/null as root would turn it into a file; a pipe must stay a pipe.
    @Test func devicesAndPipesAreWrittenToNotReplaced() async throws {
        try AtomicFile.writeOutput("/dev/null", with: Array("nothing\n".utf8))
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)

        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipe = folder + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        // A reader on the other end, so that opening the pipe to write does not wait for ever.
        let reader = Task.detached { () -> String in
            let handle = FileHandle(forReadingAtPath: pipe)
            let data = handle?.readDataToEndOfFile() ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
        try AtomicFile.writeOutput(pipe, with: Array("through the pipe\n".utf8))
        #expect(await reader.value == "through the pipe\n")
        #expect(lstat(pipe, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func aFolderIsRefusedWithAHint() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.writeOutput(folder, with: [65]) }
        do {
            try AtomicFile.writeOutput(folder, with: [65])
        } catch {
            #expect(error.reason.contains("it is a folder"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aNewFileIsMadeAtomically() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.writeOutput(folder + "/new.json", with: Array("{}\n".utf8))
        #expect(try String(contentsOfFile: folder + "/new.json", encoding: .utf8) == "{}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["new.json"])
    }
}
