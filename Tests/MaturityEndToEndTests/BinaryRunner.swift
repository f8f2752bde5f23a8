import Foundation
import Testing

/// Runs the built `maturity` binary as a user would, and captures what it prints.
struct BinaryRunner {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The folder holding the built products: the test bundle sits beside the binary.
    static let productsFolder: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("maturity").path) { return url }
        }
        return URL(fileURLWithPath: ".build/debug")
    }()

    static var binary: URL { productsFolder.appendingPathComponent("maturity") }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary to completion in `directory`, with `environment` added to ours.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    input: String? = nil) throws -> Outcome {
        try runProgram(binary, arguments, in: directory ?? FileManager.default.temporaryDirectory, environment: environment, input: input)
    }

    /// Runs any program to completion with our environment, NO_COLOR set, MATURITY_FRAMEWORKS
    /// unset and `environment` added; with `mergingErrors`, standard error goes to `output` too.
    static func runProgram(_ executable: URL, _ arguments: [String], in directory: URL = URL(fileURLWithPath: "/"),
                           environment: [String: String] = [:], input: String? = nil, mergingErrors: Bool = false) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "MATURITY_FRAMEWORKS")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = mergingErrors ? output : errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        if mergingErrors { try errors.fileHandleForWriting.close() }
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                       errors: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh empty folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
