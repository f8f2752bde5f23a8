/// What the presenter shows of the room itself: how to join, and how many are in it.
public struct RoomStatus: Sendable, Equatable {
    public var instructions: JoinInstructions
    /// People connected now.
    public var connected: Int
    /// People who have joined since the workshop started (a rejoin is not counted twice).
    public var joined: Int
    /// The most people connected at once.
    public var seats: Int

    public init(instructions: JoinInstructions, connected: Int = 0, joined: Int = 0, seats: Int = RoomSettings.defaultMaximumParticipants) {
        self.instructions = instructions
        self.connected = connected
        self.joined = joined
        self.seats = seats
    }
}
