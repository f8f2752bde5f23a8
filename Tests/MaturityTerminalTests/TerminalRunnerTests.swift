import MaturityTerminal
import MaturityUI
import Testing

/// The one loop of the full-screen programs, with a scripted terminal: what ends a run and
/// with which status, when the program may keep what was typed, and how often it is drawn.
@Suite struct TerminalRunnerTests {
    /// A terminal that hands out a script of keys: a key, nil for a wait that timed out, and
    /// a signal arriving between two reads.
    final class ScriptedTerminal: TerminalDevice {
        enum Event { case key(Key), timeout, signal(Int32) }
        var script: [Event]
        var size = Size(width: 80, height: 24)
        let theme = Theme.monochrome
        var drawings = 0
        var stopped = 0
        var signal: Int32?

        init(_ script: [Event]) { self.script = script }

        func nextKey(timeoutMilliseconds: Int32) -> Key? {
            // A wait for ever never ends a test: the script always ends the run.
            guard !script.isEmpty else { return timeoutMilliseconds == 0 ? nil : .hangUp }
            switch script.removeFirst() {
            case .key(let key):
                // Keys "already waiting" (a timeout of 0) are only those that follow at once.
                return key
            case .timeout:
                return nil
            case .signal(let number):
                signal = number
                return nil
            }
        }

        func draw(_ frame: Frame) { drawings += 1 }
        func stop() { stopped += 1 }
    }

    /// A program that records what it was given.
    struct Recorder: TerminalProgram {
        var keys: [Key] = []
        var begunWith: Size?
        var left = 0
        var idles = 0
        var changesOutside = 0

        mutating func begin(size: Size) { begunWith = size }

        mutating func handle(_ key: Key) -> TerminalRunner.Next {
            keys.append(key)
            return key == .character("q") ? .quit(0) : key == .interrupt ? .quit(130) : .carryOn
        }

        mutating func idle() -> Bool {
            idles += 1
            guard changesOutside > 0 else { return false }
            changesOutside -= 1
            return true
        }

        mutating func leaving() { left += 1 }

        func render(size: Size) -> Frame { Frame(size: size) }
    }

    func run(_ script: [ScriptedTerminal.Event], _ program: inout Recorder) -> (TerminalRunner.Ending, ScriptedTerminal) {
        let terminal = ScriptedTerminal(script)
        let runner = TerminalRunner(screen: terminal, pendingSignal: { terminal.signal })
        return (runner.run(&program), terminal)
    }

    @Test func theProgramsOwnWayOutEndsTheRunWithItsStatus() {
        var program = Recorder()
        let (ending, terminal) = run([.key(.character("a")), .key(.character("q")), .key(.character("b"))], &program)
        #expect(ending == .quit(0) && ending.status == 0)
        #expect(program.keys == [.character("a"), .character("q")])
        #expect(program.begunWith == Size(width: 80, height: 24))
        #expect(program.left == 0)
        #expect(terminal.stopped == 1)

        var interrupted = Recorder()
        #expect(run([.key(.interrupt)], &interrupted).0.status == 130)
    }

    @Test func aSignalLetsTheProgramKeepWhatWasTypedThenEndsWith128PlusItsNumber() {
        for (signal, status) in [(Int32(15), Int32(143)), (1, 129), (2, 130)] {
            var program = Recorder()
            let (ending, terminal) = run([.key(.character("a")), .timeout, .signal(signal), .key(.character("b"))], &program)
            #expect(ending == .signal(signal))
            #expect(ending.status == status)
            #expect(program.keys == [.character("a")])
            #expect(program.left == 1)
            #expect(terminal.stopped == 1)
        }
    }

    @Test func aHungUpTerminalEndsAs129AfterKeepingWhatWasTyped() {
        var program = Recorder()
        let (ending, terminal) = run([.key(.character("a")), .key(.hangUp), .key(.character("b"))], &program)
        #expect(ending == .hangUp && ending.status == 129)
        #expect(program.keys == [.character("a")])
        #expect(program.left == 1)
        #expect(terminal.stopped == 1)
    }

    @Test func keysAlreadyWaitingAreDrawnOnceAndChangesOutsideOnlyWhenThereAreAny() {
        var program = Recorder()
        program.changesOutside = 0
        let keys = (0..<50).map { _ in ScriptedTerminal.Event.key(.character("x")) }
        // The first drawing, one for the fifty keys, none for a quiet wait.
        let (_, terminal) = run(keys + [.timeout, .timeout, .key(.character("q"))], &program)
        #expect(program.keys.count == 51)
        #expect(terminal.drawings == 2)

        var watching = Recorder()
        watching.changesOutside = 2
        // The first idle (before the first drawing) takes one change; a quiet wait takes the other.
        let (_, watched) = run([.timeout, .timeout, .key(.character("q"))], &watching)
        #expect(watched.drawings == 2)
    }
}
