import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `maturity` binary running with pipes for its input and output, read as it runs:
/// a test types a line, waits (with a deadline, polling) for what it expects on the output, and
/// can kill the process at any moment. For `--plain` runs, which are fast enough to be killed in
/// the middle of a save.
final class PlainProcess: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let process = Process()
    private let input = Pipe(), outputPipe = Pipe(), errorPipe = Pipe()
    private let lock = NSLock()
    private var outputData = Data(), errorData = Data()
    private var openStreams = 2

    /// Starts `maturity arguments` with NO_COLOR set, MATURITY_FRAMEWORKS unset, and
    /// `environment` on top; as `user` when given.
    init(_ arguments: [String], environment: [String: String] = [:], as user: TestUser? = nil) throws {
        // Writing to a process that has just been killed must fail, not end the test run.
        Glibc.signal(SIGPIPE, SIG_IGN)
        if let user {
            let (executable, line) = user.command([BinaryRunner.binary.path] + arguments)
            process.executableURL = executable
            process.arguments = line
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
        } else {
            process.executableURL = BinaryRunner.binary
            process.arguments = arguments
            process.currentDirectoryURL = FileManager.default.temporaryDirectory
        }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "MATURITY_FRAMEWORKS")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        read(outputPipe.fileHandleForReading, isOutput: true)
        read(errorPipe.fileHandleForReading, isOutput: false)
    }

    deinit {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    var pid: pid_t { process.processIdentifier }

    /// A thread per stream appends what arrives until the stream ends.
    private func read(_ handle: FileHandle, isOutput: Bool) {
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                lock.lock()
                if data.isEmpty { openStreams -= 1 } else if isOutput { outputData.append(data) } else { errorData.append(data) }
                lock.unlock()
                if data.isEmpty { return }
            }
        }
        thread.start()
    }

    /// Everything printed on standard output so far.
    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: outputData, as: UTF8.self)
    }

    /// How many bytes of standard output have arrived.
    var outputCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return outputData.count
    }

    var errors: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: errorData, as: UTF8.self)
    }

    private var streamsClosed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return openStreams == 0
    }

    /// Types `text` (several lines at once if it holds line breaks). Fails quietly when the
    /// process has gone, as a person's keyboard would.
    func send(_ text: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Ends the input, as Ctrl-D would.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Sends a signal, if the process has not ended yet.
    func signal(_ number: Int32) {
        if process.isRunning { Foundation.kill(process.processIdentifier, number) }
    }

    /// Waits until `condition` holds for the output so far; polls every `poll` seconds.
    @discardableResult
    func waitUntil(_ what: String, deadline seconds: Double = 10, poll: Double = 0.005,
                   _ condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let text = output
            if condition(text) { return text }
            if Date() >= deadline {
                throw Failure(description: "waited \(seconds) s for \(what); the output ends:\n\(text.suffix(800))\nerrors:\n\(errors)")
            }
            try await Task.sleep(nanoseconds: UInt64(poll * 1e9))
        }
    }

    @discardableResult
    func waitFor(_ text: String, deadline seconds: Double = 10) async throws -> String {
        try await waitUntil("\"\(text)\" in the output", deadline: seconds) { $0.contains(text) }
    }

    /// Waits for the process to end and for its output to be read to the end. Returns the exit
    /// status, or 128 + n when signal n ended it.
    func waitForExit(deadline seconds: Double = 15) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning || !streamsClosed {
            if Date() >= deadline {
                throw Failure(description: "waited \(seconds) s for process \(pid) to end; the output ends:\n\(output.suffix(800))")
            }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
