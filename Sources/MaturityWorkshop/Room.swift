import CPseudoTerminal
import Foundation
import MaturityCore
import MaturityUI
import NIOConcurrencyHelpers
import NIOCore

/// The workshop room: who is in it, their assessments, and the rules for joining.
///
/// All its state lives on one event loop, where the SSH handlers call it; the presenter, on the
/// main thread, reads only `status`, a copy kept under a lock.
final class Room: @unchecked Sendable {
    let configuration: RoomConfiguration
    let loop: EventLoop
    /// The port actually listened on (the one asked for, or the one the system chose for 0).
    var port: Int
    private var participants: [RejoinName: Participant] = [:]
    private var byProcess: [pid_t: Participant] = [:]
    private var signIn: SignInGuard
    private var connections: [ObjectIdentifier: Channel] = [:]
    private var timers: [RepeatedTask] = []
    private(set) var ending = false
    private var endPromise: EventLoopPromise<Void>?
    private var endCompleted = false
    private let statusBox: NIOLockedValueBox<RoomStatus>
    /// Assessments that could not start, for the host's summary.
    private(set) var startFailures = 0

    init(configuration: RoomConfiguration, loop: EventLoop, port: Int) {
        self.configuration = configuration
        self.loop = loop
        self.port = port
        signIn = SignInGuard(limits: .forRoom(seats: configuration.seats))
        statusBox = NIOLockedValueBox(RoomStatus(instructions: JoinInstructions(addresses: [], port: port, code: "", fingerprint: ""),
                                                 seats: configuration.seats))
    }

    var instructions: JoinInstructions {
        JoinInstructions(addresses: JoinAddresses.choose(from: configuration.interfaces, listen: configuration.listen),
                         port: port, code: configuration.code.shown, fingerprint: configuration.hostKey.fingerprint)
    }

    /// The figures for the projector, safe to read from any thread.
    var status: RoomStatus { statusBox.withLockedValue { $0 } }

    /// The response ids of everyone who joined, for the closing summary.
    func responseIDs() -> EventLoopFuture<[String]> {
        loop.submit { self.participants.values.map(\.responseID) }
    }

    func start() {
        loop.preconditionInEventLoop()
        publish()
        timers.append(loop.scheduleRepeatedTask(initialDelay: .milliseconds(50), delay: .milliseconds(50)) { _ in self.reap() })
        let idleCheck = TimeAmount.seconds(Int64(min(5, configuration.idleSeconds)))
        timers.append(loop.scheduleRepeatedTask(initialDelay: idleCheck, delay: idleCheck) { _ in self.closeIdle() })
    }

    private func publish() {
        let connected = participants.values.filter { $0.session != nil }.count
        let status = RoomStatus(instructions: instructions, connected: connected, joined: participants.count, seats: configuration.seats)
        statusBox.withLockedValue { $0 = status }
    }

    /// The server's words for a participant: theirs when known and built in, else the framework's.
    func words(for participant: Participant?, session: SessionHandler? = nil) -> ScreenText {
        let language = participant?.language ?? session?.language ?? configuration.defaultLanguage
        return ScreenText(language: language)
    }

    // MARK: - Connections and signing in

    func connectionOpened(_ channel: Channel, from address: String) -> Bool {
        guard !ending else { return false }
        guard signIn.connectionOpened(from: address, at: Self.now()) == .allow else { return false }
        connections[ObjectIdentifier(channel)] = channel
        return true
    }

    func connectionSignedIn(from address: String) {
        signIn.connectionLeftPending(from: address)
    }

    func connectionClosed(_ channel: Channel, from address: String, wasPending: Bool) {
        connections[ObjectIdentifier(channel)] = nil
        if wasPending { signIn.connectionLeftPending(from: address) }
        if ending { finishEndingIfDone() }
    }

    /// A wrong code: how long to wait before refusing it.
    func wrongCode(from address: String) -> TimeAmount {
        .milliseconds(Int64(signIn.wrongCode(from: address, at: Self.now()) * 1000))
    }

    static func now() -> Double {
        Double(NIODeadline.now().uptimeNanoseconds) / 1e9
    }

    // MARK: - Sessions

