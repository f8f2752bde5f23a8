import MaturityCore
import MaturityFrameworks
import Testing

/// What the catalogue tells `validate` and `frameworks`: each file checked by what it holds, and
/// which translation files are used.
@Suite struct CatalogueCheckTests {
    static func file(_ name: String, _ text: String) -> FrameworkFile {
        FrameworkFile(name: name, bytes: Array(text.utf8), origin: .directory("folder"))
    }

    static func catalogue(_ files: [FrameworkFile]) -> FrameworkCatalogue {
        FrameworkCatalogue(files: BuiltInFrameworks.files.map { FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn) } + files)
    }

    static let response = """
        response: "r-1"
        framework: data-maturity
        framework-version: "1.0"
        framework-fingerprint: "0000"
        language: en
        organisation: "Trust"
        updated: 2026-11-21T10:20:00Z
        status: complete
        answers:
          uses-decisions: "developng"
          uses-decision: "emerging"
        notes:
          uses-decisons: "A note."

        """

    // MARK: - Responses

    @Test func aResponseIsCheckedAsAResponseAgainstItsFramework() {
        let (kind, diagnostics, _) = Self.catalogue([]).inspect(Self.file("r.yaml", Self.response))
        #expect(kind == .response)
        let found = diagnostics.sortedByLocation().map { "\($0.mark) \($0.severity.rawValue): \($0.message)" }
        #expect(found == [
            "4:24 warning: these answers were given to a different shape of \"data-maturity\" (version \"1.0\"); questions are matched by id",
            "10:19 warning: \"developng\" is not a stage of \"data-maturity\", so this answer is not counted; did you mean \"developing\"?",
            "11:3 warning: \"uses-decision\" is not a question of \"data-maturity\" 1.0, so this answer is not counted; did you mean \"uses-decisions\"?",
            "13:3 warning: the note is on \"uses-decisons\", which is not a question of \"data-maturity\" 1.0; did you mean \"uses-decisions\"?",
        ], "\(found)")
    }

    @Test func aResponseToAFrameworkThatIsNotFoundIsStillCheckedForItsShape() {
        let text = Self.response.replacingOccurrences(of: "framework: data-maturity", with: "framework: volunteer-data")
            .replacingOccurrences(of: "status: complete", with: "status: done")
        let diagnostics = Self.catalogue([]).check(Self.file("r.yaml", text)).sortedByLocation()
        #expect(diagnostics.map(\.mark) == [SourceMark(line: 2, column: 12), SourceMark(line: 8, column: 9)])
        #expect(diagnostics.allSatisfy { $0.isError })
        #expect(diagnostics.first?.message.hasPrefix("cannot check the answers: no framework called \"volunteer-data\"; the frameworks here are: data-maturity") == true)
        #expect(diagnostics.first?.hint?.contains("--frameworks-dir") == true)
        #expect(diagnostics.last?.message.contains("\"done\" is not a status") == true)
    }

    @Test func aResponseToABrokenFrameworkSaysToFixTheFrameworkFirst() {
        let broken = Self.file("folder/volunteer-data.yaml", "framework: volunteer-data\nversion: \"1\"\n")
        let text = Self.response.replacingOccurrences(of: "framework: data-maturity", with: "framework: volunteer-data")
        let diagnostics = Self.catalogue([broken]).check(Self.file("r.yaml", text))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("cannot check the answers: the framework \"volunteer-data\" in folder/volunteer-data.yaml has 5 errors") == true,
                "\(diagnostics.map(\.message))")
    }

    @Test func aResponseInAFrameworksFolderIsNotTakenForAFramework() {
        let catalogue = Self.catalogue([Self.file("folder/r.yaml", Self.response)])
        #expect(catalogue.entries.last?.kind == .response)
        #expect(catalogue.entries.last?.framework == nil)
        #expect(catalogue.entries.last?.diagnostics.isEmpty == true)
    }

    // MARK: - Translations

    static let tiny = FrameworkDecoderTests.minimal
    static let french = TranslationTests.complete
    static let brokenFrench = TranslationTests.complete.replacingOccurrences(of: "  q1:\n", with: "  q2:\n")

    @Test func theFirstUsableFileOfALanguageIsUsedAndTheOthersAreNamed() throws {
        let catalogue = Self.catalogue([
            Self.file("folder/tiny.yaml", Self.tiny),
            Self.file("folder/a.fr.yaml", Self.brokenFrench),
            Self.file("folder/b.fr.yaml", Self.french.replacingOccurrences(of: "title: Minuscule", with: "title: Minuscule B")),
            Self.file("folder/c.fr.yaml", Self.french),
            Self.file("folder/d.de.yaml", Self.brokenFrench.replacingOccurrences(of: "language: fr", with: "language: de")),
            Self.file("folder/e.en.yaml", Self.french.replacingOccurrences(of: "language: fr", with: "language: en")),
            Self.file("folder/f.yaml", Self.french.replacingOccurrences(of: "language: fr", with: "language: French")),
        ])
        let base = try #require(catalogue.frameworks.first { $0.id == "tiny" })
        let summary = catalogue.translationSummary(of: base)
        #expect(summary.usableLanguages(besides: base.language) == ["en", "fr"])
        #expect(summary.languages.map(\.code) == ["fr", "de"])
        let french = summary.languages[0]
        #expect(french.used?.entry.file.name == "folder/b.fr.yaml")
        #expect(french.others.map(\.entry.file.name) == ["folder/a.fr.yaml", "folder/c.fr.yaml"])
        #expect(french.others.map(\.diagnostics.hasErrors) == [true, false])
        #expect(summary.languages[1].used == nil)
        #expect(summary.ownLanguage.map(\.file.name) == ["folder/e.en.yaml"])
        #expect(summary.withoutLanguage.map(\.entry.file.name) == ["folder/f.yaml"])

        // The assessment takes the same file: a broken file found first does not hide a good one.
        #expect(try catalogue.resolve("tiny", language: "fr").get().title == "Minuscule B")
        guard case .failure(.invalid(let file, _)) = catalogue.resolve("tiny", language: "de") else {
            Issue.record("a language whose only file is broken should say which file")
            return
        }
        #expect(file == "folder/d.de.yaml")
        guard case .failure(.noTranslation(_, _, let available)) = catalogue.resolve("tiny", language: "es") else {
            Issue.record("a language without a file should list the usable ones")
            return
        }
        #expect(available == ["en", "fr"])
    }

    @Test func translationsOfFrameworksThatAreNotThereAreOrphans() {
        let catalogue = Self.catalogue([
            Self.file("folder/gone.fr.yaml", Self.french.replacingOccurrences(of: "translation: tiny", with: "translation: gone")),
            Self.file("folder/broken.yaml", "framework: broken\n"),
            Self.file("folder/broken.fr.yaml", Self.french.replacingOccurrences(of: "translation: tiny", with: "translation: broken")),
            Self.file("folder/data-maturity.es.yaml", Self.french.replacingOccurrences(of: "translation: tiny", with: "translation: data-maturity")),
        ])
        let orphans = catalogue.orphanTranslations
        #expect(orphans.map(\.entry.file.name) == ["folder/gone.fr.yaml", "folder/broken.fr.yaml"])
        #expect(orphans.map(\.target) == ["gone", "broken"])
        #expect(orphans.map(\.frameworkIsBroken) == [false, true])
    }
}
