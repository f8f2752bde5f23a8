import Foundation
import MaturityCore
import Testing

/// Where each person's list of unfinished assessments lives.
@Suite struct ResumeRegistryTests {
    @Test func theStateFolderComesFromXDGThenHome() {
        #expect(ResumeRegistry.defaultFile(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/sam"])
                == "/state/maturity/sessions.json")
        #expect(ResumeRegistry.defaultFile(environment: ["XDG_STATE_HOME": "", "HOME": "/home/sam"])
                == "/home/sam/.local/state/maturity/sessions.json")
        #expect(ResumeRegistry.defaultFile(environment: ["HOME": "/home/sam/"]) == "/home/sam/.local/state/maturity/sessions.json")
    }

    /// Without even HOME, the temporary folder, as Foundation's NSTemporaryDirectory() gave it.
    @Test func withoutHomeTheTemporaryFolderIsUsed() {
        let expected = ((NSTemporaryDirectory() as NSString).appendingPathComponent(".local/state") as NSString)
            .appendingPathComponent("maturity/sessions.json")
        #expect(ResumeRegistry.defaultFile(environment: [:]) == expected)
    }
}

/// The last finished assessment of a framework and folder is remembered, in the same locked
/// file, so that running maturity again offers to see its results.
@Suite struct FinishedRegistryTests {
    let folder: String
    let registry: ResumeRegistry

    init() throws {
        folder = try ResponseStoreTests.temporaryFolder()
        registry = ResumeRegistry(file: folder + "/state/sessions.json")
    }

    func saved(_ id: String, _ status: Response.Status) throws -> String {
        var response = ResponseStoreTests.response(id)
        response.status = status
        return try ResponseStore(folder: folder).create(response, framework: ResponseFileTests.framework)
    }

    @Test func aFinishedResponseIsNoLongerUnfinishedAndIsOfferedToSeeAgain() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let framework = ResponseFileTests.framework
        let path = try saved("aaaa1111-x", .inProgress)
        registry.remember(framework: framework.id, folder: folder, path: path, response: "aaaa1111-x")
        #expect(registry.unfinished(framework: framework, folder: folder)?.path == path)
        #expect(registry.lastFinished(framework: framework, folder: folder) == nil)

        var response = ResponseStore.load(path: path, framework: framework).response!
        response.status = .complete
        try ResponseStore(folder: folder).save(response, at: path, framework: framework)
        registry.rememberFinished(framework: framework.id, folder: folder, path: path, response: "aaaa1111-x")
        #expect(registry.unfinished(framework: framework, folder: folder) == nil)
        #expect(registry.lastFinished(framework: framework, folder: folder)?.path == path)
        #expect(registry.lastFinished(framework: framework, folder: folder + "/elsewhere") == nil)
    }

    @Test func onlyTheLastFinishedOneIsKeptForAFrameworkAndFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let framework = ResponseFileTests.framework
        let first = try saved("bbbb2222-x", .complete)
        let second = try saved("cccc3333-x", .complete)
        registry.rememberFinished(framework: framework.id, folder: folder, path: first, response: "bbbb2222-x")
        registry.rememberFinished(framework: framework.id, folder: folder, path: second, response: "cccc3333-x")
        #expect(registry.lastFinished(framework: framework, folder: folder)?.response.id == "cccc3333-x")
        let text = try String(contentsOfFile: registry.file, encoding: .utf8)
        #expect(!text.contains("bbbb2222-x"))
    }

    /// A file that no longer holds the response, or holds it unfinished again, is not offered.
    @Test func aFileThatChangedIsNotOffered() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let framework = ResponseFileTests.framework
        let path = try saved("dddd4444-x", .complete)
        registry.rememberFinished(framework: framework.id, folder: folder, path: path, response: "someone-else")
        #expect(registry.lastFinished(framework: framework, folder: folder) == nil)
        registry.rememberFinished(framework: framework.id, folder: folder, path: path, response: "dddd4444-x")
        try FileManager.default.removeItem(atPath: path)
        #expect(registry.lastFinished(framework: framework, folder: folder) == nil)
    }

    /// A sessions.json written before finished responses were remembered keeps its offers.
    @Test func anOlderFileStillOffersItsUnfinishedSessions() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let framework = ResponseFileTests.framework
        let path = try saved("eeee5555-x", .inProgress)
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
        let folderPath = URL(fileURLWithPath: folder).standardizedFileURL.path
        let old = """
            {"schema": "maturity-sessions/1", "sessions": [{"framework": "\(framework.id)", "folder": "\(folderPath)", \
            "path": "\(canonical)", "response": "eeee5555-x"}]}
            """
        try old.write(toFile: registry.file, atomically: true, encoding: .utf8)
        #expect(registry.unfinished(framework: framework, folder: folder)?.path == canonical)
    }
}
