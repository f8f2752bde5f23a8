import MaturityCore

/// How far a screen scrolls, and how far a page moves, at one size: what the scrolling keys
/// need from a layout, kept between keys.
struct ScrollMetrics: Sendable, Equatable {
    var maxScroll: Int
    var pageSize: Int

    /// Everything that shapes the screen's lines (not the scroll offsets, which only choose
    /// which lines show).
    struct Key: Equatable {
        var screen: AppState.Screen
        var size: Size
        var response: Response
        var savedPath: String?
        var hasSeenResults: Bool
        var questionIndex: Int
        var highlighted: Int
        var overviewSelection: Int
        var form: WelcomeForm
        var noteLength: Int
        var workshop: WorkshopSeat?
        var message: AppState.StatusMessage?
    }

    /// The last figures worked out and what they were worked out for. A reference, so that
    /// reading them (in a non-mutating key handler) can keep them; copies of a state share it,
    /// which is safe because a hit needs the whole key to match.
    final class Memo: @unchecked Sendable {
        private var key: Key?
        private var metrics: ScrollMetrics?

        func metrics(for key: Key) -> ScrollMetrics? {
            self.key == key ? metrics : nil
        }

        func store(_ metrics: ScrollMetrics, for key: Key) {
            self.key = key
            self.metrics = metrics
        }
    }
}
