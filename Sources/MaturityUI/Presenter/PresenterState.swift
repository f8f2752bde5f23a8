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
    public let minimumGroupSize: Int
    public var view: View = .overview {
        didSet { if view != oldValue { scroll = 0 } }
    }
    /// Lines scrolled off the top, for views longer than the screen.
    public var scroll = 0
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
    public private(set) var summary: GroupSummary
    public private(set) var breakdown: GroupBreakdown?

    public init(framework: Framework, snapshot: FolderSnapshot = FolderSnapshot(), hidden: Bool = false,
                grouping: Grouping = .none, minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize) {
        self.framework = framework
        self.hidden = hidden
        self.grouping = grouping
        self.minimumGroupSize = minimumGroupSize
        shown = snapshot
        summary = GroupSummary(responses: snapshot.complete, framework: framework)
        breakdown = nil
        recompute()
    }

    /// A new state of the folder: shown at once, or held while the picture is frozen.
    public mutating func update(_ snapshot: FolderSnapshot) {
        if frozen {
            waiting = snapshot == shown ? nil : snapshot
        } else {
            shown = snapshot
            recompute()
        }
    }

    mutating func recompute() {
        summary = GroupSummary(responses: shown.complete, framework: framework)
        breakdown = grouping.field.map {
            GroupBreakdown(responses: shown.complete, framework: framework, by: $0, minimumSize: minimumGroupSize)
        }
    }

    // MARK: - Keys

    /// Returns true when the host asked to quit.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character("q"), .character("Q"), .interrupt: return true
        case .escape:
            if view == .help || view == .problems { view = previousView } else { return true }
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .right, .character("l"): step(by: 1)
        case .left, .character("h"): step(by: -1)
        case .character("o"), .character("O"): view = .overview
        case .character("d"), .character("D"): view = .disagreements
        case .character("g"), .character("G"):
            grouping = grouping.next
            recompute()
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
        default: break
        }
        return false
    }

    mutating func open(_ overlay: View) {
        if view == overlay {
            view = previousView
        } else {
            if view != .help && view != .problems { previousView = view }
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
