import Foundation
import MaturityCore
import Testing

/// SIGKILL, which no program can catch, at random moments while an assessment saves answer
/// after answer. After every kill, each file in the output folder must read as a response, and
/// hold every answer the program had confirmed: in plain mode an answer is confirmed once the
/// next question has been printed (the program prints only after the save has returned); on
/// the full screen, once the next question has been drawn.
@Suite(.serialized) struct KillFaultTests {
    static let seed: UInt64 = 0x5EED_0007
    static let rounds = 20

    /// The answers typed for one round: a statement number per question, or "d" for don't know.
    static func answers(_ random: inout FaultRandom) -> [String] {
        DataMaturity.questions.map { _ in random.chance(10) ? "d" : String(1 + random.below(5)) }
    }

    static func expected(_ typed: String) -> Answer {
        typed == "d" ? .dontKnow : .stage(DataMaturity.stages[Int(typed)! - 1])
    }

    /// What must hold of the output folder after a kill, given how many answers were confirmed.
    static func checkFolder(_ home: FaultHome, typed: [String], confirmed: Int, round: String) throws {
        let loaded = FaultHome.loadAll(home.out)
        for file in loaded {
            #expect(file.response != nil, "\(round): \(file.path) does not read: \(file.diagnostics.map(\.message))")
        }
        // Temporary files may be left by the kill; they are never taken for responses. Each
        // response has its session's lock file beside it (`.NAME.lock`, empty), never read either.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: home.out.path)) ?? []
        let temporary = names.filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
        let locks = names.filter { $0.hasPrefix(".") && $0.hasSuffix(".lock") }
        #expect(locks.allSatisfy { name in loaded.contains { FileLock.lockFile(for: $0.path).hasSuffix("/" + name) } },
                "\(round): a lock file without its response: \(locks)")
        #expect(names.count == loaded.count + temporary.count + locks.count, "\(round): unexpected files \(names)")
        #expect(loaded.count <= 1, "\(round): one assessment made \(loaded.count) files")
        if confirmed > 0 {
            let response = try #require(loaded.first?.response, "\(round): \(confirmed) answers confirmed, no file")
            #expect(response.answers.count >= confirmed, "\(round): \(response.answers.count) answers saved, \(confirmed) confirmed")
            for (index, question) in DataMaturity.questions.enumerated() {
                guard let answer = response.answers[question] else {
                    #expect(index >= confirmed, "\(round): confirmed answer \(index + 1) (\(question)) is lost")
                    continue
                }
                #expect(answer == expected(typed[index]), "\(round): \(question) reads \(answer.text)")
            }
            #expect(response.status == (response.answers.count == DataMaturity.questions.count ? .complete : .inProgress))
        }
        // The list of unfinished assessments is replaced atomically too: absent, or whole JSON.
        let registry = home.state.appendingPathComponent("maturity/sessions.json")
        if let data = FileManager.default.contents(atPath: registry.path) {
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(round): sessions.json is not whole")
        }
    }

    @Test func sigkillAtRandomMomentsInPlainModeLosesNoConfirmedAnswer() async throws {
        var random = FaultRandom(seed: Self.seed)
        var totalOutput = 0
        var killedMidway = 0
        // Round 0 runs to the end undisturbed: it measures how much a whole run prints, so the
        // kills can be spread over all of it. On a busy machine a kill can land after the run has
        // finished: such rounds still check the folder, and more rounds follow (up to three times
        // as many) until half the planned number were really cut short.
        var round = -1
        while round < Self.rounds || (killedMidway < Self.rounds / 2 && round < Self.rounds * 3) {
            round += 1
            let home = try FaultHome()
            defer { home.remove() }
            let typed = Self.answers(&random)
            let process = try PlainProcess(["assess", "--plain", "--organisation", "Kill Trust \(round)", "--out", home.out.path],
                                           environment: home.environment)
            // Every answer at once: the program saves as fast as it can, and the kill lands
            // wherever it happens to be (writing, flushing, renaming, printing).
            process.send(typed.map { $0 + "\n" }.joined())
            let label = "round \(round) (seed \(Self.seed))"
            if round == 0 {
                process.closeInput()
                #expect(try await process.waitForExit() == 0, "\(label): \(process.errors)")
                totalOutput = process.outputCount
                #expect(process.output.contains("Your results"))
            } else {
                let killAt = random.below(totalOutput)
                try await process.waitUntil("\(killAt) bytes of output", deadline: 20, poll: 0.001) { _ in
                    process.outputCount >= killAt
                }
                process.signal(SIGKILL)
                let status = try await process.waitForExit()
                if status == 128 + SIGKILL { killedMidway += 1 }
            }
            let output = process.output
            let confirmed = output.contains("Your results") ? DataMaturity.questions.count
                : max(0, DataMaturity.lastQuestionShown(in: output) - 1)
            try Self.checkFolder(home, typed: typed, confirmed: confirmed, round: label)
        }
        // Most rounds must really have been cut short, or the test proves little.
        #expect(killedMidway >= Self.rounds / 2)
    }

    @Test func sigkillAtRandomMomentsOnTheFullScreenLosesNoConfirmedAnswer() async throws {
        var random = FaultRandom(seed: Self.seed ^ 0xF011)
        for round in 1...6 {
            let home = try FaultHome()
            defer { home.remove() }
            let typed = Self.answers(&random)
            let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Screen Kill \(round)"],
                                          environment: home.environment)
            defer { session.kill() }
            try await session.waitFor("Enter start")
            // Every key at once (a carriage return is Enter): Enter to start, Enter at each
            // dimension's opening, then each answer (a digit saves it) and Enter to go on.
            var keys = "\r"
            for (index, answer) in typed.enumerated() {
                // "d" (don't know) saves as a digit does, and Enter goes on.
                keys += (index % 4 == 0 ? "\r" : "") + answer + "\r"
            }
            try session.send(text: keys)
            let target = 2 + random.below(DataMaturity.questions.count - 2)
            let seen = try await session.waitUntil("question \(target) or later", deadline: 20) {
                DataMaturity.lastQuestionShown(in: $0) >= target || $0.contains("Your results")
            }
            try await session.signal(SIGKILL)
            #expect(try await session.waitForExit() == 128 + SIGKILL || seen.contains("Your results"))
            let after = try session.capture()
            let confirmed = seen.contains("Your results") ? DataMaturity.questions.count
                : max(0, max(DataMaturity.lastQuestionShown(in: seen), DataMaturity.lastQuestionShown(in: after)) - 1)
            try Self.checkFolder(home, typed: typed, confirmed: confirmed, round: "screen round \(round)")
        }
    }
}
