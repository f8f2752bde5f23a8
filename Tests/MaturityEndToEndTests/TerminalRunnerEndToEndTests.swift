import Foundation
import MaturityCore
import Testing

/// The one terminal runner, through each program it runs: a resize to 10x3 and back, and the
/// signals that end a run restoring the terminal with 128 plus their number.
@Suite struct TerminalRunnerEndToEndTests {
    typealias Home = AssessTests.Home

    /// Each full-screen program, started, with the text that says it is drawn.
    static func programs(_ home: Home) -> [(arguments: [String], ready: String)] {
        [(["terminal-test"], "Wide characters"),
         (["present", home.out.path], "does not exist yet; waiting for it"),
         (["--out", home.out.path, "--organisation", "Runner Trust"], "Enter start")]
    }

    @Test(arguments: 0..<3)
    func aResizeTo10x3AndBackDrawsAgain(program: Int) async throws {
        let home = try Home()
        defer { home.remove() }
        let (arguments, ready) = Self.programs(home)[program]
        let session = try TmuxSession(maturity: arguments, environment: home.environment)
        defer { session.kill() }
        try await session.waitUntil(ready) { TmuxSession.flowed($0).localizedCaseInsensitiveContains(ready) }
        try session.resize(width: 10, height: 3)
        // Wider than 10 columns: gone once the program has drawn at 10x3.
        try await session.waitUntil("drawn at 10x3") { !TmuxSession.flowed($0).localizedCaseInsensitiveContains(ready) }
        try session.resize(width: 80, height: 24)
        try await session.waitUntil("drawn again at 80x24") { TmuxSession.flowed($0).localizedCaseInsensitiveContains(ready) }
        try await session.signal(SIGTERM)
        #expect(try await session.waitForExit() == 143)
        #expect(try session.terminalModesAfterExit() == TerminalTestCommandTests.restored)
    }

    @Test(arguments: [SIGHUP, SIGINT])
    func theWorkshopViewEndsOnASignalWithTheTerminalRestored(signal: Int32) async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["present", home.out.path], environment: home.environment)
        defer { session.kill() }
        try await session.waitUntil("the waiting screen") { TmuxSession.flowed($0).contains("waiting for it") }
        try await session.signal(signal)
        #expect(try await session.waitForExit() == 128 + signal)
        #expect(try session.terminalModesAfterExit() == TerminalTestCommandTests.restored)
    }

    /// A terminal type ncurses does not know: the screen cannot start, the assessment goes on
    /// line by line, and Ctrl-C (SIGINT) ends it as it ends any command, not caught for a
    /// screen that never started.
    @Test func whenTheScreenCannotStartCtrlCStillEndsLineMode() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--out", home.out.path], environment: home.environment.merging(["TERM": "no-such-terminal"]) { $1 })
        defer { session.kill() }
        try await session.waitFor("Organisation:")
        try await session.signal(SIGINT)
        #expect(try await session.waitForExit() == 130)
    }
}
