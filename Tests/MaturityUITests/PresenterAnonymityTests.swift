import Foundation
import MaturityCore
import MaturityUI
import Testing

/// The workshop view is anonymous by construction: names planted in every field of the
/// response files, in their notes, in their file names and in values that the reader quotes
/// in its messages never reach any frame of any view, at any size.
@Suite struct PresenterAnonymityTests {
    static let planted = ["zebedee", "quimby"]

    static func response(_ id: String, team: String?, role: String?, stage: String, status: Response.Status = .complete) -> Response {
        var response = Response.new(to: Fixtures.framework, id: id, organisation: "Zebedee Quimby Trust", at: Fixtures.start)
        response.respondent = "Zebedee Quimby"
        response.team = team
        response.role = role
        response.status = status
        for question in Fixtures.framework.questions {
            response.answers[question.id] = .stage(stage)
            response.notes[question.id] = "Ask Quimby, she knows"
        }
        return response
    }

    /// A folder with good files (some in teams big enough to show, three people alone in teams
    /// and roles named after them), an unfinished one, and broken ones whose content and
    /// names carry the planted words.
    static func plantedFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("presenter-anonymity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ text: String, _ name: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let stages = ["emerging", "learning", "developing"]
        for index in 0..<6 {
            try write(ResponseEncoder.encode(response("good-\(index)", team: index < 3 ? "Finance" : "Operations",
                                                      role: "Staff", stage: stages[index % 3])),
                      "zebedee-quimby-\(index).yaml")
        }
        // Three people alone in teams and roles named after them: pooled, never named.
        for (index, (team, role)) in [("Zebedee's team", "Quimby's role"), ("Quimby and co", "Zebedee"), ("Team Zebedee", "Quimby")].enumerated() {
            try write(ResponseEncoder.encode(response("alone-\(index)", team: team, role: role, stage: "mastering")),
                      "Quimby alone \(index).yaml")
        }
        try write(ResponseEncoder.encode(response("unfinished", team: "Zebedee", role: "Quimby", stage: "unaware", status: .inProgress)),
                  "Zebedee unfinished.yaml")
        let good = ResponseEncoder.encode(response("broken", team: "Zebedee", role: "Quimby", stage: "learning"))
        let updatedLine = good.split(separator: "\n").first { $0.hasPrefix("updated:") }.map(String.init) ?? ""
        try write(good.replacingOccurrences(of: updatedLine, with: "updated: \"Zebedee Quimby\""), "Jane Quimby answers.yaml")
        try write(good.replacingOccurrences(of: "status: complete", with: "status: Zebedee"), "zebedee-status.yaml")
        try write(good + "quimby: Zebedee\n", "quimby-key.yaml")
        try write(good.replacingOccurrences(of: "framework: data-maturity", with: "framework: zebedee-quimby"), "quimby-framework.yaml")
        try write("response: \"Zebedee Quimby\n", "zebedee-half.yaml")
        return folder
    }

    /// Every view, grouped three ways, at several sizes, scrolled through to the end.
    static func everyFrame(of start: PresenterState) -> [String] {
        var frames: [String] = []
        let sizes = [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 120)]
        for size in sizes {
            var state = start
            state.screenSize = size
            for _ in PresenterState.Grouping.allCases {
                var views: [[Key]] = [[.character("o")], [.character("d")], [.character("e")], [.character("?")]]
                views += (0..<Fixtures.framework.dimensions.count).map { Array(repeating: Key.right, count: $0 + 1) }
                for keys in views {
                    var viewed = state
                    _ = viewed.handle(.character("o"))
                    for key in keys { _ = viewed.handle(key) }
                    for _ in 0...40 {
                        frames.append(viewed.render(size: size).text)
                        let before = viewed.scroll
                        _ = viewed.handle(.pageDown)
                        if viewed.scroll == before { break }
                    }
                }
                _ = state.handle(.character("g"))
            }
            var hidden = state
            _ = hidden.handle(.character(" "))
            frames.append(hidden.render(size: size).text)
        }
        return frames
    }

    @Test func noPlantedNameReachesAnyFrame() throws {
        let folder = try Self.plantedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = FolderSnapshot.read(folder: folder.path, framework: Fixtures.framework,
                                           knownFrameworkIDs: Set(Fixtures.catalogue.frameworks.map(\.id)))
        // The folder was read as meant: the planted files are there to be drawn.
        #expect(snapshot.complete.count == 9)
        #expect(snapshot.inProgress == 1)
        #expect(snapshot.unusable.count == 5)
        let state = PresenterState(framework: Fixtures.framework, snapshot: snapshot, folder: folder.path)
        let frames = Self.everyFrame(of: state)
        #expect(frames.count > 100)
        #expect(frames.contains { $0.contains("Finance") && $0.contains("Operations") })
        #expect(frames.contains { $0.contains("File 5:") })
        for frame in frames {
            let lowered = frame.lowercased()
            for name in Self.planted {
                #expect(!lowered.contains(name), "\(name) on screen:\n\(frame)")
            }
        }
    }

    @Test func responsesAreStrippedOfNamesAndNotesAsTheyArrive() {
        var state = PresenterState(framework: Fixtures.framework)
        var snapshot = FolderSnapshot()
        // Set directly, past the snapshot's own stripping, to check the state's.
        snapshot.complete = [Self.response("a", team: "Finance", role: "Staff", stage: "learning")]
        state.update(snapshot)
        let kept = state.shown.complete[0]
        #expect(kept.respondent == nil)
        #expect(kept.notes.isEmpty)
        #expect(kept.organisation.isEmpty)
        #expect(kept.team == "Finance")
        #expect(kept.role == "Staff")
        #expect(kept.answers.count == Fixtures.framework.questions.count)
    }
}
