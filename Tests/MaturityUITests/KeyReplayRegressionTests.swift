import Foundation
import MaturityCore
import MaturityUI
import Testing

/// Terminal input that the fuzzer (Tests/scripts/fuzz.sh) found to take too long, kept in
/// KeyInputs/ and replayed as it replays every input (`KeyReplay`): keys decoded from the
/// bytes, through the assessment's reducer and renderer.
///
/// What it found: each scrolling key (j, k, arrows, PgUp, PgDn) laid the whole screen out again
/// to know how far it may scroll, twice, wrapping every line of the results: 30,000 such keys
/// took over two minutes under the sanitizers (about six seconds in a release build). The
/// figures are now kept between keys while nothing that shapes the screen changes. How fast a
/// replay is, is measured by the benchmark ("slowest key-input finding"); these tests check
/// that each replay is sound, and that the kept figures are never stale.
@Suite struct KeyReplayRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("KeyInputs")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()

    @Test func theFindingsAreThere() {
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: names)
    func everyFindingReplaysSoundly(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let (state, drawn) = KeyReplay.run(bytes, framework: Fixtures.framework)
        #expect(drawn > 0)
        // Every answer is one the framework offers, for one of its questions.
        for (id, answer) in state.response.answers {
            let question = try #require(Fixtures.framework.question(withID: id)?.question)
            #expect(state.assessment.options(for: question).contains(answer), "\(id): \(answer)")
        }
        #expect(state.noteDraft.count <= NoteDraft.limit)
        // The same bytes give the same state and the same screen.
        let again = KeyReplay.run(bytes, framework: Fixtures.framework).state
        #expect(again.response == state.response && again.screen == state.screen && again.resultsScroll == state.resultsScroll)
        let size = state.terminalSize ?? Size(width: 80, height: 24)
        #expect(again.render(size: size).text == state.render(size: size).text)
    }

    /// The kept figures follow every change that shapes the screen: after a resize, a second
    /// state that never saw the first size scrolls to the same end.
    @Test func theKeptScrollingFiguresFollowTheSize() {
        var state = Fixtures.question(1, size: Size(width: 80, height: 24))
        while state.screen != .results { Fixtures.press([.character("2"), .enter], on: &state) }
        Fixtures.press([.end], on: &state)
        let endAt80 = state.resultsScroll
        Fixtures.press([.resize(Size(width: 40, height: 12)), .end], on: &state)
        var fresh = Fixtures.question(1, size: Size(width: 40, height: 12))
        while fresh.screen != .results { Fixtures.press([.character("2"), .enter], on: &fresh) }
        Fixtures.press([.end], on: &fresh)
        #expect(state.resultsScroll == fresh.resultsScroll)
        #expect(state.resultsScroll > endAt80)
        // A change of content (a saved path shown at the end) is followed too.
        state.saved(at: "/a/much/longer/path/than/before/so/that/it/wraps/onto/more/lines/response.yaml")
        fresh.saved(at: "/a/much/longer/path/than/before/so/that/it/wraps/onto/more/lines/response.yaml")
        Fixtures.press([.end], on: &state)
        Fixtures.press([.home, .end], on: &fresh)
        #expect(state.resultsScroll == fresh.resultsScroll)
    }
}
