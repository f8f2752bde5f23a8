import Foundation
import Testing

/// `maturity present` on a folder it may not read: it says so plainly, and why, before it
/// takes over the screen.
@Suite struct PresentFolderTests {
    /// Runs `maturity ARGUMENTS` as a user who is not the folder's owner: as `nobody` when the
    /// tests run as root (root may read anything), else as ourselves.
    static func runAsAnotherUser(_ arguments: [String]) throws -> BinaryRunner.Outcome {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.binary.path] + arguments
        } else {
            process.executableURL = BinaryRunner.binary
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "MATURITY_FRAMEWORKS")
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Outcome(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                                    errors: String(decoding: errData, as: UTF8.self))
    }

    /// A folder another user may not read: when we are root, ours with 0700; otherwise ours
    /// with no permissions at all, which even we may not read.
    static func lockedFolder(in parent: URL, named name: String) throws -> URL {
        let folder = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: getuid() == 0 ? 0o700 : 0o000], ofItemAtPath: folder.path)
        return folder
    }

    /// Runs `body` with a folder another user may not read (`locked`) and a home folder closed
    /// to others (0750 on recent Ubuntu) with an `answers` folder inside it; removes them after.
    static func withClosedFolders(_ body: (_ locked: URL, _ home: URL) throws -> Void) throws {
        let parent = try BinaryRunner.temporaryFolder()
        defer {
            for name in ["locked", "home"] {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.appendingPathComponent(name).path)
            }
            try? FileManager.default.removeItem(at: parent)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.path)
        let locked = try lockedFolder(in: parent, named: "locked")
        let home = try lockedFolder(in: parent, named: "home")
        if getuid() == 0 { try FileManager.default.createDirectory(at: home.appendingPathComponent("answers"), withIntermediateDirectories: true) }
        try body(locked, home)
    }

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aFolderItMayNotReadIsSaidToBeUnreadableAndWhy() throws {
        try Self.withClosedFolders { locked, home in
            let own = try Self.runAsAnotherUser(["present", locked.path])
            #expect(own.status == 1)
            #expect(own.errors.contains("cannot read the folder \(locked.path): permission denied: it belongs to "))
            #expect(own.errors.contains("does not let you read it"))
            #expect(!own.errors.contains("cannot be made"))
            #expect(!own.errors.contains("cannot write"))

            let inside = try Self.runAsAnotherUser(["present", home.appendingPathComponent("answers").path])
            #expect(inside.status == 1)
            #expect(inside.errors.contains("permission denied: \(home.path), a folder above it, belongs to "))
            #expect(inside.errors.contains("does not let you in"))
        }
    }

    /// `maturity report` says the same of such folders: which folder refuses and whose it is,
    /// never "no such file or folder".
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func theReportSaysWhyAFolderCannotBeRead() throws {
        try Self.withClosedFolders { locked, home in
            let own = try Self.runAsAnotherUser(["report", locked.path])
            #expect(own.status == 1)
            #expect(own.errors.contains("\(locked.path): permission denied: it belongs to "), "\(own.errors)")

            let inside = try Self.runAsAnotherUser(["report", home.appendingPathComponent("answers").path])
            #expect(inside.status == 1)
            #expect(inside.errors.contains("permission denied: \(home.path), a folder above it, belongs to "), "\(inside.errors)")
            #expect(!inside.errors.contains("no such file or folder"))
        }
    }

    @Test func aFileInsteadOfAFolderIsRefused() throws {
        let parent = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let file = parent.appendingPathComponent("answers.yaml")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["present", file.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("\(file.path) is a file; name the folder the answers are saved in"))
    }
}
