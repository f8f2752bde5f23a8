import Foundation
import MaturityCore
import Testing

/// Things in a response folder that carry a response file's name but are not files a person
/// saved: a folder, a device, links to nowhere or to themselves, a file far too large, a named
/// pipe. Each is listed with a reason, and the report is made from the rest.
@Suite struct OddFileFaultTests {
    static func folderWithTwoResponses() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let store = ResponseStore(folder: folder.path)
        for index in 0..<2 {
            var response = Response(id: "odd\(index)", frameworkID: "data-maturity", frameworkVersion: "1.0", language: "en",
                                    organisation: "Odd Trust", started: .now(), updated: .now(), status: .complete)
            for question in DataMaturity.questions { response.answers[question] = .stage("learning") }
            _ = try store.create(response)
        }
        return folder
    }

    @Test func foldersDevicesBadLinksAndHugeFilesAreListedNotFatal() async throws {
        let folder = try Self.folderWithTwoResponses()
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try FileManager.default.createDirectory(atPath: path("a-folder.yaml"), withIntermediateDirectories: false)
        #expect(symlink("/dev/zero", path("endless.yaml")) == 0)
        #expect(symlink("nowhere.yaml", path("dangling.yaml")) == 0)
        #expect(symlink(path("loop.yaml"), path("loop.yaml")) == 0)
        // 5 MB of nothing (a sparse file): over the size limit for a response.
        let huge = open(path("huge.yaml"), O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(huge, 5 * 1024 * 1024) == 0)
        close(huge)

        let process = try PlainProcess(["report", folder.path, "--format", "json"])
        process.closeInput()
        #expect(try await process.waitForExit(deadline: 20) == 0, "\(process.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(process.output.utf8)) as? [String: Any]
        #expect(object?["responses"] as? Int == 2)
        for name in ["a-folder.yaml", "endless.yaml", "dangling.yaml", "loop.yaml", "huge.yaml"] {
            #expect(process.errors.contains("\(path(name)):1:1: error: "), "\(name) is not listed:\n\(process.errors)")
        }
    }

    /// A named pipe (mkfifo) with a response file's name: opening it to read waits for a writer
    /// that never comes. Anyone who can write to a shared folder can make one.
    @Test func aNamedPipeDoesNotHangTheReport() async throws {
        let folder = try Self.folderWithTwoResponses()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let process = try PlainProcess(["report", folder.path])
        process.closeInput()
        let status = try await process.waitForExit(deadline: 5)
        #expect(status == 0)
        #expect(process.errors.contains("pipe.yaml:1:1: error: this is not a regular file"))
    }

    @Test func aNamedPipeDoesNotHangThePresenter() async throws {
        let folder = try Self.folderWithTwoResponses()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let session = try TmuxSession(maturity: ["present", folder.path], width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("2 responses", deadline: 5)
        try await session.waitFor("1 unreadable")
        try session.send(keys: "q")
        let status = try await session.waitForExit()
        #expect(status == 0)
    }

    /// `report --benchmark FILE` with a file far too large (a sparse 3 GB file took 15 s and
    /// 3.2 GB of memory to be refused), a folder, or a named pipe: refused before reading, with
    /// the reason, and no report.
    @Test func aBenchmarkFileTooLargeOrNotAFileIsRefusedUnread() throws {
        let folder = try Self.folderWithTwoResponses()
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("sector.json").path
        let descriptor = open(huge, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0 && ftruncate(descriptor, 3 << 30) == 0)
        close(descriptor)
        let refused = try BinaryRunner.run(["report", folder.path, "--benchmark", huge])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("the file is too large to be a benchmark file (3072 MB; the limit is 4 MB"), "\(refused.errors)")
        #expect(refused.output.isEmpty)
        let pipe = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(pipe, 0o600) == 0)
        for path in [folder.path, pipe] {
            let other = try BinaryRunner.run(["report", folder.path, "--benchmark", path])
            #expect(other.status == 1)
            #expect(other.errors.contains("this is not a regular file"), "\(other.errors)")
        }
    }
}

