import Foundation
import MaturityCore
import Testing

/// A terminal that hangs up without SIGHUP (a parent that ignores it, a killed tmux session
/// over `runuser`): the program's input ends, and that must end the session, with every
/// answer saved, instead of spinning at full speed for ever. Run as a second user where the
/// tests run as root.
@Suite struct HangUpFaultTests {
    /// Waits until `condition` holds, polling every 20 ms, for at most `seconds`.
    static func waitUntil(_ what: String, deadline seconds: Double = 10, _ condition: () -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() >= deadline { throw PseudoTerminalProcess.Failure(description: "waited \(seconds) s for \(what)") }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
    }

    /// A home for one test, given to the second user when there is one.
    static func home(for user: TestUser?) throws -> FaultHome {
        let home = try FaultHome()
        if let user {
            chmod(home.root.path, 0o755)
            user.own(home.root.path)
        } else {
            print("HangUpFaultTests: run as this user: \(TestUser.unavailableReason ?? "")")
        }
        return home
    }

    @Test func anAssessmentWhoseTerminalClosesSavesItsAnswersAndEnds() async throws {
        let user = TestUser.first
        let home = try Self.home(for: user)
        defer { home.remove() }
        let process = try PseudoTerminalProcess(["--out", home.out.path, "--organisation", "Hangup Trust"],
                                                environment: home.environment, as: user)
        try process.waitFor("Hangup Trust")
        // Start, begin the first dimension, answer the first question with statement 3.
        process.send("\r\r3\r")
        try await Self.waitUntil("the first answer on disk") {
            FaultHome.loadAll(home.out).first?.response?.answers["uses-decisions"] == .stage("learning")
        }
        process.hangUp()
        // Before the fix it never ended, reading end-of-input at full speed.
        #expect(try await process.waitForExit(deadline: 10) == 129)
        let saved = FaultHome.loadAll(home.out)
        #expect(saved.count == 1)
        #expect(saved.first?.response?.answers == ["uses-decisions": .stage("learning")])
    }

    @Test func aNoteBeingTypedWhenTheTerminalClosesIsKept() async throws {
        let user = TestUser.first
        let home = try Self.home(for: user)
        defer { home.remove() }
        let process = try PseudoTerminalProcess(["--out", home.out.path, "--organisation", "Hangup Trust"],
                                                environment: home.environment, as: user)
        try process.waitFor("Hangup Trust")
        process.send("\r\r3\r")
        try await Self.waitUntil("the first answer on disk") { FaultHome.loadAll(home.out).first?.response?.answers.count == 1 }
        process.send("nAsk Sam")
        try process.waitFor("Sam")
        process.hangUp()
        #expect(try await process.waitForExit(deadline: 10) == 129)
        #expect(FaultHome.loadAll(home.out).first?.response?.notes["uses-services"] == "Ask Sam")
    }

    @Test func thePresenterWhoseTerminalClosesEnds() async throws {
        let user = TestUser.first
        let home = try Self.home(for: user)
        defer { home.remove() }
        let process = try PseudoTerminalProcess(["present", home.out.path], environment: home.environment, as: user)
        try process.waitFor("waiting for it")
        process.hangUp()
        #expect(try await process.waitForExit(deadline: 10) == 129)
    }
}
