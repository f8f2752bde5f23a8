/// One organisation's answers gathered into rounds of the assessment (docs/scoring.md, "Rounds"):
/// in the order they were last saved, a response more than two weeks after the one before it
/// starts a new round. A workshop, or a survey left open for a fortnight, is one round; the
/// same charity in June and again in December is two.
///
/// A report's headline, group figures and sector comparison are each organisation's latest
/// round; earlier rounds are the change over time. Mixing June with December once put a charity
/// "below" the sector everywhere, though December alone was above it in four dimensions.
public enum AssessmentRounds {
    /// A response more than this many days after the one before it starts a new round.
    public static let gapDays = 14

    /// Runs of `items` in time order (earliest first; ties by id, so that the order of the
    /// files never matters), a new run after each gap of more than `gapDays`.
    static func rounds<Item>(_ items: [Item], response: (Item) -> Response) -> [[Item]] {
        let sorted = items.sorted { (response($0).updated, response($0).id) < (response($1).updated, response($1).id) }
        var runs: [[Item]] = []
        for item in sorted {
            if let last = runs.last?.last,
               response(item).updated.seconds - response(last).updated.seconds <= Int64(gapDays) * 86_400 {
                runs[runs.count - 1].append(item)
            } else {
                runs.append([item])
            }
        }
        return runs
    }

    /// Each organisation's latest round (organisations matched as team names are), and the
    /// responses of earlier rounds. Responses with no organisation name are one organisation.
    static func latest<Item>(_ items: [Item], response: (Item) -> Response) -> (current: [Item], earlier: [Item]) {
        var byOrganisation: [String: [Item]] = [:]
        for item in items { byOrganisation[GroupName.key(response(item).organisation) ?? "", default: []].append(item) }
        var current: [Item] = []
        var earlier: [Item] = []
        for key in byOrganisation.keys.sorted() {
            let runs = rounds(byOrganisation[key] ?? [], response: response)
            current += runs.last ?? []
            earlier += runs.dropLast().flatMap { $0 }
        }
        return (current, earlier)
    }

    /// The same, for responses.
    public static func latest(_ responses: [Response]) -> (current: [Response], earlier: [Response]) {
        latest(responses) { $0 }
    }
}
