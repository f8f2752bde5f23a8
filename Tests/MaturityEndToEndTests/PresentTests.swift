import Foundation
import MaturityCore
import Testing

/// The workshop view running in a terminal while answers arrive in its folder.
@Suite struct PresentTests {
    static func response(_ id: String, status: Response.Status, stage: String) -> Response {
        var response = Response(id: id, frameworkID: "data-maturity", frameworkVersion: "1.0", language: "en",
                                organisation: "Workshop Trust", started: .now(), updated: .now(), status: status)
        response.respondent = "Private Person"
        for id in ["uses-decisions", "uses-services", "data-quality", "skills-confidence"] { response.answers[id] = .stage(stage) }
        return response
    }

    @Test func answersDroppedInWhileItRunsShowUpLive() async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResponseStore(folder: folder.path)
        let session = try TmuxSession(maturity: ["present", folder.path], width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("0 responses   0 in progress")
        try await session.waitFor("Waiting for answers")

        _ = try store.create(Self.response("aaaa0001", status: .complete, stage: "learning"))
        try await session.waitFor("1 response   0 in progress", deadline: 5)
        _ = try store.create(Self.response("aaaa0002", status: .complete, stage: "mastering"))
        _ = try store.create(Self.response("aaaa0003", status: .inProgress, stage: "unaware"))
        let screen = try await session.waitFor("2 responses   1 in progress", deadline: 5)
        #expect(screen.contains("█"))
        #expect(!screen.contains("Private Person"))

        // A broken file and a half-written one are counted, never fatal.
        try "response: [broken\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: false, encoding: .utf8)
        try Data("response: \"half".utf8).write(to: folder.appendingPathComponent("half.yaml"))
        try await session.waitFor("2 unreadable (e)", deadline: 5)
        try session.send(keys: "e")
        try await session.waitFor("broken.yaml: line 1")
        try session.send(keys: "Escape")

        // Removing a file takes it away again.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("broken.yaml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("half.yaml"))
        try await session.waitUntil("the unreadable count to go", deadline: 5) { !$0.contains("unreadable") }

        try session.send(keys: "f")
        try await session.waitFor("FROZEN")
        _ = try store.create(Self.response("aaaa0004", status: .complete, stage: "unaware"))
        try await session.waitFor("FROZEN: new answers waiting", deadline: 5)
        #expect(try session.capture().contains("2 responses"))
        try session.send(keys: "f")
        try await session.waitFor("3 responses", deadline: 5)

        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func hiddenStartShowsCountsButNoFigures() async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ResponseStore(folder: folder.path).create(Self.response("bbbb0001", status: .complete, stage: "learning"))
        let session = try TmuxSession(maturity: ["present", folder.path, "--hidden"], environment: ["NO_COLOR": "1"])
        defer { session.kill() }
        let hidden = try await session.waitFor("Results hidden")
        #expect(hidden.contains("1 response"))
        #expect(!hidden.contains("█"))
        try session.send(keys: "Space")
        try await session.waitFor("█")
        try session.resize(width: 30, height: 8)
        try await session.waitFor("need 40x12, have 30x8")
        try session.resize(width: 80, height: 24)
        try await session.waitFor("All dimensions")
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
    }
}
