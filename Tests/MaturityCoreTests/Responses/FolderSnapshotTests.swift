import Foundation
import MaturityCore
import Testing

/// The folder as the workshop view counts it: nothing that could name anyone, and a plain
/// reason for every file it cannot use.
@Suite struct FolderSnapshotTests {
    static let framework = ShippedFrameworkTests.catalogue.frameworks.first { $0.id == "data-maturity" }!
    static let known = Set(ShippedFrameworkTests.catalogue.frameworks.map(\.id))

    /// A reason comes from the diagnostic's own parts: the values it quotes from the file are
    /// left out by position, never found by reading the sentence; a problem that does not say
    /// what it quotes is not described at all.
    @Test func reasonsQuoteNothingFromTheFile() {
        let mark = SourceMark(line: 6, column: 10)
        let date = Diagnostic(.error, code: "invalid-date", file: "f", from: mark, template: "{} is not a date and time",
                              quoting: ["Jane Smith"])
        #expect(date.message == "\"Jane Smith\" is not a date and time")
        #expect(FolderSnapshot.anonymousReason(date) == "… is not a date and time")
        let status = Diagnostic(.error, code: "invalid-status", file: "f", from: mark,
                                template: "{} is not a status; did you mean \"complete\"?", quoting: ["Jane"])
        #expect(FolderSnapshot.anonymousReason(status) == "… is not a status; did you mean \"complete\"?")
        let prose = Diagnostic(.error, file: "f", at: mark, "the key \"Jane Smith\" appears twice here")
        #expect(FolderSnapshot.anonymousReason(prose) == FolderSnapshot.hiddenDetails)
        #expect(FolderSnapshot.anonymousReason(nil) == "it cannot be read")
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
            .init(kind: .otherFramework("data-skills"),
                  reason: "it answers the framework data-skills; start the presenter with --framework data-skills to show it"),
            .init(kind: .otherFramework(nil), reason: "it answers another framework, not one installed here"),
            .init(line: snapshot.unusable.last?.line, reason: "… is not a status"),
        ])
        #expect(snapshot.unusable.last?.line != nil)
    }

    /// The same response copied into the folder (a USB stick's copy beside the original) is one
    /// person: the projector counts it once, as the report does, and an older unfinished copy
    /// is not counted as someone still answering.
    @Test func aCopyOfAResponseCountsOnceAsInTheReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-copies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ id: String, _ status: Response.Status, minute: Int, as name: String) throws {
            var response = Response.new(to: Self.framework, id: id, organisation: "Trust",
                                        at: Timestamp(parsing: "2026-11-21T10:\(10 + minute):00Z")!)
            response.status = status
            response.answers = ["uses-decisions": .stage("developing")]
            try ResponseEncoder.encode(response).write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a", .complete, minute: 5, as: "a.yaml")
        try write("a", .complete, minute: 5, as: "a copy.yaml")
        try write("b", .inProgress, minute: 1, as: "b.yaml")
        try write("b", .complete, minute: 9, as: "b from the stick.yaml")
        try write("c", .inProgress, minute: 2, as: "c.yaml")

        let snapshot = FolderSnapshot.read(folder: folder.path, framework: Self.framework, knownFrameworkIDs: Self.known)
        let selection = ResponseSelection(loaded: ResponseStore(folder: folder.path).loadAll(), framework: Self.framework)
        #expect(snapshot.complete.map(\.id).sorted() == ["a", "b"])
        #expect(snapshot.complete.map(\.id).sorted() == selection.responses.map(\.id).sorted())
        #expect(snapshot.inProgress == 1)
        #expect(snapshot.inProgress == selection.inProgressLeftOut)
    }

    @Test func aMissingFolderIsSaidToBeMissing() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
        #expect(FolderSnapshot.read(folder: path, framework: Self.framework).folderState == .missing)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
