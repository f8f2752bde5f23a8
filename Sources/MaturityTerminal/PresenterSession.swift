import MaturityCore
import MaturityUI

/// The workshop view as the terminal runner runs it: redrawn on keys and resizes, reloaded
/// when the folder changes, and, in a workshop room, showing the room's figures as they change.
public struct PresenterSession: TerminalProgram {
    public let folder: String
    public let framework: Framework
    public let knownFrameworkIDs: Set<String>
    /// The room's latest figures, asked for between keys; nil outside a workshop room.
    public let roomStatus: (() -> RoomStatus)?
    public var state: PresenterState
    private var watcher: FolderWatcher?

    /// Short waits keep a new file on screen within a second even when nobody types.
    public var idleMilliseconds: Int32 { 150 }

    public init(folder: String, framework: Framework, knownFrameworkIDs: Set<String>, state: PresenterState,
                roomStatus: (() -> RoomStatus)? = nil) {
        self.folder = folder
        self.framework = framework
        self.knownFrameworkIDs = knownFrameworkIDs
        self.state = state
        self.roomStatus = roomStatus
    }

    public static func snapshot(folder: String, framework: Framework, knownFrameworkIDs: Set<String>) -> FolderSnapshot {
        FolderSnapshot.read(folder: folder, framework: framework, knownFrameworkIDs: knownFrameworkIDs)
    }

    public mutating func begin(size: Size) {
        state.screenSize = size
    }

    /// The host's `q` ends the run (0); in a room it first asks, which the state handles.
    public mutating func handle(_ key: Key) -> TerminalRunner.Next {
        state.handle(key) ? .quit(0) : .carryOn
    }

    public mutating func idle() -> Bool {
        var changed = false
        if let watcher {
            changed = watcher.changed()
        } else {
            // Read again once watched, so that nothing falls between the first reading and the watch.
            watcher = FolderWatcher(folder: folder)
            changed = true
        }
        if changed { state.update(Self.snapshot(folder: folder, framework: framework, knownFrameworkIDs: knownFrameworkIDs)) }
        if let roomStatus {
            let latest = roomStatus()
            if latest != state.room {
                state.room = latest
                changed = true
            }
        }
        return changed
    }

    public func render(size: Size) -> Frame { state.render(size: size) }
}
