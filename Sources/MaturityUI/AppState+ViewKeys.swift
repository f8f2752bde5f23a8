import MaturityCore

/// Keys of the views opened over a question (guidance, note, overview) and of the results,
/// and the scrolling they share: offsets stay within what the last reported terminal size
/// shows, so that a key pressed after scrolling past the end acts at once.
extension AppState {
    mutating func handleGuidance(_ key: Key) -> [Effect] {
        if let offset = scrolled(guidanceScroll, by: key) {
            guidanceScroll = offset
            return []
        }
        switch key {
        // Back to the question, with the same answer highlighted.
        case .character("?"), .escape, .enter, .left, .backspace: screen = .question
        case .character("q"), .character("Q"): return [.quit]
        default: break
        }
        return []
    }

    mutating func openOverview() {
        overviewSelection = questionIndex
        screen = .overview
    }

    mutating func handleOverview(_ key: Key) -> [Effect] {
        let page = pageSize
        switch key {
        case .up, .character("k"): overviewSelection = max(0, overviewSelection - 1)
        case .down, .character("j"): overviewSelection = min(questions.count - 1, overviewSelection + 1)
        case .pageUp: overviewSelection = max(0, overviewSelection - page)
        case .pageDown: overviewSelection = min(questions.count - 1, overviewSelection + page)
        case .home: overviewSelection = 0
        case .end: overviewSelection = questions.count - 1
        case .enter: go(toQuestion: overviewSelection)
        case .tab, .escape, .backTab:
            if hasSeenResults {
                screen = .results
            } else {
                go(toQuestion: questionIndex)
            }
        case .character("q"), .character("Q"): return [.quit]
        default: break
        }
        return []
    }

    mutating func handleNote(_ key: Key, at time: Timestamp) -> [Effect] {
        switch key {
        case .character(let character):
            // Typed past the limit: said, never dropped in silence.
            if noteDraft.append(String(character)) > 0 {
                message = StatusMessage(text: words.noteFull(NoteDraft.limit), isError: true)
            }
        case .backspace, .delete:
            noteDraft.removeLast()
        case .enter:
            let text = noteDraft.text.trimmed
            assessment.setNote(text, at: time)
            screen = .question
            message = StatusMessage(text: text.isEmpty ? words.noteRemoved : words.noteSaved, isError: false)
            return [.save]
        case .escape:
            screen = .question
        default: break
        }
        return []
    }

    mutating func handleResults(_ key: Key) -> [Effect] {
        if let offset = scrolled(resultsScroll, by: key) {
            resultsScroll = offset
            return []
        }
        switch key {
        case .tab: openOverview()
        case .left, .backspace: go(toQuestion: questions.count - 1)
        case .character("q"), .character("Q"): return [.quit]
        default: break
        }
        return []
    }

    // MARK: - Scrolling

    /// The offset after a scrolling key (`Scroll`'s keys) within bounds, or nil when the key
    /// does not scroll.
    func scrolled(_ offset: Int, by key: Key) -> Int? {
        Scroll.offset(offset, after: key, page: pageSize, limit: maxScroll)
    }

    /// How far the current screen scrolls and pages at the last reported size, nil when that is
    /// unknown or too small. Laying a screen out wraps all its text, so the figures are kept
    /// (`ScrollMetrics.Memo`) for as long as nothing that shapes the screen changes: a run of
    /// scrolling keys lays it out once, not once per key (the fuzzer found 30,000 keys taking
    /// minutes on the results screen).
    var scrollMetrics: ScrollMetrics? {
        guard let size = terminalSize, !terminalIsTooSmall else { return nil }
        let key = ScrollMetrics.Key(screen: screen, size: size, response: response, savedPath: savedPath,
                                    hasSeenResults: hasSeenResults, questionIndex: questionIndex, highlighted: highlighted,
                                    overviewSelection: overviewSelection, form: form, noteLength: noteDraft.count,
                                    workshop: workshop, message: message)
        if let known = scrollMemo.metrics(for: key) { return known }
        let layout = layout(for: size)
        let metrics = ScrollMetrics(maxScroll: layout.body.maxScroll(in: layout.rows),
                                    pageSize: Scroll.page(rows: layout.body.scrollingRows(in: layout.rows)))
        scrollMemo.store(metrics, for: key)
        return metrics
    }

    /// How far PgUp and PgDn move: a screenful less one line, so that one line stays in view
    /// to read on from (10 before the size is known).
    var pageSize: Int { scrollMetrics?.pageSize ?? 10 }

    /// How far the current screen can scroll (no limit before the size is known: the renderer
    /// then keeps the offset within bounds on its own).
    var maxScroll: Int { scrollMetrics?.maxScroll ?? Int.max / 2 }

    /// After a resize, every view's offset within what the new size shows.
    mutating func keepScrollingInBounds() {
        guard terminalSize != nil, !terminalIsTooSmall else { return }
        let current = screen
        let views: [(Screen, WritableKeyPath<AppState, Int>)] = [
            (.results, \.resultsScroll), (.guidance, \.guidanceScroll), (.welcome, \.welcomeScroll),
        ]
        for (view, offset) in views {
            screen = view
            self[keyPath: offset] = Scroll.clamped(self[keyPath: offset], limit: maxScroll)
        }
        if case .dimensionIntro = current { screen = current } else { screen = .dimensionIntro(currentQuestion.dimension) }
        introScroll = Scroll.clamped(introScroll, limit: maxScroll)
        screen = current
    }
}