    /// A participant's client asked for the assessment (a shell). `userName` is what they
    /// signed in as: a rejoin name picks their assessment up again; anything else starts anew.
    func startSession(_ session: SessionHandler, userName: String) {
        loop.preconditionInEventLoop()
        if ending {
            session.finish(message: words(for: nil, session: session).workshopEnded, exitStatus: 0)
            return
        }
        if let name = RejoinName(userName), let participant = participants[name] {
            rejoin(participant, with: session)
            return
        }
        let running = participants.values.filter { $0.process != nil }.count
        guard running < configuration.seats else {
            session.finish(message: words(for: nil, session: session).workshopRoomFull(configuration.seats), exitStatus: 1)
            return
        }
        var name: RejoinName
        var generator = SystemRandomNumberGenerator()
        repeat { name = RejoinName.random(using: &generator) } while participants[name] != nil
        let plain = userName.lowercased() == RoomSettings.plainUser || session.terminal == nil
        let participant = Participant(name: name, responseID: UUID().uuidString.lowercased(), plain: plain,
                                      language: language(for: session) ?? configuration.roomLanguage, now: .now())
        participants[name] = participant
        attach(session, to: participant)
        launch(participant)
        publish()
    }

    private func rejoin(_ participant: Participant, with session: SessionHandler) {
        if let earlier = participant.session, earlier !== session {
            participant.session = nil
            earlier.participant = nil
            earlier.finish(message: words(for: participant).workshopReplaced, exitStatus: 0)
        }
        if let language = language(for: session) { participant.language = language }
        attach(session, to: participant)
        participant.lastActivity = .now()
        if let process = participant.process {
            if participant.plain {
                // Line by line, the earlier questions have scrolled away on the old connection:
                // start again from the answers saved, which asks the next question afresh.
                participant.restartWhenEnded = true
                process.signal(SIGHUP)
            } else {
                if let terminal = session.terminal { process.resize(columns: terminal.columns, rows: terminal.rows) }
                // Ctrl-L: the assessment sets this new terminal up and draws the whole screen.
                process.write(ByteBuffer(bytes: [0x0C]))
            }
        } else {
            launch(participant)
        }
        publish()
    }

    private func attach(_ session: SessionHandler, to participant: Participant) {
        participant.session = session
        session.participant = participant
    }

    private func language(for session: SessionHandler) -> String? {
        guard let wanted = session.language else { return nil }
        return configuration.languages.contains(wanted) ? wanted : nil
    }

    private func launch(_ participant: Participant) {
        guard let session = participant.session else { return }
        let launch = ParticipantLaunch(program: configuration.program, folder: configuration.folder, framework: configuration.framework,
                                       frameworkFolders: configuration.frameworkFolders, responseID: participant.responseID,
                                       rejoinCommand: instructions.command(user: participant.name.text),
                                       language: participant.language, plain: participant.plain)
        let environment = ParticipantLaunch.environment(host: configuration.hostEnvironment,
                                                        terminalType: participant.plain ? nil : session.terminal?.type,
                                                        isKnown: { TerminalTypes.isKnown($0, home: self.configuration.hostEnvironment["HOME"]) })
        do {
            let terminalSize = participant.plain && session.terminal == nil ? nil
                : (columns: session.terminal?.columns ?? 80, rows: session.terminal?.rows ?? 24)
            let process = try ChildProcess.start(arguments: launch.arguments, environment: environment,
                                                 terminalSize: terminalSize, on: loop)
            participant.process = process
            byProcess[process.pid] = participant
            process.onOutput = { [weak participant] buffer in
                guard let participant, let session = participant.session else { return }
                if !session.send(buffer) { process.setReading(false) }
            }
            process.onInputWritable = { [weak participant] writable in
                participant?.session?.setReading(writable)
            }
            process.onEnd = { [weak self, weak participant] status in
                guard let self, let participant else { return }
                self.processEnded(participant, status: status)
            }
        } catch {
            startFailures += 1
            participant.session = nil
            session.participant = nil
            session.finish(message: words(for: participant).workshopCouldNotStart, exitStatus: 1)
        }
    }

    func input(_ buffer: ByteBuffer, from session: SessionHandler) {
        guard let participant = session.participant else { return }
        participant.lastActivity = .now()
        participant.process?.write(buffer)
    }

    func inputEnded(from session: SessionHandler) {
        session.participant?.process?.endInput()
    }

    func resized(_ session: SessionHandler) {
        guard let terminal = session.terminal, let participant = session.participant else { return }
        participant.process?.resize(columns: terminal.columns, rows: terminal.rows)
    }

    func writabilityChanged(_ session: SessionHandler, writable: Bool) {
        session.participant?.process?.setReading(writable)
    }

