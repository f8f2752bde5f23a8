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

    /// "Workshop ended: 23 people joined; 19 finished, 4 did not finish." Those who joined but
    /// gave no answer have no file, and are counted as neither.
    public var sentence: String {
        guard joined > 0 else { return "Workshop ended: nobody joined." }
        var sentence = "Workshop ended: \(joined) \(joined == 1 ? "person" : "people") joined; \(finished) finished, \(unfinished) did not finish"
        let silent = joined - finished - unfinished
        if silent > 0 { sentence += ", \(silent) gave no answer" }
        sentence += "."
        if failedToStart > 0 {
            sentence += " \(failedToStart) assessment\(failedToStart == 1 ? "" : "s") could not be started on this machine."
        }
        return sentence
    }
}
