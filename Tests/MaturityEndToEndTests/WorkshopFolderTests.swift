import Foundation
import MaturityCore
import Testing

/// A whole workshop answering into one folder at the same moment: fifty processes, nothing
/// lost, no collisions.
@Suite struct WorkshopFolderTests {
    @Test func fiftyParticipantsAtOnceLoseNothing() throws {
        let home = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let out = home.appendingPathComponent("answers")
        let answers = String(repeating: "3\n", count: 28)
        var running: [(Process, Pipe)] = []
        // Start everyone before anyone answers, so the writes overlap as much as they can.
        for person in 0..<50 {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["assess", "--plain", "--organisation", "Workshop", "--respondent", "Person \(person)",
                                 "--out", out.path]
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_STATE_HOME"] = home.appendingPathComponent("state-\(person)").path
            process.environment = environment
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            running.append((process, input))
        }
        for (_, input) in running { input.fileHandleForWriting.write(Data(answers.utf8)) }
        for (_, input) in running { try input.fileHandleForWriting.close() }
        for (process, _) in running { process.waitUntilExit() }
        #expect(running.allSatisfy { $0.0.terminationStatus == 0 })

        let loaded = ResponseStore(folder: out.path).loadAll()
        #expect(loaded.count == 50)
        #expect(loaded.allSatisfy { $0.diagnostics.isEmpty })
        let responses = loaded.compactMap(\.response)
        #expect(Set(responses.map(\.id)).count == 50)
        #expect(Set(responses.compactMap(\.respondent)).count == 50)
        #expect(responses.allSatisfy { $0.status == .complete && $0.answers.count == 28 })
    }
}
