import Foundation
import Testing

/// The binary links FoundationEssentials only. The full Foundation brings ICU and its data, and
/// with them some 7 MB more memory in every run; one `import Foundation` in a shipped target
/// brings them all back.
@Suite struct LinkedLibrariesTests {
    static let ldd = "/usr/bin/ldd"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ldd), "needs ldd (Linux)"))
    func theFullFoundationAndICUAreNotLinked() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.ldd)
        process.arguments = [BinaryRunner.binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(libraries.contains("libFoundationEssentials.so"), "\(libraries)")
        for library in ["libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so"] {
            // Objects compiled before the switch keep asking for Foundation too: an incremental
            // build does not recompile a module whose own sources and imports' interfaces did not
            // change (touch its sources, or build afresh).
            #expect(!libraries.contains(library), "\(library) is linked: an import of Foundation, or a stale object file\n\(libraries)")
        }
    }
}
