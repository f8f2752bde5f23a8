import Foundation
import Testing

/// Compares a frame's text with a stored plain-text snapshot in Snapshots/. Set
/// RECORD_SNAPSHOTS=1 to write new ones; look at them before committing.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let stored = try? String(contentsOf: url, encoding: .utf8) else {
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(stored == text + "\n", "snapshot \(name) differs:\n\(text)", sourceLocation: sourceLocation)
    }
}
