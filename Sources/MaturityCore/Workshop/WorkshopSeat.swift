/// A participant's place in a workshop room, as their assessment knows it: the command that
/// brings them back after a dropped connection, shown on their screens.
public struct WorkshopSeat: Sendable, Equatable {
    /// `ssh -p 2222 otter-maple-42@192.168.1.23`.
    public var rejoinCommand: String

    public init(rejoinCommand: String) {
        self.rejoinCommand = rejoinCommand
    }

    /// The rejoin name inside the command: what comes before the `@` of its last word.
    public var name: String {
        let last = rejoinCommand.split(separator: " ").last.map(String.init) ?? rejoinCommand
        return last.split(separator: "@", maxSplits: 1).first.map(String.init) ?? last
    }
}
