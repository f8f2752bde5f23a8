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

    @Test func everyFrameworkOffersNextStepsForEveryStageButTheLast() {
        for framework in Self.catalogue.frameworks {
            for dimension in framework.dimensions {
                #expect(Set(dimension.nextSteps.keys) == Set(framework.stages.dropLast().map(\.id)),
                        "\(framework.id)/\(dimension.id)")
            }
        }
    }

    @Test func theFrenchTranslationIsComplete() throws {
        let french = try Self.catalogue.resolve("data-maturity", language: "fr").get()
        let english = try Self.catalogue.resolve("data-maturity").get()
        #expect(french.language == "fr")
        #expect(french.questions.map(\.id) == english.questions.map(\.id))
        for (fr, en) in zip(french.questions, english.questions) {
            #expect(fr.text != en.text, "\(fr.id) text is not translated")
            for (a, b) in zip(fr.statements, en.statements) { #expect(a != b, "\(fr.id) statement") }
        }
    }

    @Test func frameworksAreFoundByIdAndMissingOnesAreNamed() {
        #expect(Self.catalogue.frameworks.map(\.id) == ["data-maturity", "data-skills", "data-sharing-readiness"])
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
