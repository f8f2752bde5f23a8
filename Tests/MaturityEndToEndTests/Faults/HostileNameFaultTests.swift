import Foundation
import MaturityCore
import Testing

/// Paths and names given on the command line, and file names found in folders, reach the
/// terminal only made safe: a folder called "x ESC ]0;pwned BEL" once set the terminal's title
/// through "Your answers are saved in ...". Every command is run with such a name, and every
/// byte it writes is checked.
@Suite struct HostileNameFaultTests {
    /// A name with an escape sequence that sets the terminal's title, a C1 control (CSI) and a
    /// right-to-left override.
    static let hostile = "x\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}"

    /// What a byte stream must not hold: any C0 control but line feed (CR LF in CSV; and, for a full-screen
    /// program, ESC and carriage return, which it uses itself), DEL, a C1 control or a bidi
    /// control, as UTF-8; and, for a full screen, no title-setting sequence and no BEL.
    static func problems(in bytes: [UInt8], fullScreen: Bool = false) -> [String] {
        var found: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let v = scalar.value
            let allowed: Bool
            switch v {
            case 0x0A: allowed = true
            // CSV ends its lines with CR LF, as RFC 4180 says.
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n": allowed = true
            case 0x0D, 0x1B, 0x08: allowed = fullScreen
            case 0x00...0x1F, 0x7F...0x9F: allowed = false
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: allowed = false
            default: allowed = true
            }
            if !allowed { found.append(String(format: "U+%04X", v)) }
        }
        if text.contains("\u{1B}]0;") || text.contains("\u{1B}]2;") { found.append("a title-setting sequence") }
        return found
    }

    static func expectClean(_ outcome: BinaryRunner.Outcome, _ what: String) {
        let problems = Self.problems(in: Array(outcome.output.utf8)) + Self.problems(in: Array(outcome.errors.utf8))
        #expect(problems.isEmpty, "\(what) wrote \(problems): \(outcome.output.prefix(300)) \(outcome.errors.prefix(600))")
    }

    /// Raw bytes of both streams, as a terminal would get them (BinaryRunner decodes leniently,
    /// which would hide nothing here: every character checked is valid UTF-8).
    @Test func everyCommandWritesNamesSafely() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent(Self.hostile)
        let state = root.appendingPathComponent("state")
        let environment = ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path]
        var outcomes: [(String, BinaryRunner.Outcome)] = []

        // assess, line by line: the folder in the welcome line and in the closing lines.
        outcomes.append(("assess --plain --out", try BinaryRunner.run(["assess", "--plain", "--organisation", Self.hostile, "--out", folder.path],
                                                                     environment: environment, input: "3\n")))
        #expect(ResponseStore(folder: folder.path).responseFiles().count == 1)
        // A file that cannot be read, with a hostile name, beside the response.
        try Data("not: [a response".utf8).write(to: folder.appendingPathComponent("bad\(Self.hostile).yaml"))
        for format in ["md", "json", "csv", "html"] {
            outcomes.append(("report --format \(format)", try BinaryRunner.run(["report", folder.path, "--include-in-progress", "--format", format])))
        }
        outcomes.append(("report -o", try BinaryRunner.run(["report", folder.path, "--include-in-progress", "-o", folder.appendingPathComponent("r\(Self.hostile).md").path])))
        outcomes.append(("report -o into a missing folder", try BinaryRunner.run(["report", folder.path, "--include-in-progress", "-o", folder.appendingPathComponent("\(Self.hostile)/r.md").path])))
        outcomes.append(("report of a missing path", try BinaryRunner.run(["report", root.appendingPathComponent("missing\(Self.hostile)").path])))
        outcomes.append(("report --benchmark", try BinaryRunner.run(["report", folder.path, "--include-in-progress", "--benchmark", folder.appendingPathComponent("b\(Self.hostile).json").path])))
        outcomes.append(("benchmark", try BinaryRunner.run(["benchmark", folder.path, "--include-in-progress", "-o", folder.appendingPathComponent("b.json").path])))
        outcomes.append(("validate", try BinaryRunner.run(["validate", folder.path])))
        outcomes.append(("validate --format json", try BinaryRunner.run(["validate", "--format", "json", folder.path, root.appendingPathComponent("gone\(Self.hostile).yaml").path])))
        outcomes.append(("frameworks --frameworks-dir", try BinaryRunner.run(["frameworks", "--frameworks-dir", folder.path])))
        outcomes.append(("frameworks --frameworks-dir missing", try BinaryRunner.run(["frameworks", "--frameworks-dir", root.appendingPathComponent("none\(Self.hostile)").path])))
        outcomes.append(("assess --framework", try BinaryRunner.run(["assess", "--plain", "--framework", Self.hostile], environment: environment)))
        outcomes.append(("present of a file", try BinaryRunner.run(["present", folder.appendingPathComponent("b.json").path])))
        outcomes.append(("an unknown option", try BinaryRunner.run(["report", "--format", Self.hostile, folder.path])))
        for (what, outcome) in outcomes { Self.expectClean(outcome, what) }
        // The runs did what they were asked (so that the names were really in their output).
        #expect(outcomes.contains { $0.1.output.contains("pwned") || $0.1.errors.contains("pwned") })
    }

    /// `maturity workshop` with such a folder: its server on this machine only, its screen on a
    /// pseudo-terminal; q then y ends it.
    @Test func theWorkshopShowsNamesSafely() async throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent(Self.hostile)
        let home = root.appendingPathComponent("state")
        let process = try PseudoTerminalProcess(["workshop", folder.path, "--listen", "127.0.0.1", "--port", "0", "--code", "blue kite"],
                                                environment: ["XDG_STATE_HOME": home.path, "XDG_DATA_HOME": home.path, "HOME": home.path])
        try process.waitFor("pwned")
        process.send("q")
        process.send("y")
        _ = try await process.waitForExit(deadline: 20)
        let problems = Self.problems(in: process.received, fullScreen: true)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// The full screen, on a pseudo-terminal: the assessment's welcome screen names the folder,
    /// the workshop view names it too.
    @Test(arguments: [false, true])
    func theFullScreenShowsNamesSafely(presenter: Bool) async throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent(Self.hostile)
        let home = root.appendingPathComponent("state")
        let arguments = presenter ? ["present", folder.path] : ["--out", folder.path, "--organisation", "Safe Names"]
        let process = try PseudoTerminalProcess(arguments, environment: ["XDG_STATE_HOME": home.path, "XDG_DATA_HOME": home.path])
        try process.waitFor("pwned")
        try process.waitFor(presenter ? "waiting for it" : "Enter")
        process.send(presenter ? "q" : "\u{03}")
        _ = try await process.waitForExit()
        let problems = Self.problems(in: process.received, fullScreen: true)
        #expect(problems.isEmpty, "\(problems)")
        #expect(String(decoding: process.received, as: UTF8.self).contains("␛]0;pwned␇"))
    }
}

