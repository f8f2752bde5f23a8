import Foundation

/// A program running in a detached tmux session of a chosen size: end-to-end tests type keys
/// into it, read its screen and wait for what they expect, as a person at a terminal would.
///
/// Each session has its own tmux server (its own socket, no user configuration), so tests run
/// in parallel and never touch a tmux the developer is using. The program runs under a small
/// shell wrapper that records its process id (for `signal`) and, when it ends, prints the
/// terminal's modes as `TTY icanon echo isig` (so a test can see that the terminal was restored)
/// and then `EXITED <status>`. The pane stays on screen after the program ends.
///
/// Waits poll the screen every 25 ms until a condition holds or a deadline passes; there are no
/// fixed sleeps. Call `kill()` in a `defer`; `deinit` kills the server too, failed test or not.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The session's name, unique to this run.
    let name: String
    private let socket: String
    private let folder: URL
    private var pidFile: URL { folder.appendingPathComponent("pid") }
    private var killed = false
    /// tmux leaves its socket file behind when the server ends; `kill()` removes it.
    private var socketPath: String?

    /// Starts `arguments` (the program, then its arguments) in a `width`x`height` terminal with
    /// TERM=xterm-256color, a UTF-8 locale, NO_COLOR and MATURITY_FRAMEWORKS unset, then
    /// `environment` on top (for example `["NO_COLOR": "1"]`).
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
         directory: URL? = nil) throws {
        let id = UUID().uuidString.prefix(8).lowercased()
        name = "maturity-\(id)"
        socket = "maturity-test-\(id)"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-tmux-\(id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configuration = folder.appendingPathComponent("tmux.conf")
        // The pane stays after the program ends, so its last screen and status can be read.
        try "set -g remain-on-exit on\nset -g status off\n".write(to: configuration, atomically: true, encoding: .utf8)

        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        for (key, value) in environment { env[key] = value }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // The inner shell writes its pid and execs the program, so the pid is the program's.
        let script = """
            sh -c 'echo $$ > "$0"; exec "$@"' "$@"; status=$?
            modes=$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' ')
            printf '\\r\\nTTY %s\\r\\nEXITED %s\\r\\n' "$modes" "$status"
            exit $status
            """
        var command = ["-f", configuration.path, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        if let directory { command += ["-c", directory.path] }
        command += ["env", "-u", "NO_COLOR", "-u", "MATURITY_FRAMEWORKS"] + assignments
        command += ["sh", "-c", script, "maturity-session", pidFile.path] + arguments
        do {
            try tmux(command)
            socketPath = try tmux(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            kill()
            throw error
        }
    }

    /// Runs the built `maturity` binary with `arguments`.
    convenience init(maturity arguments: [String], width: Int = 80, height: Int = 24,
                     environment: [String: String] = [:], directory: URL? = nil) throws {
        try self.init([BinaryRunner.binary.path] + arguments, width: width, height: height,
                      environment: environment, directory: directory)
    }

    deinit { kill() }

    // MARK: - Typing and reading

    /// Types text as it is, character by character (`send-keys -l`).
    func send(text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", "--", text])
    }

    /// Presses named keys in turn: `Enter`, `Up`, `Escape`, `BTab`, `C-c`, `q`, ...
    func send(keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends bytes as they are (`send-keys -H`): an escape sequence the program's TERM may not know.
    func send(bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// The screen as text, one line per row, trailing spaces trimmed by tmux; with
    /// `includingHistory`, the lines scrolled off the top come first; with `joiningWrappedLines`,
    /// a line the terminal wrapped at its right edge (a long path printed after the program
    /// left full-screen mode) comes back as one line.
    func capture(includingHistory: Bool = false, joiningWrappedLines: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (includingHistory ? ["-S", "-"] : [])
                 + (joiningWrappedLines ? ["-J"] : []))
    }

    /// Where the hardware cursor is (0-based), which is where a screen reader reads.
    func cursor() throws -> (row: Int, column: Int) {
        let parts = try tmux(["display-message", "-p", "-t", name, "#{cursor_y} #{cursor_x}"])
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard parts.count == 2 else { throw Failure(description: "tmux did not say where the cursor is") }
        return (parts[0], parts[1])
    }

    /// The terminal modes the wrapper printed after the program ended ("icanon", "echo", "isig",
    /// or with a leading "-" when off): all three on means the terminal was restored.
    func terminalModesAfterExit() throws -> Set<String> {
        let lines = try capture(includingHistory: true).split(separator: "\n")
        guard let line = lines.last(where: { $0.contains("TTY ") }),
              let range = line.range(of: "TTY ") else { return [] }
        return Set(line[range.upperBound...].split(separator: " ").map(String.init))
    }

    /// Resizes the terminal; the program sees a resize as it would from a window manager.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Sends a signal to the program (not to the wrapper shell).
    func signal(_ number: Int32, deadline seconds: Double = 10) async throws {
        let pid = try await programID(deadline: seconds)
        guard Foundation.kill(pid, number) == 0 else {
            throw Failure(description: "could not send signal \(number) to process \(pid): errno \(errno)")
        }
    }

    // MARK: - Waiting

    /// Waits until `text` is on the screen, and returns the screen. Text wrapped over lines
    /// also counts: by the program at a word (the screen's lines joined by spaces), or by the
    /// terminal at its right edge (tmux's record of soft wraps).
    @discardableResult
    func waitFor(_ text: String, deadline seconds: Double = 10) async throws -> String {
        let screen = try await waitUntil("\"\(text)\" on the screen", deadline: seconds) { screen in
            screen.contains(text) || Self.flowed(screen).contains(text)
                || ((try? capture(joiningWrappedLines: true))?.contains(text) ?? false)
        }
        // When only the second capture held the text, the screen has changed since the first:
        // return a capture that shows it, never the older one.
        if screen.contains(text) || Self.flowed(screen).contains(text) { return screen }
        return try capture()
    }

    /// Waits until `condition` holds for the screen, and returns the screen; on the deadline it
    /// throws with the last screen in the message.
    @discardableResult
    func waitUntil(_ what: String, deadline seconds: Double = 10,
                   _ condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let screen = try capture()
            if condition(screen) { return try await settled(from: screen, condition) }
            if Date() >= deadline {
                throw Failure(description: "waited \(seconds) s for \(what); the screen was:\n\(screen)")
            }
            try await Task.sleep(nanoseconds: 25_000_000)
        }
    }

    /// A capture can land in the middle of a redraw (the first lines new, the rest old), so a
    /// screen that meets the condition is returned once two captures 50 ms apart agree, or
    /// after a second of steady change. A screen that moves on at once (a program that ends and
    /// scrolls its last words away) is returned as last seen meeting the condition.
    private func settled(from first: String, _ condition: (String) -> Bool) async throws -> String {
        let giveUp = Date().addingTimeInterval(1)
        var previous = first
        while Date() < giveUp {
            try await Task.sleep(nanoseconds: 50_000_000)
            let next = try capture()
            guard condition(next) else { return previous }
            if next == previous { return next }
            previous = next
        }
        return previous
    }

    /// Waits for the program to end, and returns its exit status (128 + n when a signal n
    /// ended it), from the wrapper's last line. (tmux 3.3a's own `pane_dead_status` is not
    /// used: when the pane's program ends just as its terminal closes, tmux sometimes never
    /// reaps it and the status stays empty.)
    func waitForExit(deadline seconds: Double = 10) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let screen = try capture(includingHistory: true)
            if let status = Self.exitStatus(in: screen) { return status }
            if Date() >= deadline {
                throw Failure(description: "waited \(seconds) s for the program to exit; the screen was:\n\(try capture())")
            }
            try await Task.sleep(nanoseconds: 25_000_000)
        }
    }

    private static func exitStatus(in screen: String) -> Int32? {
        // Searched within lines too: a program killed outright leaves the terminal raw, where
        // the wrapper's lines may not start at the left edge.
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: "EXITED ") else { continue }
            return Int32(line[range.upperBound...].prefix { $0.isNumber })
        }
        return nil
    }

    /// The screen's non-empty lines, trimmed and joined by single spaces.
    static func flowed(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The program's process id, once the wrapper has written it.
    func programID(deadline seconds: Double = 10) async throws -> pid_t {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            if Date() >= deadline { throw Failure(description: "the program's pid never appeared in \(pidFile.path)") }
            try await Task.sleep(nanoseconds: 25_000_000)
        }
    }

    // MARK: - Ending

    /// Ends the session and its tmux server (the program gets SIGHUP) and removes the temporary
    /// files. Idempotent.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        if let socketPath { unlink(socketPath) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a tmux command against this session's server; throws with tmux's message on failure.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = folder.appendingPathComponent("tmux.out"), errors = folder.appendingPathComponent("tmux.err")
        // -u: the pane's text is UTF-8 whatever our own locale says.
        let status = try Self.spawn(["tmux", "-u", "-L", socket] + arguments, output: output, errors: errors)
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(message)")
        }
        return text
    }

    /// Runs a program to its end with posix_spawn, not Foundation's Process, for two reasons
    /// found the hard way. `new-session` forks the tmux server as a daemon, which inherits every
    /// descriptor not marked close-on-exec, among them the socket through which Process on Linux
    /// learns that its child ended: `waitUntilExit` then waits for the server, for ever. And a
    /// child of Process inherits the signal mask of the calling thread, which in a test is a
    /// dispatch thread with nearly every signal blocked: the server then never sees SIGCHLD (a
    /// pane whose program ended never dies) nor the SIGTERM with which `kill-server` stops it.
    /// So: signals unblocked and at their defaults, descriptors from 3 up closed, output to files.
    private static func spawn(_ arguments: [String], output: URL, errors: URL) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t(), everySignal = sigset_t()
        sigemptyset(&unblocked)
        sigfillset(&everySignal)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if os(Linux)
        closeDescriptorsFromThree(&actions)
        #else
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else {
            let reason = String(cString: strerror(result))
            throw Failure(description: result == ENOENT
                ? "\(arguments[0]) is not installed (.ci/run installs it)"
                : "could not run \(arguments[0]): \(reason)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS are macros Swift cannot import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    #if os(Linux)
    /// glibc 2.34 has posix_spawn_file_actions_addclosefrom_np, but Swift's Glibc module does not
    /// show it; look it up, and where it is missing close the descriptors open now one by one.
    private static func closeDescriptorsFromThree(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            // glibc ignores closing a descriptor that has closed meanwhile.
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }
    #endif
}
