import MaturityCore
import MaturityUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The workshop view's loop: redraw on keys and resizes, reload when the folder changes, and,
/// in a workshop room, show the room's figures as they change.
public struct PresenterSession {
    public let screen: TerminalScreen
    public let folder: String
    public let framework: Framework
    public let knownFrameworkIDs: Set<String>
    /// The room's latest figures, asked for between keys; nil outside a workshop room.
    public let roomStatus: (() -> RoomStatus)?

    public init(screen: TerminalScreen, folder: String, framework: Framework, knownFrameworkIDs: Set<String>,
                roomStatus: (() -> RoomStatus)? = nil) {
        self.screen = screen
        self.folder = folder
        self.framework = framework
        self.knownFrameworkIDs = knownFrameworkIDs
        self.roomStatus = roomStatus
    }

    public func snapshot() -> FolderSnapshot {
        FolderSnapshot.read(folder: folder, framework: framework, knownFrameworkIDs: knownFrameworkIDs)
    }

    /// Runs until the host quits (0) or a signal arrives (128 plus its number).
    public func run(_ state: inout PresenterState) -> Int32 {
        defer { screen.stop() }
        let watcher = FolderWatcher(folder: folder)
        // Read again once watched, so that nothing falls between the first reading and the watch.
        state.update(snapshot())
        if let roomStatus { state.room = roomStatus() }
        state.screenSize = screen.size
        screen.draw(state.render(size: screen.size))
        while true {
            if let signal = TerminalSignals.pending { return TerminalSignals.exitStatus(for: signal) }
            // Short waits keep a new file on screen within a second even when nobody types.
            let key = screen.nextKey(timeoutMilliseconds: 150)
            // The terminal is gone (a hang-up without SIGHUP): nobody can see the screen.
            if key == .hangUp { return TerminalSignals.exitStatus(for: SIGHUP) }
            var redraw = key != nil
            state.screenSize = screen.size
            if let key, state.handle(key) { return 0 }
            if watcher.changed() {
                state.update(snapshot())
                redraw = true
            }
            if let roomStatus {
                let latest = roomStatus()
                if latest != state.room {
                    state.room = latest
                    redraw = true
                }
            }
            if redraw { screen.draw(state.render(size: screen.size)) }
        }
    }
}
