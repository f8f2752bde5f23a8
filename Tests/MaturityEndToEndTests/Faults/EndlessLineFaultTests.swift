import Foundation
import Testing

/// Line by line, a line with no end (a participant piping /dev/zero into the workshop room)
/// must cost a fixed amount of memory: the part past 64 KB is read and dropped, and the
/// assessment carries on with the next line.
@Suite struct EndlessLineFaultTests {
    @Test func aFiftyMegabyteLineIsReadInFixedMemoryAndAnsweringCarriesOn() async throws {
        let home = try FaultHome()
        defer { home.remove() }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-endless-\(UUID().uuidString)")
        defer { unlink(input.path) }
        // A FIFO, so that the test decides when the rest of the input comes.
        #expect(mkfifo(input.path, 0o600) == 0)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "exec \"$0\" --plain --organisation 'Endless Trust' --out \"$1\" < \"$2\" > /dev/null 2>&1",
                           BinaryRunner.binary.path, home.out.path, input.path]
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in home.environment { environment[key] = value }
        shell.environment = environment
        try shell.run()
        let writer = try FileHandle(forWritingTo: input)
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<50 { try writer.write(contentsOf: chunk) }
        // The 50 MB have all been read by now, except what the pipe holds.
        let pid = shell.processIdentifier
        let resident = Self.status("VmHWM:", of: pid)
        #expect(resident < 40 << 20, "the line took \(resident >> 20) MB")
        try writer.write(contentsOf: Data("\n3\n".utf8))
        try writer.close()
        shell.waitUntilExit()
        let files = try FileManager.default.contentsOfDirectory(atPath: home.out.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count == 1, "the answer after the long line is saved")
    }

    static func status(_ field: String, of pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field) {
            return (line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
        }
        return 0
    }
}
