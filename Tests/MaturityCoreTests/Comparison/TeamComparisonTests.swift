import MaturityCore
import Testing

/// Groups by team or role, and the minimum size below which a group is not shown.
@Suite struct TeamComparisonTests {
    typealias F = ComparisonFixtures

    /// Fundraising 3 (three spellings), Finance 1, Operations 2, one without a team.
    static let responses = [
        F.response("f1", team: "Fundraising", F.all("unaware")),
        F.response("f2", team: "fundraising ", F.all("emerging")),
        F.response("f3", team: "  Fundraising", F.all("mastering")),
        F.response("n1", team: "Finance", F.all("developing")),
        F.response("o1", team: "Operations", F.all("emerging")),
        F.response("o2", team: "operations", F.all("emerging")),
        F.response("x1", team: "   ", F.all("mastering")),
    ]

    @Test func smallGroupsAreHiddenButCountInTheWhole() throws {
        let breakdown = GroupBreakdown(responses: Self.responses, framework: F.framework, by: .team)
        #expect(breakdown.minimumSize == 3)
        #expect(breakdown.groups.map(\.name) == ["Fundraising"])
        // Finance (1 person) and Operations (2 people) are hidden.
        #expect(breakdown.hidden == GroupBreakdown.Hidden(groups: 2, people: 3))
        // "   " is no team at all.
        #expect(breakdown.withoutValue == 1)
        #expect(breakdown.whole.respondents == 7)
        // Fundraising: everyone answered every question with one stage: 1, 2, 4 -> mean 7/3.
        let fundraising = try #require(breakdown.group(named: "FUNDRAISING"))
        #expect(fundraising.summary.respondents == 3)
        #expect(close(fundraising.summary.dimension("data")?.scores.mean, 7.0 / 3))
        // 1, 2, 4: three stages from end to end, but one person at each end: no split.
        #expect(fundraising.summary.dimension("data")?.isDisagreement == false)
        // Whole: 1 + 2 + 4 + 3 + 2 + 2 + 4 = 18 over 7.
        #expect(close(breakdown.whole.dimension("data")?.scores.mean, 18.0 / 7))
        #expect(breakdown.group(named: "Finance") == nil)
    }

    @Test func aSmallerMinimumShowsMoreGroups() {
        let two = GroupBreakdown(responses: Self.responses, framework: F.framework, by: .team, minimumSize: 2)
        // Of "Operations" and "operations", the spelling first in sort order is shown.
        #expect(two.groups.map(\.name) == ["Fundraising", "Operations"])
        #expect(two.hidden == GroupBreakdown.Hidden(groups: 1, people: 1))
        // A minimum of 0 means 1: every group shown.
        let all = GroupBreakdown(responses: Self.responses, framework: F.framework, by: .team, minimumSize: 0)
        #expect(all.minimumSize == 1)
        #expect(all.groups.map(\.name) == ["Finance", "Fundraising", "Operations"])
        #expect(all.hidden == GroupBreakdown.Hidden(groups: 0, people: 0))
        #expect(all.groups.reduce(0) { $0 + $1.summary.respondents } + all.withoutValue == all.whole.respondents)
    }

    @Test func groupingByRole() {
        let responses = [
            F.response("1", role: "Volunteer", F.all("emerging")),
            F.response("2", role: "Volunteer", F.all("developing")),
            F.response("3", role: "volunteer", F.all("developing")),
            F.response("4", role: nil, F.all("mastering")),
            F.response("5", role: nil, F.all("unaware")),
            F.response("6", role: "  ", F.all("unaware")),
        ]
        let breakdown = GroupBreakdown(responses: responses, framework: F.framework, by: .role)
        #expect(breakdown.groups.map(\.name) == ["Volunteer"])
        // (2 + 3 + 3) / 3 = 8/3
        #expect(close(breakdown.groups.first?.summary.overall.mean, 8.0 / 3))
        #expect(breakdown.withoutValue == 3 && breakdown.hidden.groups == 0)
        // Grouping by team instead: nobody has one.
        let byTeam = GroupBreakdown(responses: responses, framework: F.framework, by: .team)
        #expect(byTeam.groups.isEmpty && byTeam.withoutValue == 6 && byTeam.whole.respondents == 6)
    }

