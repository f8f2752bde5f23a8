/// Which translation files the catalogue uses, and why it leaves the others out.
///
/// The rule is the one for frameworks: when several files translate a framework into the same
/// language, the first one found that can be used wins (built in first, then the folders in
/// order, each folder in name order). A file that cannot be used never hides a later good one.
extension FrameworkCatalogue {
    /// The translation files of one framework, sorted out by language.
    public struct TranslationSummary: Sendable {
        /// One language that some file gives, in the order first found.
        public struct Language: Sendable {
            public var code: String
            /// The file used for this language and the framework it gives; nil when none can be used.
            public var used: (entry: Entry, framework: Framework)?
            /// Every other file for this language, with its problems (empty for a good file
            /// that a file found earlier hides).
            public var others: [(entry: Entry, diagnostics: [Diagnostic])]
        }

        public var languages: [Language]
        /// Files in the framework's own language: the framework's own texts are used instead.
        public var ownLanguage: [Entry]
        /// Files whose `language:` is missing or not a language code.
        public var withoutLanguage: [(entry: Entry, diagnostics: [Diagnostic])]

        /// The languages people can choose: the framework's own, then those with a usable file.
        public func usableLanguages(besides own: String) -> [String] {
            [own] + languages.filter { $0.used != nil }.map(\.code)
        }
    }

    /// The translation files that name a framework id, in the order found.
    public func translationEntries(of id: String) -> [Entry] {
        entries.filter { $0.kind == .translation && FrameworkTranslator.targetID(of: $0.document) == id }
    }

    /// Every translation of a framework, each one applied to it to see whether it can be used.
    public func translationSummary(of base: Framework) -> TranslationSummary {
        var summary = TranslationSummary(languages: [], ownLanguage: [], withoutLanguage: [])
        for entry in translationEntries(of: base.id) {
            let (translated, diagnostics) = FrameworkTranslator.apply(entry.document, to: base)
            guard let code = entry.document.root?["language"]?.scalar, SchemaReader.isLanguageCode(code) else {
                summary.withoutLanguage.append((entry, diagnostics))
                continue
            }
            if code == base.language {
                summary.ownLanguage.append(entry)
                continue
            }
            var index = summary.languages.firstIndex { $0.code == code }
            if index == nil {
                summary.languages.append(TranslationSummary.Language(code: code, used: nil, others: []))
                index = summary.languages.count - 1
            }
            if let translated, summary.languages[index!].used == nil {
                summary.languages[index!].used = (entry, translated)
            } else {
                summary.languages[index!].others.append((entry, diagnostics))
            }
        }
        return summary
    }

    /// A framework in one of its translations' languages: the first file for that language
    /// that can be used. Stops at the first good file, so only what is needed is applied.
    public func translated(_ base: Framework, into language: String) -> Result<Framework, FrameworkLoadError> {
        var firstFailure: FrameworkLoadError?
        for entry in translationEntries(of: base.id) where entry.document.root?["language"]?.scalar == language {
            let (translated, diagnostics) = FrameworkTranslator.apply(entry.document, to: base)
            if let translated { return .success(translated) }
            firstFailure = firstFailure ?? .invalid(file: entry.file.name, diagnostics: diagnostics)
        }
        if let firstFailure { return .failure(firstFailure) }
        return .failure(.noTranslation(id: base.id, language: language,
                                       available: translationSummary(of: base).usableLanguages(besides: base.language)))
    }

    /// Translation files whose framework is not among the usable ones: they are never used,
    /// and a trainer should hear of it rather than find the language missing.
    public var orphanTranslations: [(entry: Entry, target: String, frameworkIsBroken: Bool)] {
        let usable = Set(frameworks.map(\.id))
        return entries.compactMap { entry in
            guard entry.kind == .translation else { return nil }
            let target = FrameworkTranslator.targetID(of: entry.document) ?? ""
            guard !usable.contains(target) else { return nil }
            let broken = entries.contains { $0.kind == .framework && $0.document.root?["framework"]?.scalar == target }
            return (entry, target, broken)
        }
    }
}
