import Foundation
import MaturityCore
import MaturityFrameworks
import MaturityUI
import Testing

/// A hundred resizes in a row, down to 10x3 and up to 200x60, while answering: the program
/// never crashes, draws something sensible at every size, and comes back to exactly the screen
/// its own renderer draws for the answers given; the file holds those answers.
@Suite struct ResizeFaultTests {
    static let sizes = [(10, 3), (12, 4), (20, 6), (39, 11), (40, 12), (41, 13), (60, 20), (80, 24),
                        (132, 43), (200, 60), (200, 5), (15, 50)]

    @Test func aHundredResizesWhileAnsweringEndOnTheRightScreen() async throws {
        var random = FaultRandom(seed: 0x0E512E)
        let home = try FaultHome()
        defer { home.remove() }
        let session = try TmuxSession(maturity: ["--out", home.out.path, "--organisation", "Resize Storm"],
                                      environment: home.environment)
        defer { session.kill() }
        try await session.waitFor("Enter start")

        // The keys: Enter to start; then for 18 questions, Enter at each dimension's opening,
        // a digit (which saves) and Enter (which saves and goes on).
        let answered = 18
        var keys: [(tmux: String, key: Key)] = [("Enter", .enter)]
        var digits: [String] = []
        for index in 0..<answered {
            if index % 4 == 0 { keys.append(("Enter", .enter)) }
            let digit = String(1 + random.below(5))
            digits.append(digit)
            keys += [(digit, .character(Character(digit))), ("Enter", .enter)]
        }

        // The same keys through the renderer, to know the screen each batch must lead to.
        let catalogue = FrameworkCatalogue(files: BuiltInFrameworks.files.map {
            FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)
        })
        let framework = try catalogue.resolve("data-maturity").get()
        var state = AppState(framework: framework,
                             response: .new(to: framework, id: "replay", organisation: "Resize Storm", at: .now()),
                             form: WelcomeForm(organisation: "Resize Storm"), outputFolder: home.out.path)
        let trimmed = { (screen: String) in
            screen.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
                .joined(separator: "\n").trimmingCharacters(in: .newlines)
        }

        // 100 resizes; every tenth is 10x3. The keys are spread over the first 90, each batch
        // sent once the program has drawn a size large enough to show it: below 40x12 it ignores
        // keys (nothing may happen that nobody can see), and tmux passes a resize on to the
        // program a little later than it takes keys, so keys are sent only after a size that
        // shows in a different width is drawn. Before the next resize the test waits until the
        // screen is the renderer's for those keys at that size: keys the program had not yet
        // read when the window shrank would be ignored, as a person's would. Any left over
        // follow the return to 80x24.
        var sent = 0
        var previousWidth = 0
        for step in 0..<100 {
            let (width, height) = step % 10 == 3 ? (10, 3) : random.pick(Self.sizes)
            try session.resize(width: width, height: height)
            let due = step < 90 ? (step + 1) * keys.count / 90 : keys.count
            if sent < due && width >= 40 && height >= 12 && width != previousWidth {
                try await waitUntilDrawn(session, width: width, height: height, step: step)
                while sent < due {
                    try session.send(keys: keys[sent].tmux)
                    for effect in state.handle(keys[sent].key) where effect == .save { state.saved(at: "replay.yaml") }
                    sent += 1
                }
                let expected = state.render(size: Size(width: width, height: height)).text
                do {
                    try await session.waitUntil("step \(step): the keys read at \(width)x\(height)", deadline: 10) {
                        trimmed($0) == trimmed(expected)
                    }
                } catch {
                    Issue.record("step \(step): the screen differs from the renderer's:\n\(try session.capture())\n--- expected ---\n\(expected)")
                    return
                }
            }
            previousWidth = width
            // Most resizes follow each other at once, as when a window is dragged; at every 10x3
            // and every fourth step, wait until that size is drawn: the program is alive and redrew.
            guard step % 10 == 3 || step % 4 == 3 else { continue }
            let tooSmall = width < 40 || height < 12
            try await session.waitUntil("step \(step): a \(width)x\(height) screen", deadline: 10) { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                guard !screen.contains("EXITED"), lines.allSatisfy({ $0.count <= width }) else { return false }
                if !tooSmall { return screen.contains(" of 28") || screen.contains(" of 7") }
                // Wide enough for the whole request, it must name this very size.
                return width >= 15 ? TmuxSession.flowed(screen).contains("have \(width)x\(height)") : screen.contains("Please")
            }
        }

        // Back to 80x24: the screen must be exactly what the renderer draws for the same keys.
        try session.resize(width: 80, height: 24)
        try await waitUntilDrawn(session, width: 80, height: 24, step: 100)
        while sent < keys.count {
            try session.send(keys: keys[sent].tmux)
            for effect in state.handle(keys[sent].key) where effect == .save { state.saved(at: "replay.yaml") }
            sent += 1
        }
        let expected = state.render(size: Size(width: 80, height: 24)).text
        #expect(expected.contains("Question \(answered + 1) of 28"))
        do {
            try await session.waitUntil("the renderer's own 80x24 screen", deadline: 10) { trimmed($0) == trimmed(expected) }
        } catch {
            Issue.record("the final screen differs from the renderer's:\n\(try session.capture())\n--- expected ---\n\(expected)")
        }

        try session.send(keys: "q")
        #expect(try await session.waitForExit() == 0)
        let modes = try session.terminalModesAfterExit()
        #expect(modes.isSuperset(of: ["icanon", "echo", "isig"]), "\(modes)")
        let saved = FaultHome.loadAll(home.out)
        #expect(saved.count == 1)
        let response = try #require(saved.first?.response)
        #expect(response.status == .inProgress)
        #expect(response.answers.count == answered)
        for (index, digit) in digits.enumerated() {
            #expect(response.answers[DataMaturity.questions[index]] == .stage(DataMaturity.stages[Int(digit)! - 1]))
        }
    }

    /// Waits until the program has drawn a screen of this size: the header's rule as wide as
    /// the terminal and the key bar on its last row.
    func waitUntilDrawn(_ session: TmuxSession, width: Int, height: Int, step: Int) async throws {
        try await session.waitUntil("step \(step): the program drawing at \(width)x\(height)", deadline: 10) { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= height && lines[2].count == width && lines[2].contains("─")
                && !lines[height - 1].trimmingCharacters(in: .whitespaces).isEmpty
        }
    }
}
