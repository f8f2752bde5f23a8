/// The words of a report's figures and sentences that every format and the workshop view share
/// (`ReportContent`, `RoomFigures`).
extension ReportPhrase {
    public static let overall = ReportPhrase("report-overall")
    public static let everyone = ReportPhrase("report-everyone")
    public static let notScored = ReportPhrase("not-scored")
    public static let percent = ReportPhrase("percent")
    public static let listLast = ReportPhrase("list-last")
    public static let dontKnow = ReportPhrase("dont-know")
    public static let notApplicable = ReportPhrase("not-applicable")
    public static let dontKnowInSentence = ReportPhrase("dont-know-in-sentence")
    public static let notApplicableInSentence = ReportPhrase("not-applicable-in-sentence")
    public static let lastStage = ReportPhrase("report-last-stage")
    public static let wayToNext = ReportPhrase("report-way-to-next")
    public static let countPeople = ReportPhrase("report-count-people")
    public static let countResponses = ReportPhrase("report-count-responses")
    public static let stagesOr = ReportPhrase("report-stages-or")
    public static let stagesTo = ReportPhrase("report-stages-to")
    public static let daySpan = ReportPhrase("report-day-span")
    public static let splitSentence = ReportPhrase("report-split-sentence")
    public static let splitRule = ReportPhrase("report-split-rule")
    public static let farAbove = ReportPhrase("report-far-above")
    public static let farBelow = ReportPhrase("report-far-below")
    public static let farBoth = ReportPhrase("report-far-both")
    public static let othersSmallerTeams = ReportPhrase("report-others-smaller-teams")
    public static let othersNoTeam = ReportPhrase("report-others-no-team")
    public static let othersSmallerOrNoTeams = ReportPhrase("report-others-smaller-or-no-teams")
    public static let othersSmallerRoles = ReportPhrase("report-others-smaller-roles")
    public static let othersNoRole = ReportPhrase("report-others-no-role")
    public static let othersSmallerOrNoRoles = ReportPhrase("report-others-smaller-or-no-roles")
    public static let sectorAbove = ReportPhrase("report-sector-above")
    public static let sectorLevel = ReportPhrase("report-sector-level")
    public static let sectorBelow = ReportPhrase("report-sector-below")
    public static let roundsLatest = ReportPhrase("report-rounds-latest")
    public static let roundsEach = ReportPhrase("report-rounds-each")
    public static let method = ReportPhrase("report-method")
    public static let methodScale = ReportPhrase("report-method-scale")
}

extension ReportWords {
    /// A score as a report shows it: "2.8" (or "2,8"), "not scored" when there is none.
    public func score(_ value: Double?) -> String {
        value == nil ? self(.notScored) : number(Scoring.display(value))
    }

    public func score(_ text: ScoreText) -> String { score(text.value) }

    /// A share as the language writes it: "75%", "75 %".
    public func percent(_ share: Double) -> String {
        self(.percent, ["percent": String(Percentage.whole(share))])
    }

    /// "3 people", "1 person".
    public func people(_ count: Int) -> String { counted(.countPeople, count) }

    /// "3 responses", "1 response".
    public func responses(_ count: Int) -> String { counted(.countResponses, count) }

    /// A run of days: one day, or "first to last", each as the language writes a date.
    public func days(_ first: String, _ last: String) -> String {
        first == last ? day(first) : self(.daySpan, ["first": day(first), "last": day(last)])
    }
}
