import ArgumentParser
import MaturityCommandLine
import MaturityCore

/// `maturity frameworks`: what can be assessed, and in which languages.
struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks",
        abstract: "List the frameworks that can be used: the built-in ones, then those in --frameworks-dir folders.",
        discussion: """
            Each framework is listed with the languages it can be used in: its own, then those of \
            its translations that can be used. A file that cannot be used is named, with the \
            command that shows why. When two files give the same framework, or translate one into \
            the same language, the first one found that can be used is used: built in first, then \
            the folders in order, each folder's files in name order.
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = catalogueOptions.catalogue()
        print(Self.listing(of: catalogue), terminator: "")
    }

    static func listing(of catalogue: FrameworkCatalogue) -> String {
        var lines: [String] = []
        var shown = Set<String>()
        for entry in catalogue.entries where entry.kind == .framework {
            let place = entry.file.origin == .builtIn ? "built in" : name(entry)
            guard let framework = entry.framework else {
                lines.append("\(place): cannot be used: \(DiagnosticRenderer.summary(entry.diagnostics)); run `maturity validate \(place)`")
                continue
            }
            guard shown.insert(framework.id).inserted else {
                lines.append("note: \(place) also defines \"\(framework.id)\"; the one listed above is used")
                continue
            }
            let translations = catalogue.translationSummary(of: framework)
            let languages = translations.usableLanguages(besides: framework.language)
            lines.append("\(framework.id)  version \(SafeText.sanitize(framework.version, keepNewlines: false))  [\(languages.joined(separator: ", "))]  \(place)")
            lines.append("    \(SafeText.sanitize(framework.title, keepNewlines: false))")
            lines.append("    " + [(framework.dimensions.count, "dimension"), (framework.questionCount, "question"), (framework.stages.count, "stage")]
                .map { "\($0) \($1)\($0 == 1 ? "" : "s")" }.joined(separator: ", "))
            lines += translationLines(translations, of: framework).map { "    " + $0 }
        }
        for orphan in catalogue.orphanTranslations {
            let target = SafeText.sanitize(orphan.target, keepNewlines: false)
            let why = orphan.target.isEmpty ? "it does not say which framework it translates"
                : orphan.frameworkIsBroken ? "it translates \"\(target)\", which cannot be used"
                : "it translates \"\(target)\", and no framework here is called that"
            lines.append("\(name(orphan.entry)): not used: \(why)")
        }
        for entry in catalogue.entries where entry.kind == .language {
            let (_, diagnostics, coverage) = catalogue.checkLanguage(entry.document)
            let language = SafeText.sanitize(entry.document.root?["language"]?.scalar ?? "?", keepNewlines: false)
            if diagnostics.hasErrors {
                lines.append("\(name(entry)): the program's words in \(language), cannot be used: \(DiagnosticRenderer.summary(diagnostics)); run `maturity validate \(name(entry))`")
            } else {
                let translated = coverage.map { " (\($0.translated) of \($0.total) texts translated, the rest in English)" } ?? ""
                lines.append("\(name(entry)): the program's words in \(language)\(translated)")
            }
        }
        for entry in catalogue.entries where entry.kind == .response {
            lines.append("note: \(name(entry)) is a response file, not a framework; it is skipped")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// What a framework's translation files come to, beyond the languages listed.
    static func translationLines(_ summary: FrameworkCatalogue.TranslationSummary, of framework: Framework) -> [String] {
        var lines: [String] = []
        for language in summary.languages {
            for (entry, diagnostics) in language.others {
                if let used = language.used {
                    let broken = diagnostics.hasErrors ? " but cannot be used (\(DiagnosticRenderer.summary(diagnostics)))" : ""
                    lines.append("note: \(name(entry)) also translates it into \(language.code)\(broken); \(name(used.entry)) is used")
                } else {
                    lines.append("\(language.code): cannot be used: \(DiagnosticRenderer.summary(diagnostics)); run `maturity validate \(name(entry))`")
                }
            }
        }
        for entry in summary.ownLanguage {
            lines.append("note: \(name(entry)) translates it into \(framework.language), its own language, so it is not used")
        }
        for (entry, diagnostics) in summary.withoutLanguage {
            lines.append("a translation without a language code cannot be used: \(DiagnosticRenderer.summary(diagnostics)); run `maturity validate \(name(entry))`")
        }
        return lines
    }

    /// A file as people can find it: the path given, or the name of a built-in file.
    static func name(_ entry: FrameworkCatalogue.Entry) -> String {
        SafeText.sanitize(entry.file.name, keepNewlines: false)
    }
}
