import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Local accounts for tests that need two people on one machine (permissions, links, two
/// sessions): made with `useradd` the first time, as root only. Elsewhere `account` is nil and
/// the test says why it is skipped.
struct TestUser: Sendable {
    let name: String
    let uid: uid_t
    let gid: gid_t

    /// Why the tests that need other users are skipped here, or nil when they can run.
    static let unavailableReason: String? = {
        if getuid() != 0 { return "not root, so no second user can be made (useradd) or switched to (setpriv)" }
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") { return "setpriv is not installed" }
        if !FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd") { return "useradd is not installed" }
        return nil
    }()

    static var isAvailable: Bool {
        if let reason = unavailableReason {
            print("skipped: \(reason)")
            return false
        }
        return true
    }

    /// The account called `name`, made if missing (no home folder, no login shell).
    static func account(_ name: String) -> TestUser? {
        guard unavailableReason == nil else { return nil }
        if getpwnam(name) == nil {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/useradd")
            process.arguments = ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
        }
        guard let entry = getpwnam(name) else { return nil }
        return TestUser(name: name, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
    }

    static var first: TestUser? { account("maturity-test-a") }
    static var second: TestUser? { account("maturity-test-b") }

    /// The command line that runs `arguments` as this user (setpriv, no other groups).
    func command(_ arguments: [String]) -> (executable: URL, arguments: [String]) {
        (URL(fileURLWithPath: "/usr/bin/setpriv"),
         ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--"] + arguments)
    }

    /// Gives a path to this user (chown), so that a folder made by the test is theirs.
    func own(_ path: String) {
        _ = chown(path, uid, gid)
    }

    /// Runs the built `maturity` as this user to the end, with `input` on standard input.
    func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> BinaryRunner.Outcome {
        let (executable, line) = command([BinaryRunner.binary.path] + arguments)
        return try BinaryRunner.runProgram(executable, line, environment: environment, input: input)
    }
}
