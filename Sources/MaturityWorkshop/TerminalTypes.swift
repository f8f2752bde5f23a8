import Foundation

/// Whether this machine's terminfo database describes a terminal type, as ncurses looks it up:
/// `~/.terminfo`, then the system's folders, each by first letter (Linux) or its hex code (macOS).
enum TerminalTypes {
    static let systemFolders = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo", "/usr/local/share/terminfo"]

    static func isKnown(_ name: String, home: String?) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        let folders = (home.map { [$0 + "/.terminfo"] } ?? []) + systemFolders
        let subfolders = [String(first), String(first.value, radix: 16)]
        return folders.contains { folder in
            subfolders.contains { FileManager.default.fileExists(atPath: "\(folder)/\($0)/\(name)") }
        }
    }
}
