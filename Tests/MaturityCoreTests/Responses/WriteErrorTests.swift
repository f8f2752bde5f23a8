import Foundation
import Glibc
@testable import MaturityCore
import Testing

/// The kind of a write error comes from the system's error number, never from the words of a
/// message: the program decides what to do (try another name, say "it already exists") the same
/// whatever the language of the system's messages.
@Suite struct WriteErrorTests {
    @Test func eachErrorNumberHasItsKindAndPlainWords() {
        let cases: [(Int32, AtomicFile.WriteError.Kind, String)] = [
            (EEXIST, .exists, "it already exists"), (ENOSPC, .diskFull, "the disk is full"),
            (EDQUOT, .quotaExceeded, "the disk quota is used up"), (EACCES, .permissionDenied, "permission denied"),
            (EPERM, .permissionDenied, "permission denied"), (EROFS, .readOnly, "the folder is read-only"),
            (ENOENT, .noFolder, "the folder does not exist"), (ENOTDIR, .notAFolder, "Not a directory"),
        ]
        for (number, kind, reason) in cases {
            let error = AtomicFile.WriteError(path: "p", errorNumber: number)
            #expect(error.kind == kind && error.reason == reason, "errno \(number)")
        }
        #expect(AtomicFile.WriteError(path: "p", errorNumber: EIO).kind == .other(EIO))
        #expect(AtomicFile.WriteError(path: "p", reason: "it is a folder").kind == .refused)
    }

    /// A second file at the same name is refused as `.exists`, and a store then picks another
    /// name for a new response: decided by the kind, whatever the reason's words.
    @Test func creatingOverAFileIsRefusedByItsKind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("write-error-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.yaml"
        try AtomicFile.create(path, with: Array("first".utf8))
        #expect {
            try AtomicFile.create(path, with: Array("second".utf8))
        } throws: { error in
            (error as? AtomicFile.WriteError)?.kind == .exists
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        #expect {
            try AtomicFile.create(folder + "/missing/a.yaml", with: [65])
        } throws: { error in
            (error as? AtomicFile.WriteError)?.kind == .noFolder
        }
    }
}
