import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `maturity` on a pseudo-terminal of its own, started without making it the
/// terminal's session leader: as under a parent that ignores SIGHUP, closing the terminal's
/// other end (`hangUp()`) gives the program no signal, only an input that has ended. Reads
/// what it draws; waits with deadlines.
final class PseudoTerminalProcess: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// TIOCSPTLCK and TIOCGPTN, which Swift cannot import.
    private static let unlockRequest: UInt = 0x4004_5431
    private static let numberRequest: UInt = 0x8004_5430

    private var master: Int32
    private let process = Process()
    private(set) var received: [UInt8] = []

    /// Starts `maturity arguments` on an 80x24 terminal, as `user` when given.
    init(_ arguments: [String], environment: [String: String] = [:], as user: TestUser? = nil) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.unlockRequest, &unlock) == 0, ioctl(master, Self.numberRequest, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal could be had")
        }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"
        if let user { user.own(slavePath) }
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open \(slavePath)") }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        if let user {
            let (executable, line) = user.command([BinaryRunner.binary.path] + arguments)
            process.executableURL = executable
            process.arguments = line
        } else {
            process.executableURL = BinaryRunner.binary
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env.removeValue(forKey: "MATURITY_FRAMEWORKS")
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        if master >= 0 { close(master) }
    }

    var isRunning: Bool { process.isRunning }

    /// Types bytes, as a person's keyboard would.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, bytes.count) }
    }

    /// Reads what the program draws until `text` has appeared (escape sequences and all).
    func waitFor(_ text: String, deadline seconds: Double = 10) throws {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !Self.contains(received, needle) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                throw Failure(description: "waited \(seconds) s for \"\(text)\"; received: \(String(decoding: received.suffix(600), as: UTF8.self))")
            }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(min(left, 0.2) * 1000)) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, 65_536) }
            if count <= 0 { throw Failure(description: "the terminal closed while waiting for \"\(text)\"") }
            received += buffer[0..<count]
        }
    }

    /// Forgets what was read so far, so that the next wait looks only at what comes next.
    func clearReceived() { received.removeAll() }

    /// Closes the terminal's other end: the program's input ends, and no signal is sent.
    func hangUp() {
        close(master)
        master = -1
    }

    /// Waits for the program to end; its exit status, or 128 + n for signal n.
    func waitForExit(deadline seconds: Double = 10) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline { throw Failure(description: "the program was still running after \(seconds) s") }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// The CPU time the program has used so far, in seconds, from /proc (nil once it has ended).
    var cpuSeconds: Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let end = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: end)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
