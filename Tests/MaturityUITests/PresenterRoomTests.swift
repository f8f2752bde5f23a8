import MaturityCore
import MaturityUI
import Testing

/// The workshop room on the projector: how to join is always in view, the join card has every
/// step, and q asks before it ends the workshop for everyone.
@Suite struct PresenterRoomTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static let room = RoomStatus(
        instructions: JoinInstructions(addresses: ["192.168.1.23", "10.0.0.7"], port: 2222, code: "blue kite",
                                       fingerprint: "SHA256:Y8sVdXwVq7x3aAgb/c7F/oWNibwC0dTXBZTk8BWygGw"),
        connected: 12, joined: 14, seats: 200)

    static func state() -> PresenterState {
        var state = PresenterSnapshotTests.state()
        state.room = room
        return state
    }

    @Test(arguments: sizes)
    func theRoomAsTheProjectorShowsIt(size: Size) {
        var state = Self.state()
        state.screenSize = size
        Snapshot.check(state.render(size: size).text, named: "presenter-room-\(size)")
        _ = state.handle(.character("j"))
        Snapshot.check(state.render(size: size).text, named: "presenter-join-card-\(size)")
        _ = state.handle(.character("j"))
        _ = state.handle(.character("q"))
        Snapshot.check(state.render(size: size).text, named: "presenter-end-\(size)")
    }

    @Test func theCommandCodeAndKeyAreAllOnAnEightyColumnScreen() {
        let text = Self.state().render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("ssh -p 2222 join@192.168.1.23"))
        #expect(text.contains("blue kite"))
        #expect(text.contains("SHA256:Y8sVdXwVq7x3aAgb/c7F/oWNibwC0dTXBZTk8BWygGw"))
        #expect(text.contains("12 connected"))
        // The results are still there below it.
        #expect(text.contains("4 responses"))
    }

    @Test func theJoinCardHasEveryStepAndEveryAddress() {
        var state = Self.state()
        _ = state.handle(.character("j"))
        let text = state.render(size: Size(width: 100, height: 40)).text
        for expected in ["ssh -p 2222 join@192.168.1.23", "SHA256:Y8sVdXwVq7x3aAgb/c7F/oWNibwC0dTXBZTk8BWygGw", "blue kite",
                         "ssh -p 2222 plain@192.168.1.23", "ssh -p 2222 join@10.0.0.7", "12 connected now, 14 joined so far"] {
            #expect(text.contains(expected), "\(expected) is missing from the join card")
        }
        _ = state.handle(.escape)
        #expect(state.view == .overview)
    }

    @Test func qAsksFirstAndOnlyYesEnds() {
        var state = Self.state()
        #expect(state.handle(.character("q")) == false)
        #expect(state.confirmingEnd)
        #expect(state.handle(.character("n")) == false)
        #expect(!state.confirmingEnd)
        #expect(state.handle(.interrupt) == false, "a stray Ctrl-C asks too")
        #expect(state.handle(.escape) == false)
        #expect(state.handle(.character("q")) == false)
        #expect(state.handle(.character("y")) == true)
        var again = Self.state()
        _ = again.handle(.character("q"))
        #expect(again.handle(.interrupt) == true, "Ctrl-C twice ends it")
    }

    @Test func outsideARoomQStillQuitsAtOnceAndJScrolls() {
        var state = PresenterSnapshotTests.state()
        _ = state.handle(.character("j"))
        #expect(state.view == .overview)
        #expect(state.handle(.character("q")) == true)
    }

    @Test func theKeyLineAndTheHelpNameTheRoomsKeys() {
        var state = Self.state()
        let keys = state.render(size: Size(width: 120, height: 30)).text
        #expect(keys.contains("j how to join"))
        #expect(keys.contains("q end"))
        _ = state.handle(.character("?"))
        let help = state.render(size: Size(width: 120, height: 30)).text
        #expect(help.contains("end the workshop for everyone"))
    }

    @Test func nothingOverlapsAtAnySize() {
        var state = Self.state()
        for width in stride(from: 40, through: 140, by: 7) {
            for height in stride(from: 12, through: 40, by: 5) {
                let size = Size(width: width, height: height)
                state.screenSize = size
                let lines = state.render(size: size).text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == height)
                #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width })
                // The way in is always on screen.
                let text = lines.joined(separator: "\n")
                #expect(text.contains("join@192.168.1.23") || text.contains("ssh -p 2222 join@192.16…"), "\(size)")
                #expect(text.contains("blue kite"), "\(size)")
            }
        }
    }
}
