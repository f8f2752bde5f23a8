import MaturityCore

/// The workshop view, as a value: what the room sees of its answers, and how the host moves
/// through it. Anonymous by construction: it holds figures, never who gave them.
public struct PresenterState: Sendable {
    public enum View: Sendable, Equatable {
        case overview
        case dimension(Int)
        case disagreements
        case problems
        case help
        /// The workshop room's "how to join" card, for the projector.
        case joinCard
    }

    public enum Grouping: Sendable, Equatable, CaseIterable {
        case none, team, role

        var field: GroupBreakdown.Field? {
            switch self {
            case .none: return nil
            case .team: return .team
            case .role: return .role
            }
        }

        var next: Grouping {
            switch self {
            case .none: return .team
            case .team: return .role
            case .role: return .none
            }
        }
    }

    public let framework: Framework
    /// The presenter's own words, in the language asked for (`--lang`) or the framework's, with
    /// the framework's names for "don't know" and "not applicable" (`ScreenText.forFramework`).
    public let words: ScreenText
    public let minimumGroupSize: Int
    /// The folder as the host should see it (a full path), on the waiting and missing screens.
    public let folder: String
    public var view: View = .overview {
        didSet { if view != oldValue { scroll = 0 } }
    }
    /// Lines scrolled off the top, for views longer than the screen.
    public var scroll = 0
    /// The terminal's size, to know how far a long view can scroll.
    public var screenSize = Size(width: 80, height: 24)
    /// The view to go back to after help or the problem list.
    var previousView: View = .overview
    public var grouping: Grouping = .none
    /// Results hidden, so that the room answers before it sees.
    public var hidden: Bool
    /// New files wait while frozen.
    public var frozen = false
    /// The folder as last shown.
    public private(set) var shown: FolderSnapshot
    /// A newer folder state, held back while frozen.
    public private(set) var waiting: FolderSnapshot?
    /// Whether the folder has been there at some point: a missing folder is then "gone",
    /// not "not made yet".
    public private(set) var folderWasSeen = false
    /// What the room may see: every grouping decided at once (`RoomFigures`).
    public private(set) var figures: RoomFigures
    /// In a workshop room (`maturity workshop`): how to join and who is in; nil for `present`.
    public var room: RoomStatus?
    /// The host pressed q in a workshop room and is asked whether to end it for everyone.
    public private(set) var confirmingEnd = false
    /// Between the start and the end of a paste, whose text is ignored.
    public private(set) var isPasting = false

    /// Responses are stripped of names and notes as they come in (see `FolderSnapshot`), so
    /// that nothing drawn from this state can name anyone.
    public init(framework: Framework, words: ScreenText = .english, snapshot: FolderSnapshot = FolderSnapshot(), folder: String = "",
                hidden: Bool = false, grouping: Grouping = .none,
                minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize) {
        self.framework = framework
        self.words = words.forFramework(framework)
        // Shown on the projector, never opened: made safe once, as every name from outside is.
        self.folder = SafeText.sanitize(folder, keepNewlines: false)
        self.hidden = hidden
        self.grouping = grouping
        self.minimumGroupSize = max(1, minimumGroupSize)
        shown = Self.anonymised(snapshot)
        folderWasSeen = snapshot.folderState == .present
        figures = RoomFigures(framework: framework, minimumSize: minimumGroupSize)
        recompute()
    }

    /// A new state of the folder: shown at once, or held while the picture is frozen.
    public mutating func update(_ snapshot: FolderSnapshot) {
        let snapshot = Self.anonymised(snapshot)
        if snapshot.folderState == .present { folderWasSeen = true }
        if frozen {
            waiting = snapshot == shown ? nil : snapshot
        } else {
            shown = snapshot
            recompute()
        }
    }

    static func anonymised(_ snapshot: FolderSnapshot) -> FolderSnapshot {
        var snapshot = snapshot
        snapshot.complete = snapshot.complete.map(FolderSnapshot.anonymised)
        return snapshot
    }

    mutating func recompute() {
        figures = RoomFigures(responses: shown.complete, framework: framework, minimumSize: minimumGroupSize,
                              words: words.reportWords)
    }

    /// The whole room's figures; nil below the minimum, when only the count is shown.
    public var summary: GroupSummary? { figures.whole }

    /// The room by the current grouping; nil when not grouped, or below the minimum.
    public var groups: GroupBreakdown? { grouping.field.flatMap { figures.breakdown(by: $0) } }

    // MARK: - Keys

    /// Returns true when the host asked to quit: only `q` (or Ctrl-C) quits, so that a stray
    /// Esc cannot end a workshop. In a workshop room, quitting ends every participant's session,
    /// so q asks first; y (or Enter, or a second q or Ctrl-C) ends it, any other key carries on.
    public mutating func handle(_ key: Key) -> Bool {
        // Pasted text is never keys: a pasted "q" must not end the workshop.
        switch key {
        case .pasteStart: isPasting = true; return false
        case .pasteEnd: isPasting = false; return false
        case .interrupt, .resize, .hangUp: break
        default: if isPasting { return false }
        }
        if confirmingEnd {
            switch key {
            case .character("y"), .character("Y"), .character("q"), .character("Q"), .enter, .interrupt: return true
            case .resize(let size): screenSize = size
            default: confirmingEnd = false
            }
            return false
        }
        switch key {
        case .character("q"), .character("Q"), .interrupt:
            if room == nil { return true }
            confirmingEnd = true
        case .escape:
            if overlays.contains(view) { view = previousView }
        case .resize(let size): screenSize = size
        case .character(let letter) where (letter == "j" || letter == "J") && room != nil: open(.joinCard)
        case .right, .character("l"): step(by: 1)
        case .left, .character("h"): step(by: -1)
        case .character("o"), .character("O"): view = .overview
        case .character("d"), .character("D"): view = .disagreements
        case .character("g"), .character("G"):
            grouping = grouping.next
        case .character(" "): hidden.toggle()
        case .character("f"), .character("F"):
            frozen.toggle()
            if !frozen, let waiting {
                shown = waiting
                self.waiting = nil
                recompute()
            }
        case .character("e"), .character("E"): open(.problems)
        case .character("?"): open(.help)
        default:
            // Scrolling within what the current view holds at the current size.
            scroll = Scroll.offset(scroll, after: key, page: Scroll.page(rows: pageHeight(for: screenSize)),
                                   limit: scrollLimit(for: screenSize)) ?? scroll
        }
        return false
    }

    /// Views that cover the picture for a moment: Esc, or their own key again, goes back.
    var overlays: [View] { [.help, .problems, .joinCard] }

    mutating func open(_ overlay: View) {
        if view == overlay {
            view = previousView
        } else {
            if !overlays.contains(view) { previousView = view }
            view = overlay
        }
    }

    /// Left and right walk: overview, each dimension in turn, the disagreements, and round.
    mutating func step(by offset: Int) {
        let count = framework.dimensions.count
        var order: [View] = [.overview]
        order += (0..<count).map { View.dimension($0) }
        order.append(.disagreements)
        let current = order.firstIndex(of: view) ?? 0
        view = order[(current + offset + order.count) % order.count]
    }
}
