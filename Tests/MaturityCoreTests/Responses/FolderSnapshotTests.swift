import Foundation
import MaturityCore
import Testing

/// The folder as the workshop view counts it: nothing that could name anyone, and a plain
/// reason for every file it cannot use.
@Suite struct FolderSnapshotTests {
    static let framework = ShippedFrameworkTests.catalogue.frameworks.first { $0.id == "data-maturity" }!
    static let known = Set(ShippedFrameworkTests.catalogue.frameworks.map(\.id))

    @Test(arguments: [
        ("\"Jane Smith\" is not a date and time", "… is not a date and time"),
        ("\"Jane\" is not a status; did you mean \"complete\"?", "… is not a status"),
        ("the key \"Jane Smith\" appears twice here; it is already set on line 4", "the key … appears twice here; it is already set on line 4"),
        ("an unclosed \"Jane Smith", "an unclosed …"),
        ("add a line `jane: ...`", "add a line …"),
        ("the file cannot be read", "the file cannot be read"),
    ])
    func reasonsQuoteNothingFromTheFile(message: String, expected: String) {
        #expect(FolderSnapshot.anonymousReason(message) == expected)
    }

    @Test func filesAreKnownByNumberLineAndReasonAndOtherFrameworksAreNamedOnlyWhenKnown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var response = Response.new(to: Self.framework, id: "r1", organisation: "Trust", at: Timestamp(parsing: "2026-11-21T10:00:00Z")!)
        response.respondent = "Jane Smith"
        response.status = .complete
        response.notes = ["uses-decisions": "Jane's note"]
        let good = ResponseEncoder.encode(response)
        try good.write(to: folder.appendingPathComponent("Jane Smith.yaml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "framework: data-maturity", with: "framework: data-skills")
            .write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "framework: data-maturity", with: "framework: jane-smith")
            .write(to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "status: complete", with: "status: \"Jane Smith\"")
            .write(to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)

        let snapshot = FolderSnapshot.read(folder: folder.path, framework: Self.framework, knownFrameworkIDs: Self.known)
        #expect(snapshot.folderState == .present)
        #expect(snapshot.complete.count == 1)
        #expect(snapshot.complete.first?.respondent == nil)
        #expect(snapshot.complete.first?.notes.isEmpty == true)
        #expect(snapshot.complete.first?.organisation.isEmpty == true)
        #expect(snapshot.unusable == [
            .init(reason: "it answers the framework data-skills; start the presenter with --framework data-skills to show it"),
            .init(reason: "it answers another framework, not one installed here"),
            .init(line: snapshot.unusable.last?.line, reason: "… is not a status"),
        ])
        #expect(snapshot.unusable.last?.line != nil)
    }

    @Test func aMissingFolderIsSaidToBeMissing() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
        #expect(FolderSnapshot.read(folder: path, framework: Self.framework).folderState == .missing)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
