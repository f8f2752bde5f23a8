import Foundation
import MaturityCore
import MaturityFrameworks
import Testing

/// The frameworks we ship: valid, complete, and the same as the files in frameworks/.
@Suite struct ShippedFrameworkTests {
    static let catalogue = FrameworkCatalogue(files: BuiltInFrameworks.files.map {
        FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)
    })

    static let frameworksFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("frameworks")

    @Test(arguments: BuiltInFrameworks.files.map(\.name))
    func everyShippedFileIsFreeOfProblems(name: String) throws {
        let entry = try #require(BuiltInFrameworks.files.first { $0.name == name })
        let diagnostics = Self.catalogue.check(FrameworkFile(name: name, bytes: entry.bytes, origin: .builtIn))
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.mark) \($0.message)" })")
    }

    @Test func everyFileInTheFolderIsEmbedded() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.frameworksFolder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(onDisk == BuiltInFrameworks.files.map(\.name).sorted())
        for name in onDisk {
            let data = try Data(contentsOf: Self.frameworksFolder.appendingPathComponent(name))
            #expect([UInt8](data) == BuiltInFrameworks.files.first { $0.name == name }?.bytes, "\(name) is stale in the binary")
        }
    }

    @Test func dataMaturityHasItsPromisedShape() throws {
        let framework = try #require(Self.catalogue.frameworks.first { $0.id == "data-maturity" })
        #expect(framework.dimensions.map(\.id) == ["uses", "data", "analysis", "leadership", "culture", "tools", "skills"])
        #expect(framework.stages.map(\.id) == ["unaware", "emerging", "learning", "developing", "mastering"])
        for dimension in framework.dimensions {
            #expect((3...5).contains(dimension.questions.count), "\(dimension.id)")
            let expected = Set(framework.stages.dropLast().map(\.id))
            #expect(Set(dimension.nextSteps.keys) == expected, "\(dimension.id) next steps")
        }
        #expect(framework.attribution?.contains("Data Orchard") == true)
    }

    /// The framework that uses every key for published models: levels 0 to 3, areas holding
    /// every dimension, guidance on statements and next steps on every question.
    @Test func dataProtectionUsesTheKeysOfPublishedModels() throws {
        let framework = try Self.catalogue.resolve("data-protection").get()
        #expect(framework.stages.map(\.value) == [0, 1, 2, 3])
        #expect(framework.scale.maximumText == "3")
        #expect(framework.areas.map(\.id) == ["governance", "people", "protection"])
        #expect(framework.areas.flatMap(\.dimensionIDs).sorted() == framework.dimensions.map(\.id).sorted())
        for question in framework.questions {
            #expect(question.statementGuidance.contains { $0 != nil }, "\(question.id) has no statement with guidance")
            #expect(!question.nextSteps.isEmpty && question.nextSteps[framework.stages.last!.id] == nil, "\(question.id) next steps")
        }
        #expect(framework.attribution?.contains("Information Commissioner's Office (ICO) accountability framework") == true)
        #expect(framework.licence == "CC BY 4.0")
    }

    @Test func everyFrameworkOffersNextStepsForEveryStageButTheLast() {
        for framework in Self.catalogue.frameworks {
            for dimension in framework.dimensions {
                #expect(Set(dimension.nextSteps.keys) == Set(framework.stages.dropLast().map(\.id)),
                        "\(framework.id)/\(dimension.id)")
            }
        }
    }

    @Test func dataMaturityIsShippedInFourLanguages() throws {
        let english = try Self.catalogue.resolve("data-maturity").get()
        #expect(Self.catalogue.translationSummary(of: english).usableLanguages(besides: english.language) == ["en", "fr", "es", "cy"])
    }

    /// Every sentence is translated (names may rightly stay the same: "Culture", "Data").
    @Test(arguments: ["fr", "es", "cy"])
    func everyTranslationIsComplete(language: String) throws {
        let translated = try Self.catalogue.resolve("data-maturity", language: language).get()
        let english = try Self.catalogue.resolve("data-maturity").get()
        #expect(translated.language == language)
        #expect(translated.title != english.title)
        #expect(translated.description != english.description)
        #expect(translated.stages.map(\.id) == english.stages.map(\.id))
        for (t, e) in zip(translated.stages, english.stages) {
            #expect(t.description != e.description, "stage \(t.id) description is not translated")
        }
        #expect(translated.dimensions.map(\.id) == english.dimensions.map(\.id))
        for (t, e) in zip(translated.dimensions, english.dimensions) {
            #expect(t.description != e.description, "dimension \(t.id) description is not translated")
            #expect(Set(t.nextSteps.keys) == Set(e.nextSteps.keys), "\(t.id) next steps")
            for (stage, text) in e.nextSteps {
                #expect(t.nextSteps[stage] != text, "\(t.id) next step for \(stage) is not translated")
            }
        }
        #expect(translated.questions.map(\.id) == english.questions.map(\.id))
        for (t, e) in zip(translated.questions, english.questions) {
            #expect(t.text != e.text, "\(t.id) text is not translated")
            #expect(t.guidance != e.guidance, "\(t.id) guidance is not translated")
            for (a, b) in zip(t.statements, e.statements) { #expect(a != b, "\(t.id) statement") }
        }
    }

    @Test func frameworksAreFoundByIdAndMissingOnesAreNamed() {
        #expect(Self.catalogue.frameworks.map(\.id) == ["data-maturity", "data-skills", "data-sharing-readiness", "data-protection"])
        guard case .failure(let error) = Self.catalogue.resolve("data-maturty") else {
            Issue.record("a missing framework resolved")
            return
        }
        #expect(error.message.contains("data-maturity"))
        guard case .failure(.noTranslation(_, let language, let available)) = Self.catalogue.resolve("data-skills", language: "de") else {
            Issue.record("a missing translation resolved")
            return
        }
        #expect(language == "de")
        #expect(available == ["en"])
    }
}
