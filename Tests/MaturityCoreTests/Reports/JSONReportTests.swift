import Foundation
import MaturityCore
import Testing

/// The JSON report ("maturity-report/1"): it parses, carries the schema and the counts,
/// unrounded scores, `null` (never a missing key) for not scored, and text exactly as read.
@Suite struct JSONReportTests {
    typealias F = ReportFixtures

    static func object(_ report: Report) throws -> [String: Any] {
        let text = JSONReportWriter.write(report)
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any])
    }

    static func dictionary(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }
    static func array(_ value: Any?) throws -> [[String: Any]] { try #require(value as? [[String: Any]]) }

    @Test func theTopLevelHasTheSchemaFrameworkAndCounts() throws {
        let json = try Self.object(F.group)
        #expect(json["schema"] as? String == "maturity-report/1")
        #expect(json["generated"] as? String == "2026-11-21T12:00:00Z")
        #expect(json["responses"] as? Int == 3)
        let framework = try Self.dictionary(json["framework"])
        #expect(framework["id"] as? String == "worked-example")
        #expect(framework["version"] as? String == "1")
        #expect(framework["title"] as? String == "Worked example")
        #expect(framework["fingerprint"] as? String == F.framework.fingerprint)
        #expect(framework["licence"] as? String == "CC BY 4.0")
        #expect(try Self.array(framework["stages"]).map { $0["id"] as? String } == F.stageIDs)
        #expect((json["method"] as? String)?.contains("docs/scoring.md") == true)
        let problems = try Self.array(json["problems"])
        #expect(problems.map { $0["source"] as? String } == ["broken.yaml", "response z"])
        #expect(try Self.array(json["organisations"]).first?["responses"] as? Int == 3)
    }

    @Test func groupFiguresAreUnroundedNumbers() throws {
        let json = try Self.object(F.group)
        let dimensions = try Self.array(json["dimensions"])
        #expect(dimensions.map { $0["id"] as? String } == ["data", "leadership", "tools"])
        let data = dimensions[0]
        // docs/scoring.md: mean 8.35 / 3, min 1.6, max 4.0, sd 0.9801, histogram 1 1 0 1.
        let mean = try #require(data["mean"] as? Double)
        #expect(abs(mean - 8.35 / 3) < 1e-12 && mean == F.group.group.dimensions[0].scores.mean)
        #expect(data["stage"] as? String == "emerging")
        #expect(data["min"] as? Double == 1.6 && data["max"] as? Double == 4)
        #expect(abs((data["sd"] as? Double ?? 0) - 0.9801) < 1e-4)
        #expect(data["median"] as? Double == 2.75 && data["q1"] as? Double == 2.175 && data["q3"] as? Double == 3.375)
        #expect(data["scored"] as? Int == 3 && data["not_scored"] as? Int == 0)
        #expect(data["histogram"] as? [String: Int] == ["unaware": 1, "emerging": 1, "developing": 0, "mastering": 1])
        #expect(data["unknowns"] as? Int == 2)
        // One person at each end is no split (docs/scoring.md): not flagged, no questions, split null.
        #expect(data["disagreement"] as? Bool == false)
        #expect(try Self.array(data["widest_questions"]).isEmpty)
        #expect(data.keys.contains("split") && data["split"] is NSNull)
        #expect(dimensions[2]["disagreement"] as? Bool == false)
        #expect(dimensions[2]["not_scored"] as? Int == 2)

        let overall = try Self.dictionary(json["overall"])
        #expect(abs((overall["mean"] as? Double ?? 0) - 8.525 / 3) < 1e-12)
        #expect(overall["stage"] as? String == "emerging")
        #expect(overall["histogram"] as? [String: Int] == ["unaware": 1, "emerging": 0, "developing": 2, "mastering": 0])
    }

    @Test func respondentsCarryTheirScoresWithNullForNotScored() throws {
        let json = try Self.object(F.group)
        let respondents = try Self.array(json["respondents"])
        #expect(respondents.count == 3)
        let a = try #require(respondents.first { $0["response"] as? String == "a" })
        #expect(a["organisation"] as? String == "Example Trust" && a["respondent"] as? String == "Ann")
        #expect(a["team"] as? String == "Fundraising" && a["role"] as? String == "Trustee")
        #expect(a["updated"] as? String == "2026-11-21T10:20:00Z" && a["status"] as? String == "complete")
        let overall = try Self.dictionary(a["overall"])
        #expect(overall["score"] as? Double == 9.5 / 3 && overall["stage"] as? String == "developing")
        let dimensions = try Self.dictionary(a["dimensions"])
        let data = try Self.dictionary(dimensions["data"])
        #expect(data["score"] as? Double == 2.75 && data["stage"] as? String == "emerging")
        #expect(data["answered"] as? Int == 4 && data["dont-know"] as? Int == 1)
        // Not scored: the keys are there, with null.
        let tools = try Self.dictionary(dimensions["tools"])
        #expect(tools.keys.contains("score") && tools["score"] is NSNull)
        #expect(tools.keys.contains("stage") && tools["stage"] is NSNull)
        #expect(tools["dont-know"] as? Int == 1)
        let text = JSONReportWriter.write(F.single)
        #expect(text.contains("\"score\" : null"))
    }

    @Test func aNotScoredGroupFigureIsNullToo() throws {
        let json = try Self.object(F.report([F.response("x", ["d1": "emerging"])]))
        let tools = try Self.array(json["dimensions"])[2]
        for key in ["mean", "stage", "min", "max", "sd", "q1", "median", "q3"] {
            #expect(tools.keys.contains(key) && tools[key] is NSNull, "\(key)")
        }
        #expect(tools["scored"] as? Int == 0 && tools["not_scored"] as? Int == 1)
        let respondent = try Self.array(json["respondents"])[0]
        #expect(try Self.dictionary(respondent["dimensions"])["tools"].map { try Self.dictionary($0)["score"] is NSNull } == true)
        #expect(respondent["team"] is NSNull && respondent["respondent"] is NSNull)
    }

    @Test func optionalSectionsAppearOnlyWhenPresent() throws {
        let single = try Self.object(F.single)
        #expect(single["responses"] as? Int == 1)
        #expect(single["groups"] == nil && single["over_time"] == nil && single["benchmark"] == nil)

        let groups = try Self.dictionary(try Self.object(F.group)["groups"])
        #expect(groups["by"] as? String == "team" && groups["minimum_size"] as? Int == 2)
        // Finance (C alone) is hidden, and Fundraising with it, or C's figures could be worked out.
        #expect(try Self.array(groups["shown"]).isEmpty)
        #expect(try Self.dictionary(groups["hidden"]) as? [String: Int] == ["groups": 2, "people": 3, "protecting": 1])

        let overTime = try Self.dictionary(try Self.object(F.overTime)["over_time"])
        #expect(try Self.array(overTime["points"]).map { $0["first_day"] as? String } == ["2026-11-21", "2027-05-01"])
        let step = try Self.array(overTime["steps"])[0]
        let data = try Self.array(step["dimensions"])[0]
        #expect(data["id"] as? String == "data" && data["movement"] as? String == "up")
        #expect(abs((data["difference"] as? Double ?? 0) - (10.0 / 3 - 8.35 / 3)) < 1e-12)

        let benchmark = try Self.dictionary(try Self.object(F.benchmarked)["benchmark"])
        #expect(benchmark["organisations"] as? Int == 5)
        let leadership = try Self.array(benchmark["dimensions"])[1]
        #expect(leadership["placing"] as? String == "above" && leadership["percentile"] as? Double == 50)
        #expect(abs((try Self.dictionary(leadership["sector"])["mean"] as? Double ?? 0) - 2.8) < 1e-12)
    }

    /// Teams of 3, 3 and 1: one team of 3 is shown, and the four others as one unnamed line,
    /// in JSON as in the other formats.
    @Test func everyoneInNoShownGroupIsOneUnnamedLine() throws {
        let people = [("f1", "Finance"), ("f2", "Finance"), ("f3", "Finance"), ("u1", "Fundraising"), ("u2", "Fundraising"),
                      ("u3", "Fundraising"), ("t1", "Trustees")]
        let report = F.report(people.map { F.response($0.0, team: $0.1, F.all("emerging")) }, by: .team)
        let groups = try Self.dictionary(try Self.object(report)["groups"])
        #expect(try Self.array(groups["shown"]).map { $0["name"] as? String } == ["Fundraising"])
        let others = try Self.dictionary(groups["others"])
        #expect(others["name"] as? String == "4 people in smaller teams" && others["responses"] as? Int == 4)
        #expect(try Self.dictionary(groups["hidden"]) as? [String: Int] == ["groups": 2, "people": 4, "protecting": 1])
        let markdown = MarkdownReportWriter.write(report)
        #expect(markdown.contains("| *4 people in smaller teams* |      4 |"))
        #expect(!markdown.contains("Finance") && !markdown.contains("Trustees"))
        // With nothing shown by name, there is no such line: it would be everyone again.
        let nothingShown = F.report(Array(people.prefix(4)).map { F.response($0.0, team: $0.1, F.all("emerging")) }, by: .team)
        #expect(try Self.dictionary(try Self.object(nothingShown)["groups"])["others"] is NSNull)
    }

    @Test func versionsNameWhatWasNotScored() throws {
        var old = F.response("o", ["d1": "emerging", "zz": "developing"])
        old.frameworkVersion = "0.9"
        old.frameworkFingerprint = "0000000000000000"
        let versions = try Self.dictionary(try Self.object(F.report([old, F.a]))["versions"])
        #expect(versions["warning"] as? Bool == true)
        let variant = try Self.array(versions["variants"])[0]
        #expect(variant["version"] as? String == "0.9" && variant["responses"] as? [String] == ["o"])
        #expect(variant["fingerprint_differs"] as? Bool == true)
        #expect(try Self.array(versions["questions_not_in_framework"]).first?["id"] as? String == "zz")
        let clean = try Self.dictionary(try Self.object(F.single)["versions"])
        #expect(clean["warning"] as? Bool == false && (clean["variants"] as? [Any])?.isEmpty == true)
    }

    @Test func theSameReportGivesTheSameBytes() {
        #expect(JSONReportWriter.write(F.group) == JSONReportWriter.write(F.group))
        #expect(JSONReportWriter.write(F.group).hasSuffix("}\n"))
    }

    // MARK: - Hostile text

    @Test func hostileTextRoundTripsExactlyAndNoControlCharacterIsRaw() throws {
        let text = JSONReportWriter.write(F.hostileReport)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A }, "raw control character")
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let respondents = try Self.array(json?["respondents"])
        for (index, hostile) in F.hostile.enumerated() {
            let respondent = try #require(respondents.first { $0["response"] as? String == "h\(index)" })
            // Exactly as given; an escape sequence exactly as a response file read would give it.
            let expected = SafeText.sanitize(hostile)
            for key in ["organisation", "respondent", "team", "role"] {
                #expect(respondent[key] as? String == expected, "\(key)")
            }
            if hostile != F.escape { #expect(expected == hostile) }
        }
        let problem = try Self.array(json?["problems"])[0]
        #expect(problem["source"] as? String == "␛[2J␛]0;owned␇red|file.yaml")
        #expect(problem["reason"] as? String == "<script>alert(1)</script>")
    }

    /// A split's two ends, by stage id, and the questions behind it.
    @Test func aSplitGivesBothEndsAndItsQuestions() throws {
        let responses = (0..<3).map { F.response("low\($0)", F.all("unaware")) } + (0..<3).map { F.response("high\($0)", F.all("developing")) }
        let json = try Self.dictionary(try JSONSerialization.jsonObject(with: Data(JSONReportWriter.write(F.report(responses)).utf8)))
        let data = try Self.array(json["dimensions"])[0]
        #expect(data["disagreement"] as? Bool == true)
        let split = try Self.dictionary(data["split"])
        #expect(split["low_stages"] as? [String] == ["unaware"] && split["low_people"] as? Int == 3)
        #expect(split["high_stages"] as? [String] == ["developing"] && split["high_people"] as? Int == 3)
        #expect(try Self.array(data["widest_questions"]).map { $0["question"] as? String } == ["d1", "d2"])
    }
}
