import MaturityCore

/// Everything the room needs to know, fixed when the workshop starts.
public struct RoomConfiguration: Sendable {
    /// The `maturity` program that each participant runs.
    public var program: String
    /// The answers folder, a full path.
    public var folder: String
    /// `--framework` for the participants: an id, or a full path.
    public var framework: String
    public var frameworkFolders: [String]
    /// Languages the framework can be shown in (its own and its translations'), for `--lang`.
    public var languages: Set<String>
    /// The framework's own language: the server's words before a participant's is known.
    public var frameworkLanguage: String
    /// The workshop's `--lang`: the language of participants whose client sends none, and of
    /// the server's words before a participant's is known; nil for the framework's own.
    public var roomLanguage: String?
    /// The language of whoever has not said theirs.
    public var defaultLanguage: String { roomLanguage ?? frameworkLanguage }
    public var code: RoomCode
    public var hostKey: HostKey
    public var listen: String
    public var port: Int
    public var seats: Int
    /// A participant who presses no key for this long is disconnected, their answers kept.
    public var idleSeconds: Int
    /// The host's environment, from which the participants' is made.
    public var hostEnvironment: [String: String]
    /// This machine's addresses, to show; found when the server has started.
    public var interfaces: [JoinAddresses.Interface]

    public init(program: String, folder: String, framework: String, frameworkFolders: [String], languages: Set<String>,
                frameworkLanguage: String, roomLanguage: String? = nil, code: RoomCode, hostKey: HostKey, listen: String, port: Int, seats: Int,
                idleSeconds: Int, hostEnvironment: [String: String], interfaces: [JoinAddresses.Interface]) {
        self.program = program
        self.folder = folder
        self.framework = framework
        self.frameworkFolders = frameworkFolders
        self.languages = languages
        self.frameworkLanguage = frameworkLanguage
        self.roomLanguage = roomLanguage
        self.code = code
        self.hostKey = hostKey
        self.listen = listen
        self.port = port
        self.seats = seats
        self.idleSeconds = idleSeconds
        self.hostEnvironment = hostEnvironment
        self.interfaces = interfaces
    }
}
