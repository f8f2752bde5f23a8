import MaturityCore
import MaturityUI
import Testing

/// What the assessment says as it ends: where the answers are, and the one command that shows
/// the results again as a report.
@Suite struct ClosingLinesTests {
    func lines(status: Response.Status, options: [String] = []) -> ClosingLines {
        var response = Response.new(to: Fixtures.framework, id: "closing", organisation: "Example Trust", at: Fixtures.start)
        response.answers["uses-decisions"] = .stage("learning")
        response.status = status
        let saved = SavedCopy(path: "/srv/Food Bank/answers.yaml", response: response, inFallback: false)
        return ClosingLines(words: .english, framework: Fixtures.framework, given: response, saved: saved, usedFallback: false,
                            folder: "/srv/Food Bank", fallbackFolder: "/tmp/unsaved", inProgress: "in progress",
                            reportOptions: options)
    }

    @Test func aFinishedAssessmentSaysHowToSeeItsReport() {
        #expect(lines(status: .complete).output == [
            "Your answers are saved in /srv/Food Bank/answers.yaml (complete).",
            "To see your results again, as a web page with charts, run: maturity report '/srv/Food Bank/answers.yaml' -o report.html",
        ])
    }

    @Test func anUnfinishedOneIsCountedInItsReportAndItsFrameworkNamed() {
        #expect(lines(status: .inProgress, options: ["--framework", "my frameworks/team.yaml"]).output.last
                == "To see your results again, as a web page with charts, run: maturity report '/srv/Food Bank/answers.yaml' --include-in-progress --framework 'my frameworks/team.yaml' -o report.html")
    }
}
