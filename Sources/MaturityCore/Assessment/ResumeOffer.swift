/// This person's assessment offered on start: an unfinished one to carry on, or, when there is
/// none, the last one they finished, to see its results again. It carries the response itself,
/// so that accepting the offer needs nothing more from the disk.
public struct ResumeOffer: Sendable, Equatable {
    /// The response's file, which this session then saves to.
    public var path: String
    public var response: Response

    public init(path: String, response: Response) {
        self.path = path
        self.response = response
    }

    /// The offered response is finished: accepting the offer shows its results again (every
    /// question is answered, so `Assessment.resume` goes to the end).
    public var isFinished: Bool { response.status == .complete }

    /// How many answers the file holds.
    public var answered: Int { response.answers.count }
    /// When the last answer was given.
    public var updated: Timestamp { response.updated }
    public var organisation: String { response.organisation }

    /// What to offer on start: the unfinished response, to carry on, before the last finished
    /// one; nothing when the person asked to carry on at once (`--resume`, which never shows
    /// results instead of asking questions) and nothing is unfinished.
    public static func choose(unfinished: ResumeOffer?, lastFinished: ResumeOffer?, resumingAtOnce: Bool) -> ResumeOffer? {
        if let unfinished { return unfinished }
        return resumingAtOnce ? nil : lastFinished
    }
}
