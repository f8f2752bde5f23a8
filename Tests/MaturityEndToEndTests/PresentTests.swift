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

    /// The overview's line for a dimension: how many blocks its bar has, and the mean after it.
    static func bar(of dimension: String, in screen: String) -> (blocks: Int, mean: String)? {
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix(" \(dimension) ") }) else { return nil }
        let blocks = line.filter { $0 == "█" }.count
        let mean = line.split(separator: " ").first { $0.count == 3 && $0.contains(".") && $0.allSatisfy { $0.isNumber || $0 == "." } }
        return (blocks, mean.map(String.init) ?? "")
    }

    @Test func answersDroppedInWhileItRunsShowUpLive() async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ResponseStore(folder: folder.path)
        // One person's bar is shown only when the minimum allows it (below it the room sees the count).
        let session = try TmuxSession(maturity: ["present", folder.path, "--min-group", "1"], width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("0 responses   0 in progress")
        try await session.waitFor("Waiting for answers in \(folder.path)")

        _ = try store.create(Self.response("aaaa0001", status: .complete, stage: "emerging"))
        let one = try await session.waitFor("1 response   0 in progress", deadline: 5)
        let low = try #require(Self.bar(of: "Uses", in: one))
        #expect(low.mean == "2.0")
        _ = try store.create(Self.response("aaaa0002", status: .complete, stage: "mastering"))
        _ = try store.create(Self.response("aaaa0003", status: .inProgress, stage: "unaware"))
        let two = try await session.waitFor("2 responses   1 in progress", deadline: 5)
        // Higher answers arrived: the Uses bar grows and its mean moves; the unfinished one counts for nothing.
        let high = try #require(Self.bar(of: "Uses", in: two))
        #expect(high.blocks > low.blocks)
        #expect(high.mean == "3.5")
        #expect(!two.contains("Private Person"))

        // A broken file and a half-written one are counted, never fatal, and listed by number.
        try "response: [broken\n".write(to: folder.appendingPathComponent("broken Private Person.yaml"), atomically: false, encoding: .utf8)
        try Data("response: \"Private Person".utf8).write(to: folder.appendingPathComponent("half.yaml"))
        try await session.waitFor("2 unreadable (e)", deadline: 5)
        try session.send(keys: "e")
        let list = try await session.waitUntil("both files listed") { $0.contains("File 1: line 1") && $0.contains("File 2: line 1") }
        #expect(!list.contains("Private Person"))
        #expect(!list.contains("broken"))
        try session.send(keys: "Escape")
        try await session.waitFor("All dimensions")
        // Esc outside the list does not end the session.
        try session.send(keys: "Escape")
        try session.send(keys: "d")
        try await session.waitFor("Where people differ")
        try session.send(keys: "o")

        // Removing a file takes it away again.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("broken Private Person.yaml"))
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

    /// `--lang es`: the presenter's own words and the framework's dimensions in Spanish, with
    /// Spanish decimals; a language the framework has no translation for is a usage error.
    @Test func inTheLanguageAskedFor() async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ResponseStore(folder: folder.path).create(Self.response("aaaa0001", status: .complete, stage: "emerging"))
        let session = try TmuxSession(maturity: ["present", folder.path, "--min-group", "1", "--lang", "es"], width: 100, height: 30)
        defer { session.kill() }
        let screen = try await session.waitFor("1 respuesta   0 en curso")
        #expect(screen.contains("Todas las dimensiones"))
        let uses = try #require(screen.split(separator: "\n").first { $0.hasPrefix(" Usos ") })
        #expect(uses.contains("2,0"))
        for english in ["response", "in progress", "All dimensions", "Uses", "help", "quit"] {
            #expect(!screen.contains(english), "\(english) on the Spanish screen")
        }
        try session.send(keys: "?")
        let help = try await session.waitFor("Teclas")
        #expect(help.contains("esta ayuda (Esc la cierra)"))
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)

        let refused = try BinaryRunner.run(["present", folder.path, "--lang", "de"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("the framework \"data-maturity\" has no \"de\" translation"), "\(refused.errors)")
    }

    /// `mv ws ws.old; mkdir ws; cp files ws/`: the view says the folder is gone, then follows
    /// the new one.
    @Test func aReplacedFolderIsFollowed() async throws {
        let parent = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("ws")
        let store = ResponseStore(folder: folder.path)
        try store.prepare()
        let first = try store.create(Self.response("cccc0001", status: .complete, stage: "learning"))
        let session = try TmuxSession(maturity: ["present", folder.path], width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("1 response   0 in progress")

        try FileManager.default.moveItem(at: folder, to: parent.appendingPathComponent("ws.old"))
        try await session.waitFor("The folder \(folder.path) is gone; waiting for it.", deadline: 5)
        try store.prepare()
        try FileManager.default.copyItem(atPath: parent.appendingPathComponent("ws.old").appendingPathComponent((first as NSString).lastPathComponent).path,
                                         toPath: first)
        _ = try store.create(Self.response("cccc0002", status: .complete, stage: "mastering"))
        try await session.waitFor("2 responses   0 in progress", deadline: 5)
        // And it keeps following: a file added later still shows.
        _ = try store.create(Self.response("cccc0003", status: .inProgress, stage: "mastering"))
        try await session.waitFor("2 responses   1 in progress", deadline: 5)
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
    }

    /// The host starts first; the folder does not exist yet. It is not made (participants'
    /// `--out` makes it), and its full path is on screen so that a typo shows.
    @Test func aFolderThatDoesNotExistYetIsWaitedForNotMade() async throws {
        let parent = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("answers")
        let session = try TmuxSession(maturity: ["present", folder.path], width: 100, height: 30)
        defer { session.kill() }
        try await session.waitFor("The folder \(folder.path) does not exist yet; waiting for it.")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let store = ResponseStore(folder: folder.path)
        try store.prepare()
        _ = try store.create(Self.response("dddd0001", status: .complete, stage: "learning"))
        try await session.waitFor("1 response   0 in progress", deadline: 5)
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func hiddenStartShowsCountsButNoFigures() async throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ResponseStore(folder: folder.path).create(Self.response("bbbb0001", status: .complete, stage: "learning"))
        let session = try TmuxSession(maturity: ["present", folder.path, "--hidden", "--min-group", "1"],
                                      environment: ["NO_COLOR": "1"])
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
