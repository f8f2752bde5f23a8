import Foundation
import MaturityCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Links another user plants: at the name a report is written to, or inside a folder of
/// responses. Run as root with a second user who plants them, as the attack-minded test of
/// issue 12 did; skipped (with the reason) where the tests do not run as root.
@Suite struct LinkFaultTests {
    /// A root-only file standing in for /etc/passwd or /etc/shadow, in a root-only folder.
    static func secretFile(in root: URL) throws -> URL {
        let vault = root.appendingPathComponent("vault")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: false)
        chmod(vault.path, 0o700)
        let secret = vault.appendingPathComponent("shadow")
        try "root:*:20228:0:99999:7:::\n".write(to: secret, atomically: false, encoding: .utf8)
        chmod(secret.path, 0o600)
        return secret
    }

    /// Runs a command as `user` (to plant a link), and expects it to work.
    static func run(_ user: TestUser, _ arguments: [String]) throws {
        let (executable, line) = user.command(arguments)
        let process = Process()
        process.executableURL = executable
        process.arguments = line
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments) as \(user.name)")
    }

    /// A folder the second user owns and writes in, and a response of ours in another.
    static func setUp(_ user: TestUser) throws -> (root: URL, shared: URL, responses: URL, secret: URL) {
        let root = try BinaryRunner.temporaryFolder()
        chmod(root.path, 0o755)
        let secret = try secretFile(in: root)
        let shared = root.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        chmod(shared.path, 0o755)
        user.own(shared.path)
        let responses = root.appendingPathComponent("responses")
        let outcome = try BinaryRunner.run(["assess", "--plain", "--organisation", "Linked Trust", "--out", responses.path],
                                           environment: ["XDG_STATE_HOME": root.appendingPathComponent("state").path],
                                           input: String(repeating: "3\n", count: 28))
        #expect(outcome.status == 0, "\(outcome.errors)")
        return (root, shared, responses, secret)
    }

    /// `report -o shared/report.html` as root, where another user made report.html a link to a
    /// file of root's: refused, and the file is untouched (it was overwritten before).
    @Test(.enabled(if: TestUser.isAvailable))
    func aReportIsNeverWrittenThroughSomeoneElsesLink() throws {
        let user = try #require(TestUser.second)
        let (root, shared, responses, secret) = try Self.setUp(user)
        defer { try? FileManager.default.removeItem(at: root) }
        let planted = shared.appendingPathComponent("report.html")
        try Self.run(user, ["/bin/ln", "-s", secret.path, planted.path])
        let before = try Data(contentsOf: secret)

        let outcome = try BinaryRunner.run(["report", responses.path, "-o", planted.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("it is a symbolic link that \(user.name) made, not you, so it is not followed"), "\(outcome.errors)")
        #expect(try Data(contentsOf: secret) == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted.path) == secret.path)
        // The same for a benchmark file.
        let benchmark = try BinaryRunner.run(["benchmark", responses.path, "-o", planted.path])
        #expect(benchmark.status == 1)
        #expect(try Data(contentsOf: secret) == before)

        // A link of one's own is still followed, as docs/commands.md says.
        let own = root.appendingPathComponent("latest.md")
        let target = root.appendingPathComponent("report.md")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        #expect(symlink(target.path, own.path) == 0)
        #expect(try BinaryRunner.run(["report", responses.path, "-o", own.path]).status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("Linked Trust"))
    }

    /// A link in a folder of responses (`ln -s /etc/shadow resp/shadow.yaml`) is not followed,
    /// and a file there that is not a response is named without quoting anything from it; the
    /// report is made from the rest. Before, the report's problem list quoted the secret file.
    @Test(.enabled(if: TestUser.isAvailable))
    func linksInAFolderOfResponsesAreNotFollowedAndOtherFilesAreNotQuoted() throws {
        let user = try #require(TestUser.second)
        let (root, shared, responses, secret) = try Self.setUp(user)
        defer { try? FileManager.default.removeItem(at: root) }
        // The second user's folder holds a copy of our response, a link to the secret and a
        // file of their own that is not a response.
        let copy = try #require(ResponseStore(folder: responses.path).responseFiles().first)
        try FileManager.default.copyItem(atPath: copy, toPath: shared.appendingPathComponent("ours.yaml").path)
        try Self.run(user, ["/bin/ln", "-s", secret.path, shared.appendingPathComponent("shadow.yaml").path])
        let notes = shared.appendingPathComponent("notes.yaml")
        try "api-token: abc123secret\n".write(to: notes, atomically: false, encoding: .utf8)
        user.own(notes.path)

        for format in ["md", "json"] {
            let outcome = try BinaryRunner.run(["report", shared.path, "--format", format])
            #expect(outcome.status == 0, "\(outcome.errors)")
            let everything = outcome.output + outcome.errors
            #expect(!everything.contains("20228") && !everything.contains("root:*"), "\(everything)")
            #expect(!everything.contains("abc123secret") && !everything.contains("api-token"), "\(everything)")
            #expect(outcome.errors.contains("shadow.yaml:1:1: error: this is a symbolic link; links in a folder of responses are not followed"),
                    "\(outcome.errors)")
            #expect(outcome.errors.contains("notes.yaml:1:1: error: this is not a response file"), "\(outcome.errors)")
            #expect(everything.contains("Linked Trust"))
        }
        // Named on the command line, the link is followed, as the person asked; it is still no
        // response, and still nothing of it is quoted.
        let named = try BinaryRunner.run(["report", shared.appendingPathComponent("shadow.yaml").path])
        #expect(named.status == 1)
        #expect(!(named.output + named.errors).contains("20228"), "\(named.errors)")
        #expect(named.errors.contains("this is not a response file"), "\(named.errors)")
    }
}
