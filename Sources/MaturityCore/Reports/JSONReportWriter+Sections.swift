// The optional sections of "maturity-report/1": versions, groups, over time, benchmark.
// docs/reports.md documents every field.

extension JSONReportWriter {
    struct Versions: Encodable, Sendable {
        struct Variant: Encodable, Sendable {
            var version: String
            @Nullable var fingerprint: String?
            var fingerprintDiffers: Bool
            var responses: [String]
            var answersNotInFramework: [String]
            var frameworkQuestionsUnanswered: [String]

            enum CodingKeys: String, CodingKey {
                case version, fingerprint, fingerprintDiffers = "fingerprint_differs", responses
                case answersNotInFramework = "answers_not_in_framework"
                case frameworkQuestionsUnanswered = "framework_questions_unanswered"
            }
        }

        struct Count: Encodable, Sendable {
            var id: String
            var responses: Int
        }

        var warning: Bool
        var variants: [Variant]
        var questionsNotInFramework: [Count]
        var stagesNotInFramework: [Count]

        enum CodingKeys: String, CodingKey {
            case warning, variants, questionsNotInFramework = "questions_not_in_framework"
            case stagesNotInFramework = "stages_not_in_framework"
        }
    }

    struct Groups: Encodable, Sendable {
        struct Group: Encodable, Sendable {
            var name: String
            var responses: Int
            var dimensions: [DimensionFigures]
            var overall: OverallFigures
        }

        struct Hidden: Encodable, Sendable {
            var groups: Int
            var people: Int
            /// Groups large enough to show, hidden so that smaller ones cannot be worked out.
            var protecting: Int
        }

        var by: String
        var minimumSize: Int
        var shown: [Group]
        var hidden: Hidden
        /// Everyone in no shown group taken together, when they are at least the minimum.
        @Nullable var others: Group?
        var withoutValue: Int

        enum CodingKeys: String, CodingKey {
            case by, minimumSize = "minimum_size", shown, hidden, others, withoutValue = "without_value"
        }
    }

    struct OverTime: Encodable, Sendable {
        struct Point: Encodable, Sendable {
            var firstDay: String
            var lastDay: String
            var responses: Int
            var dimensions: [DimensionFigures]
            var overall: OverallFigures

            enum CodingKeys: String, CodingKey {
                case firstDay = "first_day", lastDay = "last_day", responses, dimensions, overall
            }
        }

        struct Change: Encodable, Sendable {
            @Nullable var id: String?
            @Nullable var before: Double?
            @Nullable var after: Double?
            @Nullable var difference: Double?
            @Nullable var movement: String?
        }

        struct Step: Encodable, Sendable {
            var from: Int
            var to: Int
            var dimensions: [Change]
            var overall: Change
        }

        var organisation: String
        var grouping: String
        @Nullable var maximumGapDays: Int?
        var points: [Point]
        var steps: [Step]

        enum CodingKeys: String, CodingKey {
            case organisation, grouping, maximumGapDays = "maximum_gap_days", points, steps
        }
    }

    struct Benchmark: Encodable, Sendable {
        struct Sector: Encodable, Sendable {
            var organisations: Int
            var mean: Double
            var min: Double
            var max: Double
            var sd: Double
            var q1: Double
            var median: Double
            var q3: Double
        }

        struct Position: Encodable, Sendable {
            @Nullable var id: String?
            @Nullable var organisation: Double?
            @Nullable var sector: Sector?
            @Nullable var difference: Double?
            @Nullable var placing: String?
            @Nullable var percentile: Double?
        }

        var framework: BenchmarkFile.FrameworkReference
        var organisations: Int
        var created: String
        var fingerprintDiffers: Bool
        var dimensionsNotInBenchmark: [String]
        var dimensions: [Position]
        var overall: Position

        enum CodingKeys: String, CodingKey {
            case framework, organisations, created, fingerprintDiffers = "fingerprint_differs"
            case dimensionsNotInBenchmark = "dimensions_not_in_benchmark", dimensions, overall
        }
    }
}
