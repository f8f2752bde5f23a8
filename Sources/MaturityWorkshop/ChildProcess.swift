import CPseudoTerminal
import Foundation
import MaturityCore
import NIOCore
import NIOPosix

/// One participant's assessment: a `maturity assess` process on a pseudo-terminal of its own
/// (or on a socket pair, for a client that asked for no terminal), its output read through NIO.
///
/// Lives on the room's event loop: every method is called there.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let hasTerminal: Bool
    /// A second descriptor for the same terminal or socket, for what NIO does not do: setting
    /// the window size, and ending the input of a socket pair.
    private let control: CInt
    private var channel: Channel?
    /// Input given before the channel was ready.
    private var pendingInput: [ByteBuffer] = []
    private(set) var exitStatus: Int32?
    private var outputEnded = false
    private var ended = false

    /// Called with each piece of output.
    var onOutput: (ByteBuffer) -> Void = { _ in }
    /// Called when the process can take more input, or cannot for now: the participant's keys
    /// are then left unread on their connection, so that a flood of input piles up in no buffer.
    var onInputWritable: (Bool) -> Void = { _ in }
    /// Called once, when the process has ended and its output is all read, with its exit status
    /// (128 plus the signal's number when a signal ended it).
    var onEnd: (Int32) -> Void = { _ in }

    struct StartFailure: Error, CustomStringConvertible {
        let description: String
    }

    private init(pid: pid_t, hasTerminal: Bool, control: CInt) {
        self.pid = pid
        self.hasTerminal = hasTerminal
        self.control = control
    }

    /// Starts the program; the output starts flowing once NIO has the descriptor.
    static func start(arguments: [String], environment: [String: String], terminalSize: (columns: Int, rows: Int)?,
                      on loop: EventLoop) throws -> ChildProcess {
        let environmentLines = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var descriptor: CInt = -1
        var pid: pid_t = 0
        let result = withCStrings(arguments) { argv in
            withCStrings(environmentLines) { envp in
                maturity_spawn(arguments[0], argv, envp, terminalSize == nil ? 0 : 1,
                               UInt16(clamping: terminalSize?.rows ?? 24), UInt16(clamping: terminalSize?.columns ?? 80),
                               &descriptor, &pid)
            }
        }
        guard result == 0 else { throw StartFailure(description: String(cString: strerror(result))) }
        let control = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        let process = ChildProcess(pid: pid, hasTerminal: terminalSize != nil, control: control)
        NIOPipeBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelOption(ChannelOptions.maxMessagesPerRead, value: 4)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(OutputReader(process: process))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: descriptor)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let channel):
                    process.channel = channel
                    for buffer in process.pendingInput { channel.write(buffer, promise: nil) }
                    process.pendingInput.removeAll()
                    channel.flush()
                case .failure:
                    close(descriptor)
                    process.outputDidEnd()
                }
            }
        return process
    }

    /// Keys from the participant.
    func write(_ buffer: ByteBuffer) {
        guard !ended else { return }
        if let channel {
            channel.writeAndFlush(buffer, promise: nil)
            if !channel.isWritable { onInputWritable(false) }
        } else {
            pendingInput.append(buffer)
        }
    }

    /// The participant's terminal changed size: the assessment gets SIGWINCH and redraws.
    func resize(columns: Int, rows: Int) {
        guard hasTerminal, !ended, control >= 0 else { return }
        _ = maturity_set_window_size(control, UInt16(clamping: max(1, rows)), UInt16(clamping: max(1, columns)))
    }

    /// The participant's input ended (a client without a terminal closed its side).
    func endInput() {
        guard !hasTerminal, !ended, control >= 0 else { return }
        shutdown(control, Int32(SHUT_WR))
    }

    /// Reading stops while the participant's connection cannot take more, so that a stalled
    /// laptop holds back its own assessment and nothing piles up in the server.
    func setReading(_ reading: Bool) {
        channel?.setOption(ChannelOptions.autoRead, value: reading).whenFailure { _ in }
    }

    func signal(_ signal: Int32) {
        guard exitStatus == nil else { return }
        kill(pid, signal)
    }

    /// The process was reaped with this status.
    func exited(status: Int32) {
        guard exitStatus == nil else { return }
        exitStatus = status
        finishIfDone()
        // A process that left its output open (it cannot, but a descendant could) is not waited for.
        channel?.eventLoop.assumeIsolated().scheduleTask(in: .seconds(1)) { [self] in
            if !ended { channel?.close(promise: nil) }
        }
        if channel == nil { outputDidEnd() }
    }

    fileprivate func outputDidEnd() {
        guard !outputEnded else { return }
        outputEnded = true
        finishIfDone()
    }

    private func finishIfDone() {
        guard !ended, outputEnded, let exitStatus else { return }
        ended = true
        if control >= 0 { close(control) }
        channel?.close(promise: nil)
        onEnd(exitStatus)
    }

    /// Forwards the output; the end of the output is an error (EIO) on a terminal whose program
    /// has gone, and an end of input on a socket pair.
    private final class OutputReader: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let process: ChildProcess

        init(process: ChildProcess) {
            self.process = process
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            process.onOutput(unwrapInboundIn(data))
        }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if case ChannelEvent.inputClosed = event { process.outputDidEnd() }
        }

        func channelWritabilityChanged(context: ChannelHandlerContext) {
            process.onInputWritable(context.channel.isWritable)
        }

        func errorCaught(context: ChannelHandlerContext, error: Error) {
            process.outputDidEnd()
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            process.outputDidEnd()
        }
    }
}

/// Runs `body` with the strings as a NULL-terminated C array.
private func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result) -> Result {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
