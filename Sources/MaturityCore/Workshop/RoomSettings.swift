/// The workshop room's limits and defaults, in one place for the server, its options and the docs.
public enum RoomSettings {
    public static let defaultPort = 2222
    public static let defaultMaximumParticipants = 200
    /// A participant who presses no key for this long is disconnected (answers kept).
    public static let defaultIdleMinutes = 30
    /// The user name the projector shows; any name that is not a rejoin name starts afresh.
    public static let joinUser = "join"
    /// The user name that asks for the questions line by line (screen readers, braille displays).
    public static let plainUser = "plain"
    /// A connection must be signed in within this many seconds, or it is closed.
    public static let signInSeconds = 60
    /// A signed-in connection that opens no session within this many seconds is closed.
    public static let sessionOpenSeconds = 60
    /// Wrong codes one connection may try before it is closed, as OpenSSH clients ask three times.
    public static let wrongCodesPerConnection = 3
    /// How long the assessments get to save and close when the workshop ends, before they are stopped.
    public static let closingSeconds = 3
}
