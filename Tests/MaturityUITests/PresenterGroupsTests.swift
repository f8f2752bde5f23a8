import MaturityCore
import MaturityUI
import Testing

/// Grouping on the projector: no group under the minimum on its own, and no way to work one
/// out by subtracting the shown groups from the whole room.
@Suite struct PresenterGroupsTests {
    /// Responses in teams of the given sizes (nil: no team given), each team answering its own stage.
    static func room(_ sizes: [(String?, Int)]) -> [Response] {
        let stages = ["unaware", "emerging", "learning", "developing", "mastering"]
        var responses: [Response] = []
        for (teamIndex, (team, size)) in sizes.enumerated() {
            for person in 0..<size {
                responses.append(PresenterTests.response("\(teamIndex)-\(person)", team: team, stage: stages[teamIndex % stages.count]))
            }
        }
        return responses
    }

    /// The room by team, as the projector has it.
    static func groups(_ sizes: [(String?, Int)], minimum: Int = 3) -> GroupBreakdown? {
        RoomFigures(responses: room(sizes), framework: Fixtures.framework, minimumSize: minimum, words: .english).breakdown(by: .team)
    }

    @Test func teamsOfThreeThreeAndOneDoNotGiveTheLonePersonAway() throws {
        let groups = try #require(Self.groups([("Finance", 3), ("Operations", 3), ("Board", 1)]))
        // Operations alone would leave Finance + Board = 4, fine; Finance and Operations both
        // shown would leave Board's one person to subtraction.
        #expect(groups.groups.map(\.name) == ["Operations"])
        #expect(groups.othersLine(words: .english)?.name == "4 people in smaller teams")
        #expect(groups.othersLine(words: .english)?.summary.respondents == 4)
        #expect(groups.hidden.groups == 2)
    }

    @Test func nothingIsPooledWhenNoGroupIsSmall() throws {
        let groups = try #require(Self.groups([("Finance", 3), ("Operations", 4), ("Trustees", 3)]))
        #expect(groups.groups.map(\.name) == ["Finance", "Operations", "Trustees"])
        #expect(groups.othersLine(words: .english) == nil)
    }

    @Test func peopleWithoutATeamCountAsLeftOverToo() throws {
        let groups = try #require(Self.groups([("Finance", 3), ("Operations", 4), (nil, 1)]))
        #expect(groups.groups.map(\.name) == ["Operations"])
        #expect(groups.othersLine(words: .english)?.name == "4 people in smaller or no teams")
    }

    @Test func smallGroupsThatTogetherReachTheMinimumArePooledAlone() throws {
        let groups = try #require(Self.groups([("Finance", 5), ("Board", 1), ("Trustees", 1), ("Volunteers", 1)]))
        #expect(groups.groups.map(\.name) == ["Finance"])
        #expect(groups.othersLine(words: .english)?.summary.respondents == 3)
    }

    @Test func aRoomSmallerThanTheMinimumShowsNoGroupLine() {
        // Below the minimum the room sees only how many have answered: no grouping at all.
        #expect(Self.groups([("Finance", 1), ("Board", 1)]) == nil)
    }

    /// Whatever the sizes, every line holds at least the minimum, and the lines add up to the
    /// whole room, so that subtraction reveals nothing smaller than a line.
    @Test(arguments: [2, 3, 4])
    func noLineIsSmallAndTheLinesCoverTheRoom(minimum: Int) {
        var generator = SeededSizes(seed: UInt64(minimum))
        for _ in 0..<200 {
            let sizes: [(String?, Int)] = (0..<generator.next(upTo: 6)).map { ("Team \($0)", 1 + generator.next(upTo: 6)) }
                + (generator.next(upTo: 3) == 0 ? [(nil, 1 + generator.next(upTo: 3))] : [])
            let total = sizes.reduce(0) { $0 + $1.1 }
            guard let groups = Self.groups(sizes, minimum: minimum) else {
                #expect(total < minimum, "\(sizes)")
                continue
            }
            #expect(groups.lines(words: .english).allSatisfy { $0.summary.respondents >= minimum }, "\(sizes)")
            if groups.lines(words: .english).isEmpty {
                // Nobody is lost: everyone is in the pool, which is then the whole room again.
                #expect(groups.hidden.people + groups.withoutValue == total, "\(sizes)")
            } else {
                #expect(groups.lines(words: .english).reduce(0) { $0 + $1.summary.respondents } == total, "\(sizes)")
            }
        }
    }

    @Test func theGroupedScreenNamesNoPooledGroup() {
        var state = PresenterState(framework: Fixtures.framework,
                                   snapshot: FolderSnapshot(complete: Self.room([("Finance", 3), ("Operations", 3), ("Board", 1)])))
        _ = state.handle(.character("g"))
        for size in [Size(width: 100, height: 40), Size(width: 80, height: 24)] {
            state.screenSize = size
            _ = state.handle(.home)
            let text = state.render(size: size).text
            #expect(text.contains("Operations"))
            #expect(text.contains("4 people in smaller teams") || text.contains("4 people in…"))
            #expect(!text.contains("Finance"))
            #expect(!text.contains("Board"))
        }
    }
}

/// A small seeded generator, so the sizes are the same on every run.
struct SeededSizes {
    var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next(upTo bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
