import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// One participant, as the load test plays them: an SSH client (swift-nio-ssh) that signs in
/// with the room code, asks for an 80x24 terminal and the assessment, and records what arrives:
/// the screen's text, and the bytes on the wire (encrypted, as the network carries them).
final class SSHLoadClient: @unchecked Sendable {
    struct Figures {
        var started: UInt64 = 0
        /// When the welcome screen's text first arrived.
        var joined: UInt64?
        var failed: String?
        var wireBytesIn = 0
        var wireBytesOut = 0
        var screenText = ""
    }

    let figures = NIOLockedValueBox(Figures())
    private var session: Channel?
    private var connection: Channel?

    static func connect(port: Int, code: String, on group: EventLoopGroup) -> SSHLoadClient {
        let client = SSHLoadClient()
        client.figures.withLockedValue { $0.started = DispatchTime.now().uptimeNanoseconds }
        let bootstrap = ClientBootstrap(group: group)
            .channelOption(ChannelOptions.tcpOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let ssh = NIOSSHHandler(role: .client(.init(userAuthDelegate: PasswordOffer(code: code),
                                                                 serverAuthDelegate: AnyHostKey())),
                                            allocator: channel.allocator, inboundChildChannelInitializer: nil)
                    try channel.pipeline.syncOperations.addHandlers([WireCounter(client: client), ssh])
                }
            }
        bootstrap.connect(host: "127.0.0.1", port: port).flatMap { channel -> EventLoopFuture<Channel> in
            client.connection = channel
            return channel.pipeline.handler(type: NIOSSHHandler.self).flatMap { ssh in
                let promise = channel.eventLoop.makePromise(of: Channel.self)
                ssh.createChannel(promise, channelType: .session) { child, _ in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(ScreenReader(client: client))
                    }
                }
                return promise.futureResult
            }
        }.whenComplete { result in
            switch result {
            case .success(let channel): client.session = channel
            case .failure(let error): client.figures.withLockedValue { $0.failed = "\(error)" }
            }
        }
        return client
    }

    func type(_ text: String) {
        guard let session else { return }
        let data = SSHChannelData(type: .channel, data: .byteBuffer(ByteBuffer(string: text)))
        session.eventLoop.execute { session.writeAndFlush(data, promise: nil) }
    }

    func close() {
        connection?.close(promise: nil)
    }

    fileprivate func received(_ text: String) {
        figures.withLockedValue { figures in
            figures.screenText += text
            if figures.joined == nil, figures.screenText.contains("Organisation") {
                figures.joined = DispatchTime.now().uptimeNanoseconds
            }
        }
    }

    /// Counts the bytes as the network carries them, below SSH's encryption.
    private final class WireCounter: ChannelDuplexHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = ByteBuffer
        typealias OutboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let client: SSHLoadClient

        init(client: SSHLoadClient) { self.client = client }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let count = unwrapInboundIn(data).readableBytes
            client.figures.withLockedValue { $0.wireBytesIn += count }
            context.fireChannelRead(data)
        }

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            let count = unwrapOutboundIn(data).readableBytes
            client.figures.withLockedValue { $0.wireBytesOut += count }
            context.write(data, promise: promise)
        }
    }

    /// Asks for a terminal and the assessment, then reads the screen.
    private final class ScreenReader: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = SSHChannelData
        let client: SSHLoadClient

        init(client: SSHLoadClient) { self.client = client }

        func channelActive(context: ChannelHandlerContext) {
            let terminal = SSHChannelRequestEvent.PseudoTerminalRequest(
                wantReply: true, term: "xterm-256color", terminalCharacterWidth: 80, terminalRowHeight: 24,
                terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:]))
            context.triggerUserOutboundEvent(terminal, promise: nil)
            context.triggerUserOutboundEvent(SSHChannelRequestEvent.ShellRequest(wantReply: true), promise: nil)
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard case .byteBuffer(let buffer) = unwrapInboundIn(data).data else { return }
            client.received(String(decoding: buffer.readableBytesView, as: UTF8.self))
        }

        func errorCaught(context: ChannelHandlerContext, error: Error) {
            client.figures.withLockedValue { $0.failed = "\(error)" }
            context.close(promise: nil)
        }
    }

    private final class PasswordOffer: NIOSSHClientUserAuthenticationDelegate, @unchecked Sendable {
        let code: String
        var offered = false

        init(code: String) { self.code = code }

        func nextAuthenticationType(availableMethods: NIOSSHAvailableUserAuthenticationMethods,
                                    nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>) {
            guard availableMethods.contains(.password), !offered else {
                nextChallengePromise.succeed(nil)
                return
            }
            offered = true
            nextChallengePromise.succeed(NIOSSHUserAuthenticationOffer(username: "join", serviceName: "",
                                                                        offer: .password(.init(password: code))))
        }
    }

    private final class AnyHostKey: NIOSSHClientServerAuthenticationDelegate, Sendable {
        func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
            validationCompletePromise.succeed(())
        }
    }
}
