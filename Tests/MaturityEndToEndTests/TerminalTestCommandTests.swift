import Foundation
import Testing

/// `maturity terminal-test` driven in tmux: the ncurses layer end to end (drawing, wide
/// characters, keys, resize, colours off, quitting and signals restoring the terminal).
@Suite struct TerminalTestCommandTests {
    static let wideLine = "Wide characters: 日本語 café 😀 مرحبا"
    /// The terminal's line discipline as before the program: line editing, echo, Ctrl-C signals.
    static let restored: Set<String> = ["icanon", "echo", "isig"]

    @Test func itShowsEveryRoleAndTheWideLineAndEchoesKeys() async throws {
        let session = try TmuxSession(maturity: ["terminal-test"])
        defer { session.kill() }
        let screen = try await session.waitFor("Last key: none")
        #expect(screen.contains("Styles, colour theme:"))
        #expect(screen.contains(" normal      title       heading     dim         focus       chosen"))
        #expect(screen.contains(" stage1      stage2      stage3      stage4      stage5"))
        #expect(screen.contains(" \(Self.wideLine)\n"))
        #expect(screen.contains("Size: 80x24"))
        // The hardware cursor sits on the last key, where a screen reader will read it.
        let cursor = try session.cursor()
        #expect(cursor.row == 9 && cursor.column == 11)

        try session.send(text: "é")
        try await session.waitFor("Last key: \"é\" (U+00E9)")
        try session.send(text: "語")
        try await session.waitFor("Last key: \"語\" (U+8A9E)")
        try session.send(keys: "Up")
        try await session.waitFor("Last key: Up")
        try session.send(keys: "BTab")
        try await session.waitFor("Last key: Shift-Tab")
        try session.send(keys: "Enter")
        try await session.waitFor("Last key: Enter")

        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        let after = try session.capture(includingHistory: true)
        #expect(after.contains("EXITED 0"))
        // The full screen is gone and the terminal is back in its ordinary (cooked, echoing) modes.
        #expect(!after.contains("Wide characters"))
        #expect(try session.terminalModesAfterExit() == Self.restored)
    }

    @Test func resizingBelow40x12AsksForMoreRoomAndGrowingBringsTheScreenBack() async throws {
        let session = try TmuxSession(maturity: ["terminal-test"])
        defer { session.kill() }
        try await session.waitFor("Size: 80x24")
        try session.resize(width: 30, height: 8)
        let small = try await session.waitFor("Please enlarge the terminal (need 40x12, have 30x8)")
        #expect(!small.contains("Wide characters"))
        try session.resize(width: 80, height: 24)
        let again = try await session.waitFor("Size: 80x24")
        #expect(again.contains(Self.wideLine))
        #expect(again.contains("Last key: resize to 80x24"))
        #expect(!again.contains("Please enlarge"))
        try session.resize(width: 40, height: 12)
        try await session.waitFor("Size: 40x12")
        try session.send(keys: "Escape")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalModesAfterExit() == Self.restored)
    }

    @Test func noColorGivesTheMonochromeTheme() async throws {
        let session = try TmuxSession(maturity: ["terminal-test"], environment: ["NO_COLOR": "1"])
        defer { session.kill() }
        let screen = try await session.waitFor("Styles, monochrome theme (no colour):")
        #expect(screen.contains(Self.wideLine))
        try session.send(keys: "C-c")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalModesAfterExit() == Self.restored)

        let flagged = try TmuxSession(maturity: ["terminal-test", "--no-color"])
        defer { flagged.kill() }
        try await flagged.waitFor("Styles, monochrome theme (no colour):")
    }

    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGINT, "SIGINT")])
    func aSignalRestoresTheTerminalAndExits(signal: Int32, name: String) async throws {
        let session = try TmuxSession(maturity: ["terminal-test"])
        defer { session.kill() }
        try await session.waitFor("Last key: none")
        try await session.signal(signal)
        #expect(try await session.waitForExit() == 128 + signal)
        let after = try session.capture(includingHistory: true)
        #expect(after.contains("maturity: stopped by \(name)"))
        #expect(try session.terminalModesAfterExit() == Self.restored)
        #expect(!after.contains("Wide characters"))
    }

    @Test func withoutATerminalItSaysWhyAndFails() throws {
        let outcome = try BinaryRunner.run(["terminal-test"])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("cannot be used full-screen: standard input is not a terminal"))
    }
}
