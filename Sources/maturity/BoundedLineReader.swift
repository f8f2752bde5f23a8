#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a descriptor (standard input) a line at a time, like `readLine`, but keeps at most
/// `limit` bytes of a line: the rest of a longer line is read and dropped. A line without end
/// (a workshop participant piping /dev/zero) then costs a fixed amount of memory, not all of it.
final class BoundedLineReader {
    /// Far more than any answer, name or note: 64 KB.
    static let defaultLimit = 65_536

    let descriptor: Int32
    let limit: Int
    /// Asked before each read and when a signal interrupts one: true ends the input (Ctrl-C
    /// in line mode, whose handler only notes the signal).
    let shouldStop: () -> Bool
    /// The input ended because `shouldStop` said so, not at its end.
    private(set) var wasStopped = false
    /// Bytes read past the end of the last line returned.
    private var pending: [UInt8] = []
    private var atEnd = false

    init(descriptor: Int32 = STDIN_FILENO, limit: Int = BoundedLineReader.defaultLimit,
         shouldStop: @escaping () -> Bool = { false }) {
        self.descriptor = descriptor
        self.limit = limit
        self.shouldStop = shouldStop
    }

    /// The next line without its line break (`\n` or `\r\n`), or nil at the end of input
    /// (or when `shouldStop` said so: `wasStopped`).
    func next() -> String? {
        if wasStopped { return nil }
        var kept: [UInt8] = []
        var readAnything = false
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                if kept.count < limit { kept += pending[..<newline].prefix(limit - kept.count) }
                pending.removeSubrange(...newline)
                readAnything = true
                break
            }
            if !pending.isEmpty {
                readAnything = true
                if kept.count < limit { kept += pending.prefix(limit - kept.count) }
                pending.removeAll(keepingCapacity: true)
            }
            if atEnd || !fill() { break }
        }
        guard readAnything, !wasStopped else { return nil }
        if kept.last == UInt8(ascii: "\r") { kept.removeLast() }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Reads up to 4 KB more; false at the end of input.
    private func fill() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            if shouldStop() {
                wasStopped = true
                atEnd = true
                return false
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending += buffer[..<count]
                return true
            }
            if count < 0 && errno == EINTR { continue }
            atEnd = true
            return false
        }
    }
}
