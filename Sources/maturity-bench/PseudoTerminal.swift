import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal of a given size, to measure what it sends to a real
/// terminal: how soon the first screen appears and how many bytes a keystroke costs.
final class PseudoTerminal {
    /// TIOCSPTLCK and TIOCGPTN: macros Swift cannot import, with Linux's generic ioctl numbers.
    static let unlockRequest: UInt = 0x4004_5431
    static let numberRequest: UInt = 0x8004_5430

    let master: Int32
    let process = Process()
    private(set) var received: [UInt8] = []

    init(command: String, arguments: [String], width: Int, height: Int, environment: [String: String]) throws {
        // Linux's pseudo-terminal multiplexer: unlock the new pair and ask for its number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.unlockRequest, &unlock) == 0,
              ioctl(master, Self.numberRequest, &number) == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw CocoaError(.fileReadUnknown) }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, bytes.count) }
    }

    /// Reads what arrives until nothing more comes for `quiet` seconds or `limit` passes;
    /// returns the bytes read in this call.
    @discardableResult
    func readUntilQuiet(quiet: Double = 0.15, limit: Double = 5) -> [UInt8] {
        var chunk: [UInt8] = []
        let deadline = Date().addingTimeInterval(limit)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(quiet * 1000))
            if ready <= 0 { break }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, 65_536) }
            if count <= 0 { break }
            chunk += buffer[0..<count]
        }
        received += chunk
        return chunk
    }

    /// Seconds until `text` has appeared in the output, reading as it comes.
    func secondsUntil(_ text: String, since start: Date, limit: Double = 10) -> Double? {
        let needle = Array(text.utf8)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date().timeIntervalSince(start) < limit {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, 65_536) }
            if count <= 0 { return nil }
            received += buffer[0..<count]
            if received.count >= needle.count && Self.contains(received, needle) {
                return Date().timeIntervalSince(start)
            }
        }
        return nil
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
