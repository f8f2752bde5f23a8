import MaturityCore
import MaturityUI
import Testing

/// A framework with areas: the projector's overview shows each area's mean under the
/// dimensions, as the reports do, and none for a framework without areas.
@Suite struct PresenterAreasTests {
    static func response(_ id: String, _ framework: Framework, stage: String) -> Response {
        var response = Response.new(to: framework, id: id, organisation: "", at: Fixtures.start)
        for question in framework.questions { response.answers[question.id] = .stage(stage) }
        response.status = .complete
        return response
    }

    @Test func theOverviewShowsEachAreasMean() throws {
        let framework = try Fixtures.catalogue.resolve("data-protection").get()
        #expect(!framework.areas.isEmpty)
        // Levels 0 to 3: one person at 1, two at 3, so every area's mean is 7/3, shown 2.3.
        let snapshot = FolderSnapshot(complete: [Self.response("a", framework, stage: framework.stages[1].id),
                                                 Self.response("b", framework, stage: framework.stages[3].id),
                                                 Self.response("c", framework, stage: framework.stages[3].id)])
        let state = PresenterState(framework: framework, snapshot: snapshot, minimumGroupSize: 3)
        let text = state.render(size: Size(width: 100, height: 40)).text
        let lines = text.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Areas" })
        for area in framework.areas {
            let line = try #require(lines[heading...].first { $0.contains(area.name) }, "\(area.name) is not under Areas")
            #expect(line.contains("2.3"), "\(line)")
            #expect(line.contains(framework.stages[2].name), "\(line)")
        }
    }

    @Test func aFrameworkWithoutAreasShowsNone() {
        let state = PresenterState(framework: Fixtures.framework, snapshot: PresenterTests.snapshot, minimumGroupSize: 1)
        #expect(!state.render(size: Size(width: 100, height: 40)).text.contains("Areas"))
    }
}