/// File names that are not valid UTF-8 (a Latin-1 "café" from an old share) are read, and
/// shown with the bad byte made visible; before, they were "no such file" or "may have been
/// removed".
@Suite struct NonUTF8NameFaultTests {
    /// Runs `script` in sh, with the built binary as $M: the shell makes the bytes.
    static func shell(_ script: String, in folder: URL) throws -> BinaryRunner.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["M"] = BinaryRunner.binary.path
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "MATURITY_FRAMEWORKS")
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                                    errors: String(decoding: err, as: UTF8.self))
    }

    @Test func latin1NamesAreReadAndShownWithTheirBytes() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // A complete response, saved under a Latin-1 name in a folder with a Latin-1 name too.
        let made = try BinaryRunner.run(["assess", "--plain", "--organisation", "Caf\u{E9} Trust", "--out", root.appendingPathComponent("out").path],
                                        environment: ["XDG_STATE_HOME": root.appendingPathComponent("state").path],
                                        input: String(repeating: "3\n", count: 28))
        #expect(made.status == 0)
        let saved = try #require(ResponseStore(folder: root.appendingPathComponent("out").path).responseFiles().first)
        let setUp = try Self.shell("""
            mkdir "$(printf 'r\\351sum\\351')" && cp '\(saved)' "$(printf 'r\\351sum\\351/caf\\351.yaml')" &&
            printf 'not a response' > "$(printf 'r\\351sum\\351/d\\351j\\340.yaml')"
            """, in: root)
        #expect(setUp.status == 0, "\(setUp.errors)")

        // The folder named on the command line, and the file in it found by listing.
        let folder = try Self.shell(#"$M report "$(printf 'r\351sum\351')" --format json"#, in: root)
        #expect(folder.status == 0, "\(folder.errors)")
        #expect(folder.output.contains("Café Trust"), "\(folder.output.prefix(400))")
        #expect(folder.errors.contains("r\\xE9sum\\xE9/d\\xE9j\\xE0.yaml:1:1: error: this is not a response file"), "\(folder.errors)")
        #expect(!folder.errors.contains("may have been removed") && !folder.errors.contains("\u{FFFD}"), "\(folder.errors)")

        // The file named on the command line.
        let file = try Self.shell(#"$M report "$(printf 'r\351sum\351/caf\351.yaml')" --format md"#, in: root)
        #expect(file.status == 0, "\(file.errors)")
        #expect(file.output.contains("Café Trust"))
        let missing = try Self.shell(#"$M report "$(printf 'gone\351.yaml')""#, in: root)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("gone\\xE9.yaml: no such file or folder"), "\(missing.errors)")
    }
}
