import Foundation
import MaturityCore
import Testing

@Suite struct FileKindTests {
    @Test func foldersFilesLinksAndNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filekind-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/answers.yaml"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        try FileManager.default.createSymbolicLink(atPath: folder + "/to-folder", withDestinationPath: folder)
        try FileManager.default.createSymbolicLink(atPath: folder + "/to-file", withDestinationPath: file)
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: folder + "/gone")

        #expect(FileKind.at(folder) == .folder)
        #expect(FileKind.at(folder + "/") == .folder)
        #expect(FileKind.at(file) == .notAFolder)
        #expect(FileKind.at("/dev/null") == .notAFolder)
        // Links are followed, as Foundation's fileExists(atPath:isDirectory:) follows them.
        #expect(FileKind.at(folder + "/to-folder") == .folder)
        #expect(FileKind.at(folder + "/to-file") == .notAFolder)
        #expect(FileKind.at(folder + "/dangling") == nil)
        #expect(FileKind.at(folder + "/missing") == nil)
        #expect(FileKind.at(file + "/inside-a-file") == nil)
        #expect(FileKind.at("") == nil)
    }
}
