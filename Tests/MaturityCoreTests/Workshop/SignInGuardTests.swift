import MaturityCore
import Testing

/// Who may try to sign in, and how long a wrong code waits: a room behind one router gets in,
/// a flood from one machine does not crowd out the others.
@Suite struct SignInGuardTests {
    let limits = SignInGuard.Limits(pendingPerAddress: 10, pendingPerSuspectAddress: 2, pendingInAll: 15,
                                     suspectAfter: 5, window: 60, delay: 1, suspectDelay: 5)

    @Test func aWholeRoomBehindOneAddressGetsIn() {
        var guardian = SignInGuard(limits: .forRoom(seats: 200))
        for _ in 0..<200 {
            #expect(guardian.connectionOpened(from: "10.0.0.1", at: 0) == .allow)
        }
        #expect(guardian.pendingCount(from: "10.0.0.1") == 200)
    }

    @Test func oneAddressCannotHoldMoreThanItsShare() {
        var guardian = SignInGuard(limits: limits)
        for _ in 0..<10 { #expect(guardian.connectionOpened(from: "a", at: 0) == .allow) }
        #expect(guardian.connectionOpened(from: "a", at: 0) == .tooManyFromAddress)
        // Others still get in, up to the limit for everyone.
        for _ in 0..<5 { #expect(guardian.connectionOpened(from: "b", at: 0) == .allow) }
        #expect(guardian.connectionOpened(from: "c", at: 0) == .tooManyInAll)
        // Signing in (or leaving) frees the place.
        guardian.connectionLeftPending(from: "a")
        #expect(guardian.connectionOpened(from: "c", at: 0) == .allow)
        #expect(guardian.pendingInAll == 15)
    }

    @Test func leavingMoreThanOnceNeverGoesBelowZero() {
        var guardian = SignInGuard(limits: limits)
        _ = guardian.connectionOpened(from: "a", at: 0)
        guardian.connectionLeftPending(from: "a")
        guardian.connectionLeftPending(from: "a")
        guardian.connectionLeftPending(from: "never-seen")
        #expect(guardian.pendingCount(from: "a") == 0)
        #expect(guardian.pendingInAll == 0)
    }

    @Test func wrongCodesWaitLongerOnceAnAddressSendsMany() {
        var guardian = SignInGuard(limits: limits)
        let delays = (0..<6).map { guardian.wrongCode(from: "a", at: Double($0)) }
        #expect(delays == [1, 1, 1, 1, 5, 5])
        // Another address is not slowed by it.
        #expect(guardian.wrongCode(from: "b", at: 6) == 1)
    }

    @Test func aSuspectAddressMayHoldOnlyAFewConnections() {
        var guardian = SignInGuard(limits: limits)
        for second in 0..<5 { _ = guardian.wrongCode(from: "a", at: Double(second)) }
        #expect(guardian.connectionOpened(from: "a", at: 5) == .allow)
        #expect(guardian.connectionOpened(from: "a", at: 5) == .allow)
        #expect(guardian.connectionOpened(from: "a", at: 5) == .tooManyFromAddress)
        #expect(guardian.connectionOpened(from: "b", at: 5) == .allow)
    }

    @Test func oldWrongCodesAreForgotten() {
        var guardian = SignInGuard(limits: limits)
        for second in 0..<5 { _ = guardian.wrongCode(from: "a", at: Double(second)) }
        #expect(guardian.wrongCode(from: "a", at: 10) == 5)
        // A minute after the last of them, the address is trusted again.
        #expect(guardian.wrongCode(from: "a", at: 200) == 1)
        for _ in 0..<3 { #expect(guardian.connectionOpened(from: "a", at: 200) == .allow) }
    }
}
