// The shape of "maturity-report/1", type by type. docs/reports.md documents every field; a
// change here that renames, removes or retypes a field needs a new schema version there.
//
// The report is written from these types by JSONReportWriter+Emitter, which must list every
// field too; their `Encodable` conformances give the same bytes through JSONEncoder, the
// reference that JSONReportEquivalenceTests compares the emitter with.

extension JSONReportWriter {
    /// Encodes nil as `null` rather than leaving the key out (`JSONEncoder`'s default for
    /// optionals), so that a reader always finds the key: "not scored" is a value, not a gap.
    @propertyWrapper
    struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
        var wrappedValue: Value?

        init(wrappedValue: Value?) {
            self.wrappedValue = wrappedValue
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
        }
    }

    struct Document: Encodable, Sendable {
        var schema: String
        var framework: FrameworkInfo
        var generated: String
        /// The language of the report's own words (its sentences, such as `method`).
        var language: String
        var method: String
        var responses: Int
        var organisations: [Organisation]
        var dimensions: [DimensionFigures]
        var areas: [AreaFigures]
        var overall: OverallFigures
        var respondents: [Respondent]
        var versions: Versions
        var nextSteps: [NextStep]
        /// For one response, each question's own next step for the answer given.
        var questionSteps: [QuestionStep]
        var groups: Groups?
        var overTime: OverTime?
        var benchmark: Benchmark?
        var problems: [Problem]
        /// Present when earlier rounds are left out of the figures (they are in `over_time`).
        var rounds: Rounds?

        enum CodingKeys: String, CodingKey {
            case schema, framework, generated, language, method, responses, organisations, dimensions, areas, overall, respondents
            case versions, nextSteps = "next_steps", questionSteps = "question_steps", groups, overTime = "over_time", benchmark, problems, rounds
        }
    }

    /// Which responses the figures are: each organisation's latest round.
    struct Rounds: Encodable, Sendable {
        var firstDay: String
        var lastDay: String
        var responses: Int
        var earlierResponses: Int
        var maximumGapDays: Int
        var note: String

        enum CodingKeys: String, CodingKey {
            case firstDay = "first_day", lastDay = "last_day", responses, earlierResponses = "earlier_responses"
            case maximumGapDays = "maximum_gap_days", note
        }
    }

    struct FrameworkInfo: Encodable, Sendable {
        struct Stage: Encodable, Sendable {
            var id: String
            var name: String
            /// Its score: its position from 1, or the `value:` the framework gives it.
            var value: Double
        }

        var id: String
        var version: String
        var title: String
        var language: String
        var fingerprint: String
        @Nullable var licence: String?
        @Nullable var attribution: String?
        var stages: [Stage]
    }

    struct Organisation: Encodable, Sendable {
        var name: String
        var responses: Int
    }

    /// A group's figures for one score: shared by a dimension and the overall score.
    struct Figures: Encodable, Sendable {
        @Nullable var mean: Double?
        @Nullable var stage: String?
        @Nullable var min: Double?
        @Nullable var max: Double?
        @Nullable var sd: Double?
        @Nullable var q1: Double?
        @Nullable var median: Double?
        @Nullable var q3: Double?
        var scored: Int
        var notScored: Int
        var histogram: [String: Int]

        enum CodingKeys: String, CodingKey {
            case mean, stage, min, max, sd, q1, median, q3, scored, notScored = "not_scored", histogram
        }
    }

    struct DimensionFigures: Encodable, Sendable {
        var id: String
        var name: String
        var figures: Figures
        var unknowns: Int
        var notApplicable: Int
        var answered: Int
        var total: Int
        /// Whether the group is split on the dimension (`StageSplit`).
        var disagreement: Bool
        /// The questions to start talking about, for a split dimension.
        var widestQuestions: [QuestionSpread]
        @Nullable var split: Split?

        enum CodingKeys: String, CodingKey {
            case id, name, unknowns, notApplicable = "not_applicable", answered, total, disagreement
            case widestQuestions = "widest_questions", split
        }

        // The figures sit beside the dimension's own fields, not nested under a key.
        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(unknowns, forKey: .unknowns)
            try container.encode(notApplicable, forKey: .notApplicable)
            try container.encode(answered, forKey: .answered)
            try container.encode(total, forKey: .total)
            try container.encode(disagreement, forKey: .disagreement)
            try container.encode(widestQuestions, forKey: .widestQuestions)
            try container.encode(_split, forKey: .split)
        }
    }

    /// The two ends of a split: their stage ids and how many people stand at each.
    struct Split: Encodable, Sendable {
        var lowStages: [String]
        var lowPeople: Int
        var highStages: [String]
        var highPeople: Int

        enum CodingKeys: String, CodingKey {
            case lowStages = "low_stages", lowPeople = "low_people", highStages = "high_stages", highPeople = "high_people"
        }
    }

    /// A next step, whole, and line by line.
    struct NextStep: Encodable, Sendable {
        var dimension: String
        var from: String
        var to: String
        var text: String
        var lines: [String]
    }

    /// A question's own next step, for the stage it was answered at.
    struct QuestionStep: Encodable, Sendable {
        var question: String
        var number: Int
        var dimension: String
        var from: String
        var to: String
        var statement: String
        @Nullable var guidance: String?
        var text: String
        var lines: [String]
    }

    struct OverallFigures: Encodable, Sendable {
        var figures: Figures
        var unknowns: Int
        var answered: Int
        var total: Int

        enum CodingKeys: String, CodingKey {
            case unknowns, answered, total
        }

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(unknowns, forKey: .unknowns)
            try container.encode(answered, forKey: .answered)
            try container.encode(total, forKey: .total)
        }
    }

    /// An area of the framework (a group of dimensions) and the figures of people's area scores,
    /// merged in one object as a dimension's are.
    struct AreaFigures: Encodable, Sendable {
        var id: String
        var name: String
        var dimensions: [String]
        var figures: Figures

        enum CodingKeys: String, CodingKey {
            case id, name, dimensions
        }

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(dimensions, forKey: .dimensions)
        }
    }

    struct QuestionSpread: Encodable, Sendable {
        var question: String
        var text: String
        var lowest: String
        var highest: String
        var spread: Int
        var answers: Int
    }

    // There is one of these per response, so they encode their optionals directly: a
    // `Nullable` wrapper costs a nested encoder per value, which more than doubles the time
    // JSONEncoder takes (the reference encoding, no longer the one the report is written with).

    struct Respondent: Encodable, Sendable {
        var response: String
        var organisation: String
        var respondent: String?
        var team: String?
        var role: String?
        var updated: String
        var status: String
        var answered: Int
        var total: Int
        var overall: Score
        /// Dimension id -> score, in framework order (the encoder sorts the keys).
        var dimensions: [(id: String, score: DimensionScore)]

        enum CodingKeys: String, CodingKey {
            case response, organisation, respondent, team, role, updated, status, answered, total, overall, dimensions
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(response, forKey: .response)
            try container.encode(organisation, forKey: .organisation)
            try container.encodeNullable(respondent, forKey: .respondent)
            try container.encodeNullable(team, forKey: .team)
            try container.encodeNullable(role, forKey: .role)
            try container.encode(updated, forKey: .updated)
            try container.encode(status, forKey: .status)
            try container.encode(answered, forKey: .answered)
            try container.encode(total, forKey: .total)
            try container.encode(overall, forKey: .overall)
            // Keyed by dimension id through a container rather than a Dictionary, which the
            // encoder would first copy into an object of its own.
            var byID = container.nestedContainer(keyedBy: IDKey.self, forKey: .dimensions)
            for (id, score) in dimensions { try byID.encode(score, forKey: IDKey(stringValue: id)) }
        }
    }

    /// A coding key that is whatever id the data has.
    struct IDKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            nil
        }
    }

    struct Score: Encodable, Sendable {
        var score: Double?
        var stage: String?

        enum CodingKeys: String, CodingKey {
            case score, stage
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeNullable(score, forKey: .score)
            try container.encodeNullable(stage, forKey: .stage)
        }
    }

    struct DimensionScore: Encodable, Sendable {
        var score: Double?
        var stage: String?
        var answered: Int
        var dontKnow: Int
        var notApplicable: Int
        var total: Int

        // The answer names of response files, as the schema spells them.
        enum CodingKeys: String, CodingKey {
            case score, stage, answered, dontKnow = "dont-know", notApplicable = "not-applicable", total
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeNullable(score, forKey: .score)
            try container.encodeNullable(stage, forKey: .stage)
            try container.encode(answered, forKey: .answered)
            try container.encode(dontKnow, forKey: .dontKnow)
            try container.encode(notApplicable, forKey: .notApplicable)
            try container.encode(total, forKey: .total)
        }
    }

    struct Problem: Encodable, Sendable {
        var source: String
        var reason: String
    }
}

fileprivate extension KeyedEncodingContainer {
    /// The value, or `null` (where `encodeIfPresent` would leave the key out).
    mutating func encodeNullable<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
