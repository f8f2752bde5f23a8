import MaturityCore
import Testing

/// Which files a report uses: other frameworks left out, each response once, unfinished
/// ones left out unless asked for, and the files worth a located warning.
@Suite struct ResponseSelectionTests {
    typealias F = ComparisonFixtures

    static func loaded(_ path: String, _ response: Response?) -> LoadedResponse {
        LoadedResponse(path: path, response: response, diagnostics: response == nil
            ? [Diagnostic(.error, file: path, at: SourceMark(line: 4, column: 9), "\"answers\" should be a group")] : [])
    }

    static func response(_ id: String, updated: String = "2026-11-21T10:20:00Z", status: Response.Status = .complete,
                         _ answers: [String: String] = F.all("emerging")) -> Response {
        var response = F.response(id, updated: updated, answers)
        response.status = status
        return response
    }

    @Test func unreadableFilesAndOtherFrameworksAreListedWithWhy() {
        var other = F.framework
        other.id = "other"
        let selection = ResponseSelection(loaded: [
            Self.loaded("a.yaml", Self.response("a")),
            Self.loaded("broken.yaml", nil),
            Self.loaded("z.yaml", F.response("z", framework: other, F.all("emerging"))),
        ], framework: F.framework)
        #expect(selection.responses.map(\.id) == ["a"])
        #expect(selection.paths == ["a.yaml"])
        #expect(selection.problems.map { [$0.source, $0.reason] } == [
            ["broken.yaml", "line 4, column 9: \"answers\" should be a group"],
            ["z.yaml", "left out: it answers the framework \"other\", not \"worked-example\", and different frameworks are never mixed"],
        ])
        #expect(selection.problems.last?.kind == .otherFramework(answered: "other", used: "worked-example"))
    }

    /// A copy brought on a USB stick and the original in the folder: one person, counted once,
    /// with the answers saved last.
    @Test func theSameResponseInTwoFilesCountsOnceTheLatestCopy() throws {
        let older = Self.response("p", updated: "2026-11-21T10:00:00Z", F.all("unaware"))
        let newer = Self.response("p", updated: "2026-11-21T11:00:00Z", F.all("mastering"))
        let selection = ResponseSelection(loaded: [
            Self.loaded("copy.yaml", older), Self.loaded("other.yaml", Self.response("q")), Self.loaded("p.yaml", newer),
        ], framework: F.framework)
        #expect(selection.responses.map(\.id) == ["q", "p"])
        #expect(selection.paths == ["other.yaml", "p.yaml"])
        let used = try #require(selection.responses.last)
        #expect(used == newer)
        #expect(selection.problems.map(\.source) == ["copy.yaml"])
        #expect(selection.problems.first?.reason.contains("the same response (p) as p.yaml") == true)
    }

    /// Copies saved at the same moment: the complete one wins, then the first path.
    @Test func equalCopiesPreferTheCompleteOneThenTheFirstPath() {
        let done = Self.response("p")
        let unfinished = Self.response("p", status: .inProgress)
        let first = ResponseSelection(loaded: [Self.loaded("b.yaml", unfinished), Self.loaded("a.yaml", done)], framework: F.framework)
        #expect(first.paths == ["a.yaml"])
        let second = ResponseSelection(loaded: [Self.loaded("b.yaml", done), Self.loaded("a.yaml", done)], framework: F.framework)
        #expect(second.paths == ["a.yaml"])
        #expect(second.problems.map(\.source) == ["b.yaml"])
    }

    @Test func unfinishedResponsesAreLeftOutUnlessAskedFor() {
        let files = [Self.loaded("a.yaml", Self.response("a")),
                     Self.loaded("b.yaml", Self.response("b", status: .inProgress, ["d1": "emerging", "d2": "unaware"]))]
        let usual = ResponseSelection(loaded: files, framework: F.framework)
        #expect(usual.responses.map(\.id) == ["a"])
        #expect(usual.inProgressLeftOut == 1)
        #expect(usual.problems == [Report.Problem(source: "b.yaml", reason: "left out: still in progress (2 of 9 questions answered); --include-in-progress counts it",
                                                  kind: .inProgress(answered: 2, questions: 9))])
        let all = ResponseSelection(loaded: files, framework: F.framework, includeInProgress: true)
        #expect(all.responses.map(\.id) == ["a", "b"])
        #expect(all.inProgressLeftOut == 0 && all.problems.isEmpty)
    }

    /// Only files that would give a warning against the framework are read again for it.
    @Test func filesThatDifferFromTheFrameworkAreNamedForALocatedWarning() {
        var unknownQuestion = Self.response("q")
        unknownQuestion.answers["d9"] = .stage("emerging")
        var unknownStage = Self.response("s")
        unknownStage.answers["d1"] = .stage("mastring")
        var otherShape = Self.response("f")
        otherShape.frameworkFingerprint = "0000000000000000"
        var strayNote = Self.response("n")
        strayNote.notes["x1"] = "A note on nothing."
        var noFingerprint = Self.response("ok")
        noFingerprint.frameworkFingerprint = nil
        let selection = ResponseSelection(loaded: [
            Self.loaded("q.yaml", unknownQuestion), Self.loaded("s.yaml", unknownStage), Self.loaded("f.yaml", otherShape),
            Self.loaded("n.yaml", strayNote), Self.loaded("ok.yaml", noFingerprint), Self.loaded("plain.yaml", Self.response("p")),
        ], framework: F.framework)
        #expect(selection.pathsToCheck == ["q.yaml", "s.yaml", "f.yaml", "n.yaml"])
        #expect(selection.responses.count == 6)
    }
}
