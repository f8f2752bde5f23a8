import MaturityCore
import MaturityUI
import Testing

/// The host's closing lines, in the presenter's language: who joined, finished and did not,
/// those who gave no answer, assessments that could not start, and the command to run next.
@Suite struct WorkshopClosingTests {
    @Test func theClosingLineCountsWhoFinished() {
        let words = ScreenText.english
        func closing(_ counts: WorkshopCounts) -> String { words.workshopClosing(counts, folder: "answers") }
        let next = "\nTheir answers are in answers. Next: maturity report answers -o report.html"
        #expect(closing(WorkshopCounts(joined: 0, finished: 0, unfinished: 0)) == "Workshop ended: nobody joined." + next)
        #expect(closing(WorkshopCounts(joined: 1, finished: 1, unfinished: 0))
                == "Workshop ended: 1 person joined; 1 finished, 0 did not finish." + next)
        #expect(closing(WorkshopCounts(joined: 23, finished: 19, unfinished: 3))
                == "Workshop ended: 23 people joined; 19 finished, 3 did not finish, 1 gave no answer." + next)
        #expect(closing(WorkshopCounts(joined: 2, finished: 0, unfinished: 0, failedToStart: 2))
                == "Workshop ended: 2 people joined; 0 finished, 0 did not finish, 2 gave no answer. 2 assessments could not be started on this machine." + next)
    }

    @Test(arguments: ["fr", "es", "cy"])
    func theClosingLineIsInThePresentersLanguage(language: String) {
        let text = ScreenText(language: language).workshopClosing(WorkshopCounts(joined: 23, finished: 19, unfinished: 3, failedToStart: 1),
                                                                   folder: "answers")
        for english in ["Workshop ended", "joined", "finished", "gave no answer", "could not be started", "Their answers", "Next"] {
            #expect(!text.contains(english), "\(language): \(english) in \(text)")
        }
        #expect(text.contains("23") && text.contains("19") && text.contains("maturity report answers"))
    }
}
