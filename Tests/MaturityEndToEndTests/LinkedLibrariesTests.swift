import Foundation
import Testing

/// The binary links FoundationEssentials only. The full Foundation brings ICU and its data, and
/// with them some 7 MB more memory in every run; one `import Foundation` in a shipped target
/// brings them all back.
///
/// The release (`scripts/release`) links the Swift runtime into both programs, so that they
/// run on machines without Swift: when a release build is there, its programs must load
/// nothing from the toolchain.
@Suite struct LinkedLibrariesTests {
    static let ldd = "/usr/bin/ldd"

    /// Where `scripts/release` builds: `.build-release/release/`.
    static let releaseFolder = BinaryRunner.repositoryRoot.appendingPathComponent(".build-release/release")
    static var hasReleaseBuild: Bool {
        FileManager.default.isExecutableFile(atPath: releaseFolder.appendingPathComponent("maturity").path)
    }

    /// What `ldd` prints for a program: one line per library it loads.
    static func linkedLibraries(of program: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ldd)
        process.arguments = [program.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return libraries
    }

    /// The files `ldd` resolved, from lines such as `libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)`.
    static func loadedFiles(in libraries: String) -> [String] {
        libraries.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            if let arrow = words.firstIndex(of: "=>"), arrow + 1 < words.count { return String(words[arrow + 1]) }
            return words.first.map(String.init).flatMap { $0.hasPrefix("/") ? $0 : nil }
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ldd), "needs ldd (Linux)"))
    func theFullFoundationAndICUAreNotLinked() throws {
        let libraries = try Self.linkedLibraries(of: BinaryRunner.binary)
        #expect(libraries.contains("libFoundationEssentials.so"), "\(libraries)")
        for library in ["libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so"] {
            // Objects compiled before the switch keep asking for Foundation too: an incremental
            // build does not recompile a module whose own sources and imports' interfaces did not
            // change (touch its sources, or build afresh).
            #expect(!libraries.contains(library), "\(library) is linked: an import of Foundation, or a stale object file\n\(libraries)")
        }
    }

    /// The release programs load only the system's libraries: not the Swift runtime, and
    /// nothing from the folder the test build loads it from (the toolchain's).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ldd) && hasReleaseBuild,
                   "needs a release build: scripts/release"))
    func theReleaseProgramsLoadNothingFromTheToolchain() throws {
        let toolchainFolders = Set(Self.loadedFiles(in: try Self.linkedLibraries(of: BinaryRunner.binary))
            .filter { $0.hasSuffix("/libswiftCore.so") }
            .map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        #expect(!toolchainFolders.isEmpty, "the test build should load the Swift runtime from the toolchain")
        for program in ["maturity", "maturity-workshop"] {
            let libraries = try Self.linkedLibraries(of: Self.releaseFolder.appendingPathComponent(program))
            let files = Self.loadedFiles(in: libraries)
            #expect(files.contains { $0.hasSuffix("/libc.so.6") }, "\(program): \(libraries)")
            #expect(!libraries.contains("not found"), "\(program) needs a library this machine lacks:\n\(libraries)")
            for file in files {
                #expect(!toolchainFolders.contains { file.hasPrefix($0 + "/") }, "\(program) loads \(file) from the toolchain")
                let name = URL(fileURLWithPath: file).lastPathComponent
                for runtime in ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime"] {
                    #expect(!name.hasPrefix(runtime), "\(program) loads the Swift runtime's \(name): build with --static-swift-stdlib")
                }
            }
        }
    }

    /// In the release, Foundation is linked into the programs rather than loaded, so `ldd`
    /// cannot tell whether `maturity` brought in the full Foundation: its ICU data would be
    /// inside the file. The workshop program, which does link the full Foundation, shows that
    /// the data is found when it is there.
    @Test(.enabled(if: hasReleaseBuild, "needs a release build: scripts/release"))
    func theReleaseAssessmentHoldsNoICUData() throws {
        #expect(try Self.contains("icudt", in: "maturity-workshop"), "the workshop program links the full Foundation, so its ICU data should be found")
        #expect(try !Self.contains("icudt", in: "maturity"), "the release maturity holds ICU data: something it links imports Foundation")
    }

    /// Whether the release program's file holds `text` (ICU names its data "icudt" and its
    /// version, such as icudt74l).
    /// grep reads the 100 MB of the workshop program in milliseconds.
    static func contains(_ text: String, in program: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/grep")
        process.arguments = ["--quiet", "--text", "--fixed-strings", text, releaseFolder.appendingPathComponent(program).path]
        try process.run()
        process.waitUntilExit()
        // grep: 0 found, 1 not found, 2 trouble (such as an unreadable file).
        try #require(process.terminationStatus < 2, "grep could not read \(program)")
        return process.terminationStatus == 0
    }
}
