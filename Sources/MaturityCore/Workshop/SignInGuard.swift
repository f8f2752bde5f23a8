/// Decides, for each address, whether a new connection may try to sign in and how long a wrong
/// code waits before it is refused. A value: the server feeds it events with their time, so the
/// rules are tested without a network or a clock.
///
/// The rules: every wrong code waits a second before it is refused (as OpenSSH does), so that
/// guessing is slow; an address that has sent many wrong codes lately waits longer and may hold
/// only a few connections that are not signed in yet, so one machine flooding the room cannot
/// crowd out the others; and no address may hold more connections that are not signed in than
/// the room has seats, plus a margin, so that a whole room behind one router still gets in.
public struct SignInGuard: Sendable {
    public struct Limits: Sendable, Equatable {
        /// Connections not yet signed in, from one address, in the normal case.
        public var pendingPerAddress: Int
        /// The same, for an address that has sent many wrong codes lately.
        public var pendingPerSuspectAddress: Int
        /// Connections not yet signed in, from everywhere.
        public var pendingInAll: Int
        /// Wrong codes within `window` seconds that make an address suspect.
        public var suspectAfter: Int
        public var window: Double
        /// Seconds before a wrong code is refused, normally and for a suspect address.
        public var delay: Double
        public var suspectDelay: Double

        public init(pendingPerAddress: Int, pendingPerSuspectAddress: Int = 8, pendingInAll: Int,
                    suspectAfter: Int = 20, window: Double = 60, delay: Double = 1, suspectDelay: Double = 5) {
            self.pendingPerAddress = pendingPerAddress
            self.pendingPerSuspectAddress = pendingPerSuspectAddress
            self.pendingInAll = pendingInAll
            self.suspectAfter = suspectAfter
            self.window = window
            self.delay = delay
            self.suspectDelay = suspectDelay
        }

        /// For a room of `seats`: every seat can be signing in at once from one address, with a margin.
        public static func forRoom(seats: Int) -> Limits {
            Limits(pendingPerAddress: seats + 20, pendingInAll: max(256, seats * 4))
        }
    }

    public let limits: Limits
    private var pending: [String: Int] = [:]
    private var pendingTotal = 0
    /// When each address's recent wrong codes came, oldest first.
    private var wrongCodes: [String: [Double]] = [:]

    public init(limits: Limits) {
        self.limits = limits
    }

    public enum Decision: Sendable, Equatable {
        case allow
        /// Too many connections from this address are signing in at once.
        case tooManyFromAddress
        /// Too many connections from everywhere are signing in at once.
        case tooManyInAll
    }

    /// A new connection from `address` at `time`: counted as pending when allowed.
    public mutating func connectionOpened(from address: String, at time: Double) -> Decision {
        forgetOld(address, now: time)
        let limit = isSuspect(address) ? limits.pendingPerSuspectAddress : limits.pendingPerAddress
        if pending[address, default: 0] >= limit { return .tooManyFromAddress }
        if pendingTotal >= limits.pendingInAll { return .tooManyInAll }
        pending[address, default: 0] += 1
        pendingTotal += 1
        return .allow
    }

    /// A pending connection signed in, or closed before it did.
    public mutating func connectionLeftPending(from address: String) {
        guard let count = pending[address], count > 0 else { return }
        pending[address] = count == 1 ? nil : count - 1
        pendingTotal -= 1
    }

    /// A wrong code from `address` at `time`: how many seconds to wait before refusing it.
    public mutating func wrongCode(from address: String, at time: Double) -> Double {
        forgetOld(address, now: time)
        wrongCodes[address, default: []].append(time)
        return isSuspect(address) ? limits.suspectDelay : limits.delay
    }

    public func pendingCount(from address: String) -> Int { pending[address, default: 0] }
    public var pendingInAll: Int { pendingTotal }

    func isSuspect(_ address: String) -> Bool {
        (wrongCodes[address]?.count ?? 0) >= limits.suspectAfter
    }

    private mutating func forgetOld(_ address: String, now: Double) {
        guard var times = wrongCodes[address] else { return }
        let oldest = now - limits.window
        if let keep = times.firstIndex(where: { $0 > oldest }) {
            if keep > 0 { times.removeFirst(keep) }
            wrongCodes[address] = times
        } else {
            wrongCodes[address] = nil
        }
    }
}
