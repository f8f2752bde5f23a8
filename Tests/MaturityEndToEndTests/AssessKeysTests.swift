import Foundation
import MaturityCore
import Testing

/// Keys that once did harm: an escape sequence the terminal type does not know, Escape on the
/// question screen, keys typed while the terminal is too small, and leaving mid-note.
@Suite struct AssessKeysTests {
    typealias Home = AssessTests.Home

    func started(_ home: Home, organisation: String) async throws -> TmuxSession {
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", organisation],
                                      environment: home.environment)
        try await session.waitFor("Enter start")
        try session.send(keys: "Enter", "Enter")
        try await session.waitFor("Question 1 of 28")
        return session
    }

    /// tmux sends End as ESC [ 4 ~, which xterm-256color does not list: the overview must take
    /// it as End, not as Escape then "4" (which closed the overview and answered "4").
    @Test func escapeSequencesTheTerminalTypeDoesNotKnowAreKeysNotEscapePlusCharacters() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try await started(home, organisation: "Sequence Trust")
        defer { session.kill() }
        try session.send(keys: "Tab")
        try await session.waitFor("All questions")
        try session.send(keys: "End")
        try await session.waitUntil("the last question selected") { $0.contains("› 28.") }
        try session.send(bytes: [0x1B, 0x5B, 0x31, 0x7E])  // ESC [ 1 ~: Home
        try await session.waitUntil("the first question selected") { $0.contains("› 1.") }
        // A sequence with no key of ours (F5) is dropped whole.
        try session.send(bytes: [0x1B, 0x5B, 0x31, 0x35, 0x7E])
        try session.send(keys: "Down")
        try await session.waitUntil("the second question selected") { $0.contains("› 2.") }
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        #expect(home.savedFiles().isEmpty)
    }

    /// Escape alone does not leave the question screen; it closes the guidance.
    @Test func escapeOnAQuestionClosesTheGuidanceAndNeverQuits() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try await started(home, organisation: "Escape Trust")
        defer { session.kill() }
        try session.send(keys: "?")
        try await session.waitFor("Guidance")
        try session.send(keys: "Escape")
        try await session.waitFor("Press ? to read the guidance")
        try session.send(keys: "Escape")
        try session.send(keys: "2")
        try await session.waitFor("› 2 (•)")
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        #expect(try home.responses().first?.answers == ["uses-decisions": .stage("emerging")])
    }

    /// At 30x8 "5" then Enter used to answer unseen; now nothing happens until it grows.
    @Test func keysWaitWhileTheTerminalIsTooSmall() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try await started(home, organisation: "Small Trust")
        defer { session.kill() }
        try session.resize(width: 30, height: 8)
        try await session.waitFor("Ctrl-C to leave")
        try session.send(keys: "5", "Enter", "q")
        try session.resize(width: 80, height: 24)
        let screen = try await session.waitFor("Question 1 of 28")
        #expect(!screen.contains("(•)"))
        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        #expect(home.savedFiles().isEmpty)
    }

    /// SIGTERM while a note is being typed: the note is kept.
    @Test func aNoteBeingTypedIsKeptWhenTheProgramIsStopped() async throws {
        let home = try Home()
        defer { home.remove() }
        let session = try await started(home, organisation: "Note Trust")
        defer { session.kill() }
        try session.send(keys: "3", "n")
        try await session.waitFor("Your note on this question")
        try session.send(text: "Ask the treasurer")
        try await session.waitFor("Ask the treasurer")
        try await session.signal(SIGTERM)
        #expect(try await session.waitForExit() == 128 + SIGTERM)
        let saved = try home.responses().first
        #expect(saved?.answers["uses-decisions"] == .stage("learning"))
        #expect(saved?.notes["uses-decisions"] == "Ask the treasurer")
    }
}
