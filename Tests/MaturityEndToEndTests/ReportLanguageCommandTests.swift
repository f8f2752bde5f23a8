import Foundation
import MaturityCore
import Testing

/// `maturity report --lang`, and the language a report speaks by default: the one most of its
/// responses were given in, with the framework's translation when it has one.
@Suite struct ReportLanguageCommandTests {
    static func responses(_ languages: [String]) -> [Response] {
        languages.enumerated().map { index, language in
            var response = ReportCommandTests.response("r\(index)", organisation: "Fundación Ejemplo", stage: index % 2 == 0 ? "learning" : "developing")
            response.language = language
            return response
        }
    }

    @Test func mostResponsesInSpanishGiveASpanishReportAndLangChangesIt() throws {
        let folder = try ReportCommandTests.folder(with: Self.responses(["es", "es", "en"]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let spanish = try BinaryRunner.run(["report", folder.path])
        #expect(spanish.status == 0, "\(spanish.errors)")
        // The report's own words and the framework's translation.
        #expect(spanish.output.contains("## Cifras del grupo"))
        #expect(spanish.output.contains("Madurez de datos"))
        #expect(!spanish.output.contains("Group figures"))

        let french = try BinaryRunner.run(["report", folder.path, "--lang", "fr"])
        #expect(french.status == 0, "\(french.errors)")
        #expect(french.output.contains("## Chiffres du groupe"))

        let english = try BinaryRunner.run(["report", folder.path, "--lang", "en", "--format", "json"])
        #expect(english.output.contains("\"language\" : \"en\""))
        #expect(english.output.contains("Each dimension's score is the weighted mean"))
    }

    @Test func aLanguageTheFrameworkLacksStillGivesTheReportsOwnWordsAndSaysSo() throws {
        var responses = Self.responses(["en", "en", "en"])
        for index in responses.indices { responses[index].frameworkID = "data-skills" }
        let folder = try ReportCommandTests.folder(with: responses)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try BinaryRunner.run(["report", folder.path, "--lang", "cy"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("## Ffigurau'r grŵp"))
        #expect(outcome.errors.contains("the framework's own words are used, the report's are in cy"))
    }

    /// Every format in Spanish: the sentences of JSON, and the framework's next steps in CSV,
    /// while CSV's column names and JSON's keys stay the same in every language.
    @Test func everyFormatCarriesTheLanguage() throws {
        let folder = try ReportCommandTests.folder(with: Self.responses(["es", "es", "es"]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try BinaryRunner.run(["report", folder.path, "--format", "json"])
        #expect(json.output.contains("\"language\" : \"es\""))
        #expect(json.output.contains("La puntuación de cada dimensión es la media ponderada"))
        #expect(!json.output.contains("weighted mean"))

        let steps = try BinaryRunner.run(["report", folder.path, "--format", "csv", "--csv", "steps"])
        #expect(steps.output.hasPrefix("dimension,dimension_name,from_stage,to_stage,text,"))
        #expect(steps.output.contains("Usos"))
        #expect(!steps.output.contains("Pick one decision"))

        let html = try BinaryRunner.run(["report", folder.path, "--format", "html"])
        #expect(html.output.contains("lang=\"es\""))
    }
}
