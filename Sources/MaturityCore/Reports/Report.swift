/// Everything a report says, computed once from the responses; the HTML, Markdown, CSV and
/// JSON writers only lay it out. Which sections it has depends on the input: one response, a
/// group, one organisation over time, and a benchmark when one is given.
public struct Report: Sendable {
    /// A file that could not be used, or a response left out, and why: always listed.
    public struct Problem: Sendable, Equatable {
        /// What was not used, other than a file given by its path.
        public enum Place: Sendable, Equatable {
            case response(id: String)
            case benchmark
        }

        /// The file's path, or the place in English words (the command line's).
        public var source: String
        /// The reason in English words (the command line's).
        public var reason: String
        /// Why, as a value, so that a report can say it in its own language; nil for a reason
        /// only the English says (a folder that cannot be read, a benchmark that does not fit).
        public var kind: ResponseSelection.Reason?
        public var place: Place?

        public init(source: String, reason: String, kind: ResponseSelection.Reason? = nil, place: Place? = nil) {
            self.source = source
            self.reason = reason
            self.kind = kind
            self.place = place
        }
    }

    /// One respondent's figures, in framework order.
    public struct Respondent: Sendable {
        public var response: Response
        public var scores: ResponseScores
        public var summary: ResultSummary
    }

    /// What the report is built from.
    public struct Input: Sendable {
        public var framework: Framework
        public var responses: [Response]
        public var problems: [Problem]
        public var groupBy: GroupBreakdown.Field?
        public var minimumGroupSize: Int
        public var benchmark: BenchmarkFile?
        public var generated: Timestamp
        /// The language the report speaks (`ReportWords.language(of:framework:)` chooses one
        /// when none is asked for).
        public var words: ReportWords

        public init(framework: Framework, responses: [Response], problems: [Problem] = [],
                    groupBy: GroupBreakdown.Field? = nil, minimumGroupSize: Int = GroupBreakdown.defaultMinimumSize,
                    benchmark: BenchmarkFile? = nil, generated: Timestamp, words: ReportWords = .english) {
            self.words = words
            self.framework = framework
            self.responses = responses
            // File names and reasons come from outside (a folder called "x ESC ]0;..."): made safe
        // once, here, for every format.
        self.problems = problems.map {
            Problem(source: SafeText.sanitize($0.source, keepNewlines: false), reason: SafeText.sanitize($0.reason, keepNewlines: false),
                    kind: $0.kind, place: $0.place)
        }
            self.groupBy = groupBy
            self.minimumGroupSize = minimumGroupSize
            self.benchmark = benchmark
            self.generated = generated
        }
    }

    public static let schema = "maturity-report/1"

    public var framework: Framework
    public var generated: Timestamp
    /// Responses used, in a stable order (organisation, then time, then id).
    public var respondents: [Respondent]
    /// The whole group (also for a single response, where it is that person): each
    /// organisation's latest round (`AssessmentRounds`).
    public var group: GroupSummary
    /// The responses of earlier rounds, which are in the change over time but not in `group`.
    public var earlierRounds: Int
    /// The first and last day of the latest round, when there were earlier ones.
    public var latestRoundDays: (first: String, last: String)?
    /// Groups by team or role, when asked for.
    public var breakdown: GroupBreakdown?
    /// Change over time, when the responses are one organisation's in two or more rounds.
    public var overTime: ChangeOverTime?
    public var benchmark: BenchmarkFile?
    public var benchmarkComparison: BenchmarkComparison?
    /// Organisation names with how many responses each, when there is more than one.
    public var organisations: [(name: String, responses: Int)]
    public var problems: [Problem]
    /// The report's words, in its language.
    public var words: ReportWords
    /// What every format shows, worked out once from the above.
    public private(set) var content: ReportContent

    public var isSingle: Bool { respondents.count == 1 }

    /// The one sentence on method every report carries.
    public var methodSentence: String {
        let stages = framework.stages
        let values = framework.scale
        let scale = if let first = stages.first, let last = stages.last, stages.count >= 2 {
            words(.methodScale, ["lowest": words.number(StageScale.text(values.minimum)), "first": first.name,
                                 "highest": words.number(values.maximumText), "last": last.name])
        } else {
            "1 … \(stages.count)"
        }
        return words(.method, ["scale": scale, "dont-know": words(.dontKnowInSentence),
                               "not-applicable": words(.notApplicableInSentence)])
    }

    public init(_ input: Input) {
        let framework = input.framework
        self.framework = framework
        words = input.words.forFramework(framework)
        generated = input.generated
        let split = FrameworkSplit(input.responses, framework: framework)
        let used = split.matching.sorted { ($0.organisation, $0.updated, $0.id) < ($1.organisation, $1.updated, $1.id) }
        // Every response is scored once, and the group, its breakdown and the change over time
        // all share those scores.
        let scored = ScoredResponse.scoreAll(used, in: framework)
        respondents = scored.map { item in
            Respondent(response: item.response, scores: item.scores, summary: ResultSummary(scores: item.scores, framework: framework, answers: item.response.answers))
        }
        // The figures are each organisation's latest round; earlier rounds are its change over time.
        let rounds = AssessmentRounds.latest(scored, response: \.response)
        earlierRounds = rounds.earlier.count
        let days = rounds.current.map(\.response.updated.day).sorted()
        latestRoundDays = rounds.earlier.isEmpty ? nil : days.first.map { ($0, days[days.count - 1]) }
        group = GroupSummary(scored: rounds.current, framework: framework, leftOut: split.leftOut)
        breakdown = input.groupBy.map {
            GroupBreakdown(scored: rounds.current, framework: framework, by: $0, minimumSize: input.minimumGroupSize)
        }
        var counts: [String: Int] = [:]
        for response in used { counts[response.organisation, default: 0] += 1 }
        organisations = counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if counts.count == 1, let organisation = counts.keys.first {
            let change = ChangeOverTime(scored: scored, framework: framework, organisation: organisation)
            overTime = change.points.count >= 2 ? change : nil
        }
        benchmark = input.benchmark
        var problems = input.problems
        problems += split.leftOut.map {
            Problem(source: "response \($0.responseID)", reason: $0.reason,
                    kind: .otherFramework(answered: $0.frameworkID, used: framework.id), place: .response(id: $0.responseID))
        }
        if let benchmark = input.benchmark {
            do {
                benchmarkComparison = try BenchmarkComparison(summary: group, benchmark: benchmark)
            } catch {
                problems.append(Problem(source: "the benchmark", reason: "\(error)", place: .benchmark))
            }
        }
        self.problems = problems
        content = ReportContent(framework: framework, group: group, single: respondents.count == 1 ? respondents.first : nil,
                                breakdown: breakdown, overTime: overTime, comparison: benchmarkComparison,
                                earlierRounds: earlierRounds, latestRoundDays: latestRoundDays, words: words)
    }
}
