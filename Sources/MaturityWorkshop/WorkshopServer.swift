import Foundation
import MaturityCore
import MaturityUI
import NIOCore
import NIOPosix
import NIOSSH

/// The workshop's SSH server: listens, signs participants in with the room code, and gives each
/// the assessment in a process of its own (see `Room`). Runs on one event loop thread of its own;
/// the presenter runs on the main thread and reads `status`.
public final class WorkshopServer: @unchecked Sendable {
    public struct StartProblem: Error, CustomStringConvertible {
        public let description: String
    }

    /// What the workshop did, for the host's closing line.
    public struct Summary: Sendable {
        public var joined: Int
        public var responseIDs: [String]
        public var startFailures: Int
    }

    private let group: MultiThreadedEventLoopGroup
    private let room: Room
    private let listener: Channel

    /// The port listened on.
    public var port: Int { room.port }
    public var status: RoomStatus { room.status }

    private init(group: MultiThreadedEventLoopGroup, room: Room, listener: Channel) {
        self.group = group
        self.room = room
        self.listener = listener
    }

    /// Listens and starts taking participants. A port in use, not allowed, or an address this
    /// machine does not have is a `StartProblem` in plain words.
    public static func start(_ configuration: RoomConfiguration) throws(StartProblem) -> WorkshopServer {
        raiseDescriptorLimit()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let room = Room(configuration: configuration, loop: loop, port: configuration.port)
        let hostKey = configuration.hostKey.sshKey
        let banner = SSHServerConfiguration.UserAuthBanner(
            message: ScreenText(language: configuration.defaultLanguage).workshopBanner + "\r\n",
            languageTag: configuration.defaultLanguage)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.tcpOption(.tcp_nodelay), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let address = channel.remoteAddress?.ipAddress ?? "unknown"
                    let connection = Connection(room: room, address: address, channel: channel)
                    var server = SSHServerConfiguration(hostKeys: [hostKey], userAuthDelegate: RoomCodeCheck(connection: connection, code: configuration.code),
                                                        globalRequestDelegate: nil, banner: banner)
                    server.maxAuthAttempts = 16
                    // The smallest packets SSH allows: a connection's window (64 packets) is then
                    // 2 MB, the most a participant can send that waits in the server unread.
                    server.maximumPacketSize = 32_768
                    let ssh = NIOSSHHandler(role: .server(server), allocator: channel.allocator) { child, type in
                        // Sessions only: port forwarding of any kind is refused when the channel opens.
                        guard case .session = type else { return child.eventLoop.makeFailedFuture(ChannelError.operationUnsupported) }
                        return child.eventLoop.makeCompletedFuture {
                            try child.pipeline.syncOperations.addHandler(SessionHandler(room: room, connection: connection))
                        }
                    }
                    try channel.pipeline.syncOperations.addHandlers([ConnectionWatch(connection: connection), ssh, ConnectionErrorHandler()])
                }
            }
        let listener: Channel
        do {
            listener = try bootstrap.bind(host: configuration.listen, port: configuration.port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw StartProblem(description: describe(error, configuration: configuration))
        }
        room.port = listener.localAddress?.port ?? configuration.port
        try? loop.submit { room.start() }.wait()
        return WorkshopServer(group: group, room: room, listener: listener)
    }

    /// Ends the workshop (see `Room.end`) and stops listening; waits until it is done.
    public func end() -> Summary {
        try? listener.close().wait()
        try? room.end().wait()
        let ids = (try? room.responseIDs().wait()) ?? []
        let failures = (try? room.loop.submit { self.room.startFailures }.wait()) ?? 0
        try? group.syncShutdownGracefully()
        return Summary(joined: ids.count, responseIDs: ids, startFailures: failures)
    }

    private static func describe(_ error: Error, configuration: RoomConfiguration) -> String {
        let place = "\(configuration.listen) port \(configuration.port)"
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE:
                return "port \(configuration.port) is already in use on this machine (another workshop, or an SSH server?); choose another with --port, such as --port \(configuration.port == 2222 ? 2223 : 2222)"
            case EACCES:
                return "this user may not listen on port \(configuration.port): ports below 1024 need root; choose one above, such as --port 2222"
            case EADDRNOTAVAIL:
                return "this machine has no address \(configuration.listen); leave --listen out to listen on all of them"
            default:
                return "cannot listen on \(place): \(String(cString: strerror(error.errnoCode)))"
            }
        }
        if error is SocketAddressError || error is SocketAddressError.UnknownHost {
            return "\(configuration.listen) is not an address; give --listen an address such as 192.168.1.23, or leave it out"
        }
        return "cannot listen on \(place): \(error)"
    }

    /// Each participant needs a few descriptors (connection, terminal): take what the system allows.
    private static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = min(limit.rlim_max, 1 << 16)
        setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
    }
}