    /// The participant's connection is gone; their assessment carries on without a screen, so
    /// that joining again finds it as it was.
    func sessionClosed(_ session: SessionHandler) {
        guard let participant = session.participant else { return }
        session.participant = nil
        if participant.session === session {
            participant.session = nil
            participant.process?.setReading(true)
        }
        publish()
    }

    private func processEnded(_ participant: Participant, status: Int32) {
        if let process = participant.process { byProcess[process.pid] = nil }
        participant.process = nil
        let stopping = participant.stopping
        participant.stopping = nil
        if participant.restartWhenEnded, !ending, participant.session != nil {
            participant.restartWhenEnded = false
            launch(participant)
            publish()
            return
        }
        participant.restartWhenEnded = false
        if let session = participant.session {
            let words = words(for: participant)
            let command = instructions.command(user: participant.name.text)
            let message: String?
            switch stopping {
            case .workshopEnded: message = words.workshopEnded
            case .idle: message = words.workshopIdle(max(1, configuration.idleSeconds / 60), command)
            case nil where status == 126 || status == 127: message = words.workshopCouldNotStart
            // Killed, or crashed: their answers are on disk all the same.
            case nil where status >= 128: message = words.workshopStoppedUnexpectedly(command)
            case nil: message = nil
            }
            if status == 126 || status == 127 { startFailures += 1 }
            participant.session = nil
            session.participant = nil
            // Ended by the room, not by anything the participant did: their client exits with 0.
            session.finish(message: message, exitStatus: stopping == nil ? status : 0)
        }
        publish()
        if ending { finishEndingIfDone() }
    }

    /// Collects every assessment that has ended.
    private func reap() {
        while true {
            var exited: Int32 = 0, signaled: Int32 = 0, status: Int32 = 0
            let pid = maturity_reap_any(&exited, &signaled, &status)
            guard pid > 0 else { return }
            guard let participant = byProcess[pid] else { continue }
            participant.process?.exited(status: signaled != 0 ? 128 + status : status)
        }
    }

    private func closeIdle() {
        let limit = NIODeadline.now() - .seconds(Int64(configuration.idleSeconds))
        for participant in participants.values where participant.process != nil && participant.stopping == nil && participant.lastActivity < limit {
            stop(participant, because: .idle)
        }
    }

    /// Asks the assessment to save and end (SIGHUP, as for a dropped line; SIGTERM when the
    /// workshop ends), and stops it outright if it has not within a few seconds.
    private func stop(_ participant: Participant, because reason: Participant.StopReason) {
        guard let process = participant.process else { return }
        participant.stopping = reason
        process.signal(reason == .workshopEnded ? SIGTERM : SIGHUP)
        loop.scheduleTask(in: .seconds(Int64(RoomSettings.closingSeconds))) { [weak participant] in
            guard let participant, participant.process === process else { return }
            process.signal(SIGKILL)
        }
    }

    // MARK: - Ending

    /// Ends the workshop: every assessment saves and ends, every participant is told, every
    /// connection closes. Completes when all of that is done, or a few seconds later at most.
    func end() -> EventLoopFuture<Void> {
        loop.submit {
            if let endPromise = self.endPromise { return endPromise.futureResult }
            let promise = self.loop.makePromise(of: Void.self)
            self.endPromise = promise
            self.ending = true
            for participant in self.participants.values {
                if participant.process != nil {
                    self.stop(participant, because: .workshopEnded)
                } else if let session = participant.session {
                    participant.session = nil
                    session.participant = nil
                    session.finish(message: self.words(for: participant).workshopEnded, exitStatus: 0)
                }
            }
            // Whatever is still open after the assessments' grace period is closed.
            self.loop.scheduleTask(in: .seconds(Int64(RoomSettings.closingSeconds + 2))) {
                for channel in self.connections.values { channel.close(promise: nil) }
                self.connections.removeAll()
                self.completeEnding()
            }
            self.finishEndingIfDone()
            return promise.futureResult
        }.flatMap { $0 }
    }

    private func finishEndingIfDone() {
        guard ending, participants.values.allSatisfy({ $0.process == nil }) else { return }
        // Give the last messages a moment to leave, then close what the clients have not.
        loop.scheduleTask(in: .milliseconds(300)) {
            for channel in self.connections.values { channel.close(promise: nil) }
            if self.connections.isEmpty || self.participants.values.allSatisfy({ $0.session == nil }) {
                self.completeEnding()
            }
        }
    }

    private func completeEnding() {
        guard let endPromise, !endCompleted else { return }
        endCompleted = true
        for timer in timers { timer.cancel() }
        timers.removeAll()
        publish()
        endPromise.succeed()
    }
}