    @Test func responsesToAnotherFrameworkAreInNoGroup() {
        var other = F.framework
        other.id = "other"
        let responses = Self.responses + [F.response("z", team: "Fundraising", framework: other, F.all("mastering"))]
        let breakdown = GroupBreakdown(responses: responses, framework: F.framework, by: .team)
        #expect(breakdown.group(named: "Fundraising")?.summary.respondents == 3)
        #expect(breakdown.whole.respondents == 7)
        #expect(breakdown.whole.leftOut.map(\.responseID) == ["z"])
    }

    // MARK: - Secondary suppression

    /// Finance 3, Fundraising 3, Trustees 1 (docs/scoring.md's example): hiding Trustees alone
    /// would let the whole's mean, less Finance's and Fundraising's, give that one person's.
    @Test func aLonePersonCannotBeWorkedOutFromTheGroupsShown() {
        let responses = [
            F.response("a1", team: "Finance", F.all("unaware")), F.response("a2", team: "Finance", F.all("unaware")),
            F.response("a3", team: "Finance", F.all("emerging")),
            F.response("b1", team: "Fundraising", F.all("developing")), F.response("b2", team: "Fundraising", F.all("developing")),
            F.response("b3", team: "Fundraising", F.all("mastering")),
            F.response("t1", team: "Trustees", F.all("mastering")),
        ]
        let breakdown = GroupBreakdown(responses: responses, framework: F.framework, by: .team)
        // Of the two teams of 3, the one whose name sorts first is hidden too.
        #expect(breakdown.groups.map(\.name) == ["Fundraising"])
        #expect(breakdown.hidden == GroupBreakdown.Hidden(groups: 2, people: 4, protecting: 1))
        #expect(breakdown.whole.respondents == 7)
        // The four left over, together: a line that names no group.
        #expect(breakdown.others?.respondents == 4)
    }

    /// People who gave no team are left over as well: 3 in a team and 1 without.
    @Test func peopleWithoutAValueAreProtectedToo() {
        let responses = [
            F.response("a1", team: "Finance", F.all("unaware")), F.response("a2", team: "Finance", F.all("emerging")),
            F.response("a3", team: "Finance", F.all("emerging")), F.response("x", team: nil, F.all("mastering")),
        ]
        let breakdown = GroupBreakdown(responses: responses, framework: F.framework, by: .team)
        #expect(breakdown.groups.isEmpty)
        #expect(breakdown.hidden == GroupBreakdown.Hidden(groups: 1, people: 3, protecting: 1))
        #expect(breakdown.withoutValue == 1)
        #expect(breakdown.others?.respondents == 4)
        // With 3 left over, nothing more needs hiding.
        let more = responses + [F.response("y", team: nil, F.all("unaware")), F.response("z", team: "", F.all("unaware"))]
        let enough = GroupBreakdown(responses: more, framework: F.framework, by: .team)
        #expect(enough.groups.map(\.name) == ["Finance"])
        #expect(enough.hidden == GroupBreakdown.Hidden(groups: 0, people: 0, protecting: 0))
    }

    /// Whatever the teams, the people in no shown group are none or at least the minimum,
    /// unless no group is shown at all.
    @Test(arguments: 1...4)
    func theLeftOverAreNeverFewerThanTheMinimum(minimum: Int) {
        var generator = SplitMix(state: UInt64(minimum))
        for _ in 0..<200 {
            let count = Int.random(in: 1...14, using: &generator)
            let responses = (0..<count).map { index in
                F.response("r\(index)", team: ["A", "B", "C", "D", nil].randomElement(using: &generator)!,
                           F.all(F.stageIDs.randomElement(using: &generator)!))
            }
            let breakdown = GroupBreakdown(responses: responses, framework: F.framework, by: .team, minimumSize: minimum)
            let shown = breakdown.groups.reduce(0) { $0 + $1.summary.respondents }
            let leftOver = breakdown.whole.respondents - shown
            #expect(breakdown.groups.isEmpty || leftOver == 0 || leftOver >= minimum,
                    "\(breakdown.groups.map { ($0.name, $0.summary.respondents) }) of \(count), left over \(leftOver)")
            #expect(leftOver == breakdown.hidden.people + breakdown.withoutValue)
            #expect(breakdown.others.map { $0.respondents == leftOver && leftOver >= minimum } ?? true)
            #expect(breakdown.groups.allSatisfy { $0.summary.respondents >= minimum })
        }
    }
}
