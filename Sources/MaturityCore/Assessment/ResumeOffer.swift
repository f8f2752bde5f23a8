/// An unfinished assessment of this person's, offered on start. It carries the response
/// itself, so that accepting the offer needs nothing more from the disk.
public struct ResumeOffer: Sendable, Equatable {
    /// The response's file, which this session then saves to.
    public var path: String
    public var response: Response

    public init(path: String, response: Response) {
        self.path = path
        self.response = response
    }

    /// How many answers the file holds.
    public var answered: Int { response.answers.count }
    /// When the last answer was given.
    public var updated: Timestamp { response.updated }
    public var organisation: String { response.organisation }
}
