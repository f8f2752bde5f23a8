/// The host's closing line when a workshop ends: how many joined, finished and did not.
public struct WorkshopCounts: Sendable, Equatable {
    public var joined: Int
    /// Of those who joined, whose response is complete.
    public var finished: Int
    /// Of those who joined, whose response is saved but not complete.
    public var unfinished: Int
    /// Assessments that could not be started on this machine.
    public var failedToStart: Int

    public init(joined: Int, finished: Int, unfinished: Int, failedToStart: Int = 0) {
        self.joined = joined
        self.finished = finished
        self.unfinished = unfinished
        self.failedToStart = failedToStart
    }

    /// Those who joined but gave no answer: they have no file, and are counted as neither.
    public var silent: Int { max(0, joined - finished - unfinished) }
}
