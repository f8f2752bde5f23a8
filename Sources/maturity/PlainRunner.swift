#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MaturityCommandLine
import MaturityCore
import MaturityUI

/// The line-by-line loop: prints questions, reads answers from standard input.
struct PlainRunner {
    let saver: AnswerSaver
    /// The signal (Ctrl-C, a hang-up, SIGTERM) that arrived, if any: noted by the handlers,
    /// it ends the reading, and the run ends with 128 plus its number after the answers are
    /// said to be saved, as the full screen does.
    let pendingSignal: () -> Int32?
    let input: BoundedLineReader

    init(saver: AnswerSaver, pendingSignal: @escaping () -> Int32? = { nil }) {
        self.saver = saver
        self.pendingSignal = pendingSignal
        input = BoundedLineReader(shouldStop: { pendingSignal() != nil })
    }

    /// Runs until the last answer or the end of input; returns the exit status.
    func run(_ session: inout PlainSession) -> Int32 {
        show(session.start())
        while !session.isFinished {
            guard let line = input.next() else {
                print("")
                if input.wasStopped, let signal = pendingSignal() { return 128 + signal }
                if session.isAskingDetails {
                    Terminal.warn(session.words.inputEndedBeforeTheQuestions)
                    return 1
                }
                let answered = session.answeredCount
                let total = session.framework.questionCount
                let kept = answered > 0 && saver.lastSaved != nil && saver.hasSaved(everythingIn: session.response)
                Terminal.warn(session.words.inputEnded(answered, total, kept))
                return 1
            }
            let (output, effects) = session.input(line)
            for effect in effects {
                switch effect {
                case .save:
                    switch saver.save(session.response, at: session.savedPath) {
                    case .saved(let path): session.savedPath = path
                    case .failed(let reason): show([session.words.notSaved(reason)])
                    }
                case .resumed:
                    if let path = session.savedPath { saver.resumed(session.response, at: path) }
                case .quit:
                    return 0
                }
            }
            show(output)
        }
        return 0
    }

    /// Prints lines; a prompt (ending in ": ") stays on the line where the answer is typed.
    /// Each line is made safe here, the one way plain mode writes, whatever it holds.
    func show(_ lines: [String]) {
        for (index, line) in lines.enumerated() {
            let isPrompt = index == lines.count - 1 && line.hasSuffix(": ")
            print(SafeText.sanitize(line, keepNewlines: true), terminator: isPrompt ? "" : "\n")
        }
        fflush(nil)
    }
}
