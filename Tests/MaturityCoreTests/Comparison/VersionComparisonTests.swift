import MaturityCore
import Testing

/// Responses to other frameworks are never mixed; other versions are matched by question id.
@Suite struct VersionComparisonTests {
    typealias F = ComparisonFixtures

    /// Version 2 of the fixture: d4 removed, d5 added, so its fingerprint differs.
    static let version2: Framework = {
        var framework = F.framework
        framework.version = "2"
        framework.dimensions[0].questions.removeLast()
        framework.dimensions[0].questions.append(F.question("d5"))
        return framework
    }()

    @Test func splittingByFrameworkSaysWhatWasLeftOutAndWhy() {
        var skills = F.framework
        skills.id = "data-skills"
        let responses = [F.response("2", framework: skills, [:]), F.a, F.response("1", framework: skills, [:]), F.b]
        let split = FrameworkSplit(responses, framework: F.framework)
        #expect(split.matching.map(\.id) == ["a", "b"])
        #expect(split.leftOut == [
            LeftOutResponse(responseID: "1", frameworkID: "data-skills",
                            reason: "it answers the framework \"data-skills\", not \"worked-example\""),
            LeftOutResponse(responseID: "2", frameworkID: "data-skills",
                            reason: "it answers the framework \"data-skills\", not \"worked-example\""),
        ])
        let byFramework = FrameworkSplit.byFramework(responses)
        #expect(byFramework.mapValues { $0.map(\.id) } == ["worked-example": ["a", "b"], "data-skills": ["2", "1"]])
    }

    @Test func anotherVersionIsMatchedByQuestionIDAndWarned() throws {
        // Answered with version 2: d1 emerging (2), d2 mastering (4, weight 2), d5 mastering (not in version 1).
        let old = F.response("v2", framework: Self.version2, ["d1": "emerging", "d2": "mastering", "d5": "mastering",
                                                               "l1": "developing"])
        let check = VersionCheck(responses: [F.a, old, F.b], framework: F.framework)
        #expect(check.frameworkVersion == "1" && check.frameworkFingerprint == F.framework.fingerprint)
        #expect(check.hasWarnings)
        #expect(check.responsesWithDifferentFingerprint == ["v2"])
        #expect(check.variants == [VersionVariant(
            version: "2", fingerprint: Self.version2.fingerprint, fingerprintDiffers: true, responseIDs: ["v2"],
            answersNotInFramework: ["d5"],
            frameworkQuestionsUnanswered: ["d3", "d4", "l2", "l3", "t1", "t2"])])
        #expect(check.questionsNotInFramework == [IDCount(id: "d5", responses: 1)])
        // Scored by question id: data (2*1 + 4*2) / 3 = 10/3; d5 is not counted.
        let summary = GroupSummary(responses: [old], framework: F.framework)
        #expect(close(summary.dimension("data")?.scores.mean, 10.0 / 3))
        #expect(summary.versions == VersionCheck(responses: [old], framework: F.framework))
    }

    @Test func sameShapeOrNoFingerprintIsNoWarning() {
        // Same fingerprint, new version number: only wording changed; not listed.
        var reworded = F.response("r", ["d1": "mastering"])
        reworded.frameworkVersion = "1.1"
        // No fingerprint, same version: accepted, not listed.
        var handMade = F.response("h", ["d1": "mastering"])
        handMade.frameworkFingerprint = nil
        // No fingerprint, another version: listed, without a warning.
        var olderHandMade = F.response("o", ["d1": "mastering", "x9": "emerging"])
        olderHandMade.frameworkFingerprint = nil
        olderHandMade.frameworkVersion = "0.9"
        let check = VersionCheck(responses: [reworded, handMade, olderHandMade], framework: F.framework)
        #expect(!check.hasWarnings && check.responsesWithDifferentFingerprint.isEmpty)
        #expect(check.variants.map(\.responseIDs) == [["o"]])
        #expect(check.variants.first?.fingerprint == nil && check.variants.first?.fingerprintDiffers == false)
        #expect(check.variants.first?.answersNotInFramework == ["x9"])
        #expect(check.questionsNotInFramework == [IDCount(id: "x9", responses: 1)])
    }

    @Test func unknownStagesAreListedAndNotScored() {
        let odd = F.response("s", ["d1": "expert", "d2": "expert", "d3": "emerging"])
        let check = VersionCheck(responses: [odd, F.response("t", ["l1": "expert"])], framework: F.framework)
        // "expert" appears in two responses (twice in the first, counted once there).
        #expect(check.stagesNotInFramework == [IDCount(id: "expert", responses: 2)])
        #expect(GroupSummary(responses: [odd], framework: F.framework).dimension("data")?.scores.mean == 2)
    }
}
