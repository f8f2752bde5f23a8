import MaturityCore
import MaturityUI
import Testing

/// Line by line, the results explain themselves: how much they rest on before the headline,
/// what each stage means, where to start, and the rest of the steps by dimension.
@Suite struct PlainResultsTests {
    func finished(_ answers: [String]) -> [String] {
        let response = Response.new(to: Fixtures.framework, id: "plain", organisation: "Example Trust", at: Fixtures.start)
        var plain = PlainSession(framework: Fixtures.framework, response: response, askDetails: false)
        _ = plain.start()
        var last: [String] = []
        for line in answers where !plain.isFinished { last = plain.input(line, at: Fixtures.start).output }
        while !plain.isFinished { last = plain.input("", at: Fixtures.start).output }
        return last
    }

    /// The case: two answers out of 28 gave a headline with a strongest and a weakest.
    @Test func twoAnswersSayHowLittleTheyRestOnAndNameNoStrongest() {
        let lines = finished(["4", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "2"])
        let basis = lines.firstIndex(of: "These results rest on 2 of 28 questions answered with a statement, in 2 of 7 dimensions.")
        let headline = lines.firstIndex { $0.hasPrefix("Overall: ") }
        #expect(basis != nil && headline != nil && basis! < headline!)
        #expect(!lines.contains { $0.hasPrefix("Strongest: ") })
        #expect(lines.contains("With answers in so few dimensions, no dimension is named strongest or weakest yet."))
    }

    @Test func eachStageIsExplainedAndTheFirstIsAStart() {
        let lines = finished(Array(repeating: "1", count: 28))
        #expect(lines.contains("Overall: Unaware, 1.0 of 5."))
        #expect(lines.contains("  Data is not yet part of how the organisation thinks or works, beyond the records it has to keep."))
        #expect(lines.contains("Unaware is a starting point, not a mark against you: it is where every organisation begins, and its steps are the simplest to take."))
        let uses = lines.firstIndex(of: "Uses: Unaware, 1.0.")
        #expect(uses.map { lines[$0 + 1].hasPrefix("  Data is not yet part") } == true)
        #expect(lines.contains { $0.hasPrefix("Strongest: ") } == false, "all equal: no strongest")
    }

    @Test func whereToStartComesFirstThenTheRestByDimension() {
        // Uses at Learning, Tools at Unaware, everything else at Developing.
        var answers = Array(repeating: "4", count: 28)
        for index in 0..<4 { answers[index] = "3" }
        for index in 20..<24 { answers[index] = "1" }
        let lines = finished(answers)
        let start = lines.firstIndex(of: "Where to start")
        let rest = lines.firstIndex(of: "Next steps")
        #expect(start != nil && rest != nil && start! < rest!)
        #expect(start.map { lines[$0 + 1].hasPrefix("  Tools: ") } == true)
        #expect(start.map { lines[$0 + 2].hasPrefix("  Uses: ") } == true)
        #expect(lines.contains("Tools, from Unaware toward Emerging:"))
    }

    @Test func theTopStageSaysKeepItUp() {
        var answers = Array(repeating: "4", count: 28)
        for index in 0..<4 { answers[index] = "5" }
        let lines = finished(answers)
        #expect(lines.contains("Uses: Mastering, the top stage. Keep it up: look again once a year, and share what works with others."))
    }
}
