import MaturityCore

/// The workshop view on screen: big block bars, high contrast, few words, readable from the
/// back of a room. No names are ever drawn: only figures, and groups above the minimum size.
extension PresenterState {
    /// Rows above the body besides the room's: title and counts, the view's caption, a rule.
    static let headerRows = 3

    /// Rows above the body at `size`: the room's rows (how to join), then the usual three.
    func headerHeight(for size: Size) -> Int {
        Self.headerRows + roomRows(size: size).count
    }

    public func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= Frame.minimumSize.width, size.height >= Frame.minimumSize.height else {
            frame.drawTooSmall(need: Frame.minimumSize, words: words)
            return frame
        }
        let roomRows = roomRows(size: size)
        drawRoomRows(roomRows, into: &frame)
        drawHeader(into: &frame, top: roomRows.count)
        let footer = footerRows(size: size)
        let top = headerHeight(for: size)
        let bottom = size.height - (confirmingEnd ? 2 : footer.count)
        placeBody(bodyLines(size: size), into: &frame, top: top, bottom: bottom)
        if confirmingEnd {
            drawEndConfirmation(into: &frame)
        } else {
            drawFooter(footer, into: &frame)
        }
        return frame
    }

    /// Rows the body may use at `size`.
    func pageHeight(for size: Size) -> Int {
        max(0, size.height - headerHeight(for: size) - footerRows(size: size).count)
    }

    /// How far the current view can scroll at `size`: a long view keeps its last row for the
    /// "more" marker.
    func scrollLimit(for size: Size) -> Int {
        let height = pageHeight(for: size)
        let count = bodyLines(size: size).count
        return count > height ? count - max(1, height - 1) : 0
    }

    /// The body of the current view, before scrolling.
    func bodyLines(size: Size) -> [StyledLine] {
        let width = size.width - 2
        let height = pageHeight(for: size)
        switch view {
        case .help: return helpLines(width: width)
        case .problems: return problemLines(width: width)
        case .joinCard: return joinCardLines(width: width)
        default: break
        }
        if let message = folderMessage() { return centred(message, width: width, height: height) }
        if hidden {
            return centred([words.presenterResultsHidden, "", words.presenterAnswerFirst],
                           width: width, height: height)
        }
        switch view {
        case .overview: return overviewLines(width: width, height: height)
        case .dimension(let index): return dimensionLines(index, width: width, height: height)
        case .disagreements: return disagreementLines(width: width)
        case .problems, .help, .joinCard: return []
        }
    }

    /// Places the body, scrolled; a view longer than the room gives its last row to a marker
    /// saying there is more, and which keys reach it.
    func placeBody(_ lines: [StyledLine], into frame: inout Frame, top: Int, bottom: Int) {
        let height = bottom - top
        guard lines.count > height, height >= 2 else {
            frame.place(lines, top: top, bottom: bottom)
            return
        }
        let visible = height - 1
        let offset = Scroll.clamped(scroll, limit: lines.count - visible)
        frame.place(Array(lines[offset...]), top: top, bottom: top + visible)
        let above = offset > 0
        let below = offset + visible < lines.count
        let marker = above && below ? words.presenterMoreAboveAndBelow : below ? words.presenterMoreBelow : words.presenterMoreAbove
        frame.put(marker, row: bottom - 1, column: max(1, frame.size.width - DisplayWidth.of(marker) - 1), role: .keyHint)
    }

    func drawHeader(into frame: inout Frame, top: Int = 0) {
        // The counts come first: on a narrow screen the title gives way, and the unreadable
        // count moves to the second line.
        let complete = shown.complete.count
        var status = words.presenterResponses(complete) + "   " + words.presenterInProgress(shown.inProgress)
        let unreadable = shown.unusable.isEmpty ? nil : words.presenterUnreadable(shown.unusable.count)
        var unreadableOnSecondRow = false
        if let unreadable {
            if DisplayWidth.of(status + "   " + unreadable) + 12 <= frame.size.width {
                status += "   " + unreadable
            } else {
                unreadableOnSecondRow = true
            }
        }
        let statusWidth = DisplayWidth.of(status)
        frame.put(fitted(framework.title, width: frame.size.width - statusWidth - 4), row: top, column: 1, role: .title)
        frame.put(status, row: top, column: max(1, frame.size.width - statusWidth - 1), role: .heading)
        if unreadableOnSecondRow, let unreadable {
            frame.put(unreadable, row: top + 1, column: max(1, frame.size.width - DisplayWidth.of(unreadable) - 1), role: .warning)
        }
        let caption: String
        switch view {
        case .overview: caption = words.presenterAllDimensions
        case .dimension(let index): caption = words.presenterDimensionCaption(framework.dimensions[index].name, index + 1, framework.dimensions.count)
        case .disagreements: caption = words.presenterWherePeopleDiffer
        case .problems: caption = words.presenterFilesNotUsed
        case .help: caption = words.presenterKeys
        case .joinCard: caption = words.presenterHowToJoin
        }
        // Grouping changes only the overview and the dimensions, so only they say so.
        var grouped = false
        if case .dimension = view { grouped = grouping != .none }
        if view == .overview { grouped = grouping != .none }
        var available = frame.size.width - 2 - (unreadableOnSecondRow ? DisplayWidth.of(unreadable ?? "") + 2 : 0)
        // What the picture is (grouped, frozen) matters more than the end of the caption: the
        // caption gives way first, then the longer wordings.
        var extras: [(text: String, short: String, role: StyleRole)] = []
        if grouped {
            let team = grouping == .team
            extras.append(("   " + (team ? words.presenterGroupedByTeam : words.presenterGroupedByRole),
                           "  " + (team ? words.presenterByTeam : words.presenterByRole), .heading))
        }
        if frozen {
            extras.append(("   " + (waiting == nil ? words.presenterFrozen : words.presenterFrozenWaiting), "  " + words.presenterFrozen, .warning))
        }
        let shortCaption = min(DisplayWidth.of(caption), 10)
        if shortCaption + extras.reduce(0, { $0 + DisplayWidth.of($1.text) }) > available {
            extras = extras.map { ($0.short, $0.short, $0.role) }
        }
        available -= extras.reduce(0) { $0 + DisplayWidth.of($1.text) }
        var column = 1 + frame.put(fitted(caption, width: available), row: top + 1, column: 1, role: .heading)
        for extra in extras { column += frame.put(extra.text, row: top + 1, column: column, role: extra.role) }
        frame.put(String(repeating: "━", count: frame.size.width), row: top + 2, column: 0, role: .dim)
    }

    /// Text cut to `width` columns with an ellipsis, so a cut never passes for the whole.
    func fitted(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        return String(DisplayWidth.prefix(of: text, fitting: max(0, width - 1))) + "…"
    }

    /// A few lines a third of the way down, wrapped.
    func centred(_ texts: [String], width: Int, height: Int) -> [StyledLine] {
        let wrapped = texts.flatMap { $0.isEmpty ? [StyledLine.blank] : StyledLine.wrapped($0, width: width - 2, role: .heading, indent: 2) }
        return Array(repeating: StyledLine.blank, count: max(0, (height - wrapped.count) / 3)) + wrapped
    }

    /// What to say instead of results when the folder is not there or cannot be read.
    func folderMessage() -> [String]? {
        let name = folder.isEmpty ? words.presenterTheAnswersFolder : folder
        switch shown.folderState {
        case .present: return nil
        case .missing where folderWasSeen:
            return [words.presenterFolderGone(name), "", words.presenterFolderBack]
        case .missing:
            return [words.presenterFolderMissing(name), "", words.presenterFolderMadeWhen]
        case .unreadable(let reason):
            return [words.presenterFolderUnreadable(name, reason)]
        }
    }
}
