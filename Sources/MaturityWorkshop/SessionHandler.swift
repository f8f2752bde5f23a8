import MaturityCore
import MaturityUI
import NIOCore
import NIOSSH

/// One SSH session channel: what the participant's client asks for, and the assessment's
/// screen going back. Only the assessment is served: a command, a subsystem (sftp), agent or X11
/// forwarding, or a second session on the same connection is refused.
///
/// Confined to the room's event loop.
final class SessionHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    struct Terminal {
        var type: String
        var columns: Int
        var rows: Int
    }

    let room: Room
    let connection: Connection
    /// The terminal the client asked for; nil for a client that asked for none (`ssh -T`, a pipe).
    private(set) var terminal: Terminal?
    /// The participant's language, from the locale their client sent.
    private(set) var language: String?
    var participant: Participant?
    private var context: ChannelHandlerContext?
    private var started = false
    private var finished = false

    init(room: Room, connection: Connection) {
        self.room = room
        self.connection = connection
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let allowed = !started
            if allowed {
                terminal = Terminal(type: request.term, columns: Self.clamped(request.terminalCharacterWidth, otherwise: 80),
                                    rows: Self.clamped(request.terminalRowHeight, otherwise: 24))
            }
            reply(request.wantReply, allowed)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Only the locale is taken, to choose the participant's language.
            let isLocale = ["LANG", "LC_ALL", "LC_MESSAGES"].contains(request.name) && request.value.utf8.count <= 64
            if isLocale, !started, let found = ParticipantLaunch.language(fromLocale: [request.name: request.value]) {
                if request.name != "LANG" || language == nil { language = found }
            }
            reply(request.wantReply, isLocale)
        case let request as SSHChannelRequestEvent.ShellRequest:
            guard !started, connection.claimSession() else {
                refuse(request.wantReply)
                return
            }
            started = true
            reply(request.wantReply, true)
            room.startSession(self, userName: connection.userName ?? "")
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse(request.wantReply)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse(request.wantReply)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            guard var changed = terminal else { return }
            changed.columns = Self.clamped(request.terminalCharacterWidth, otherwise: changed.columns)
            changed.rows = Self.clamped(request.terminalRowHeight, otherwise: changed.rows)
            terminal = changed
            room.resized(self)
        case ChannelEvent.inputClosed:
            room.inputEnded(from: self)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case .byteBuffer(let buffer) = message.data else { return }
        room.input(buffer, from: self)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        room.writabilityChanged(self, writable: context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        finished = true
        room.sessionClosed(self)
        self.context = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    /// Reads the participant's keys, or leaves them waiting on the connection while their
    /// assessment cannot take more (SSH's window then holds the client back).
    func setReading(_ reading: Bool) {
        context?.channel.setOption(ChannelOptions.autoRead, value: reading).whenFailure { _ in }
    }

    /// Sends the assessment's output; false when the client cannot take more for now.
    func send(_ buffer: ByteBuffer) -> Bool {
        guard let context, !finished else { return true }
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(buffer))), promise: nil)
        return context.channel.isWritable
    }

    /// Ends the session: a last message, the exit status, then the channel closes (and with it,
    /// for OpenSSH, the connection).
    func finish(message: String?, exitStatus: Int32) {
        guard let context, !finished else { return }
        finished = true
        if let message {
            let lineEnd = terminal == nil ? "\n" : "\r\n"
            let text = lineEnd + message.replacingOccurrences(of: "\n", with: lineEnd) + lineEnd
            context.write(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(ByteBuffer(string: text)))), promise: nil)
        }
        let channel = context.channel
        channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: Int(exitStatus)), promise: nil)
        context.flush()
        channel.close(promise: nil)
        connection.sessionEnded()
    }

    /// Replies to a request the client wants an answer to.
    private func reply(_ wantReply: Bool, _ success: Bool) {
        guard wantReply, let context else { return }
        let event: Any = success ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    /// Refuses a command, a subsystem or a second session, saying on standard error how to join.
    private func refuse(_ wantReply: Bool) {
        guard let context else { return }
        let words = room.words(for: participant, session: self)
        let command = room.instructions.command()
        let text = words.workshopOnlyTheAssessment(command) + "\r\n"
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(ByteBuffer(string: text)))), promise: nil)
        reply(wantReply, false)
        if !started {
            finished = true
            let channel = context.channel
            channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
            channel.close(promise: nil)
        }
    }

    /// Terminal sizes as the assessment can use them: at most 1,000; a client that sends 0
    /// (it does not know) gets `otherwise`.
    static func clamped(_ value: Int, otherwise: Int) -> Int {
        value <= 0 ? otherwise : min(value, 1000)
    }
}
