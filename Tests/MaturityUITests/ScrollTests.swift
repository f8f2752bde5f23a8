import MaturityUI
import Testing

/// The one scrolling rule of the assessment's views and the workshop view.
@Suite struct ScrollTests {
    static let scrollingKeys: [Key] = [.up, .down, .character("j"), .character("k"), .pageUp, .pageDown, .home, .end]

    @Test func everyScrollingKeyKeepsTheOffsetWithinTheView() {
        for limit in -2...12 {
            for offset in -3...15 {
                for key in Self.scrollingKeys {
                    let moved = Scroll.offset(offset, after: key, page: 5, limit: limit)
                    #expect(moved.map { (0...max(0, limit)).contains($0) } == true, "\(key) from \(offset), limit \(limit)")
                }
            }
        }
    }

    @Test func eachKeyMovesAsTheKeyBarSays() {
        #expect(Scroll.offset(4, after: .down, page: 5, limit: 10) == 5)
        #expect(Scroll.offset(4, after: .character("k"), page: 5, limit: 10) == 3)
        #expect(Scroll.offset(4, after: .pageDown, page: 5, limit: 10) == 9)
        #expect(Scroll.offset(4, after: .pageUp, page: 5, limit: 10) == 0)
        #expect(Scroll.offset(4, after: .end, page: 5, limit: 10) == 10)
        #expect(Scroll.offset(4, after: .home, page: 5, limit: 10) == 0)
        // A screenful less one line, so that a line stays in view to read on from.
        #expect(Scroll.page(rows: 12) == 11)
        #expect(Scroll.page(rows: 0) == 1)
    }

    @Test func otherKeysDoNotScrollAndCostNoLayout() {
        var laidOut = false
        func limit() -> Int { laidOut = true; return 10 }
        for key in [Key.enter, .character("q"), .tab, .left, .resize(Size(width: 80, height: 24))] {
            #expect(Scroll.offset(3, after: key, page: limit(), limit: limit()) == nil)
        }
        #expect(!laidOut)
    }
}
