import MaturityCore
import NIOCore
import NIOSSH

/// One participant's TCP connection: who it signed in as, and the limits on it. It must sign in
/// within a minute, may try three wrong codes, and must then open its one session within a
/// minute; otherwise it is closed, so that idle or hostile connections cannot pile up.
///
/// Confined to the room's event loop.
final class Connection: @unchecked Sendable {
    let room: Room
    let address: String
    let channel: Channel
    private(set) var userName: String?
    private(set) var wrongCodes = 0
    private var pending = true
    private var hasSession = false
    private var deadline: Scheduled<Void>?

    init(room: Room, address: String, channel: Channel) {
        self.room = room
        self.address = address
        self.channel = channel
    }

    /// Whether the room lets it in at all; starts the clock for signing in.
    func opened() -> Bool {
        guard room.connectionOpened(channel, from: address) else { return false }
        closeAfter(seconds: RoomSettings.signInSeconds)
        return true
    }

    func closed() {
        deadline?.cancel()
        room.connectionClosed(channel, from: address, wasPending: pending)
        pending = false
    }

    func signedIn(as name: String) {
        guard pending else { return }
        pending = false
        userName = name
        room.connectionSignedIn(from: address)
        closeAfter(seconds: RoomSettings.sessionOpenSeconds)
    }

    /// A wrong code: how long to wait before saying so, and whether to close afterwards.
    func wrongCode() -> (wait: TimeAmount, close: Bool) {
        wrongCodes += 1
        return (room.wrongCode(from: address), wrongCodes >= RoomSettings.wrongCodesPerConnection)
    }

    /// The first session on this connection; false for any other.
    func claimSession() -> Bool {
        guard userName != nil, !hasSession else { return false }
        hasSession = true
        deadline?.cancel()
        return true
    }

    func sessionEnded() {
        // The client closes the connection when its session ends; one that does not is closed.
        closeAfter(seconds: 5)
    }

    private func closeAfter(seconds: Int) {
        deadline?.cancel()
        let channel = channel
        deadline = channel.eventLoop.scheduleTask(in: .seconds(Int64(seconds))) { channel.close(promise: nil) }
    }
}

/// Signs participants in with the room code as their password; any user name is accepted.
/// A wrong code waits before it is refused and never starts anything.
final class RoomCodeCheck: NIOSSHServerUserAuthenticationDelegate, @unchecked Sendable {
    let connection: Connection
    let code: RoomCode

    init(connection: Connection, code: RoomCode) {
        self.connection = connection
        self.code = code
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .password }

    func requestReceived(request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        guard case .password(let password) = request.request else {
            responsePromise.succeed(.failure)
            return
        }
        if request.username.utf8.count <= 64, code.accepts(password.password) {
            connection.signedIn(as: request.username)
            responsePromise.succeed(.success)
            return
        }
        let (wait, close) = connection.wrongCode()
        let channel = connection.channel
        channel.eventLoop.scheduleTask(in: wait) {
            responsePromise.succeed(.failure)
            if close { channel.close(promise: nil) }
        }
    }
}

/// The first handler on every connection: asks the room whether it may come in, and tells the
/// room when it goes.
final class ConnectionWatch: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    let connection: Connection

    init(connection: Connection) {
        self.connection = connection
    }

    func channelActive(context: ChannelHandlerContext) {
        guard connection.opened() else {
            context.close(promise: nil)
            return
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection.closed()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // A protocol error or a reset: this connection ends, nobody else's.
        context.close(promise: nil)
    }
}

/// The last handler on every connection: a protocol error ends that connection, nobody else's.
final class ConnectionErrorHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
