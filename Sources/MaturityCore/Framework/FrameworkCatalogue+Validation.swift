/// What `maturity validate` checks for one file, told by what the file holds: a framework on its
/// own, a translation against the framework it translates, a response against the framework it
/// answers.
extension FrameworkCatalogue {
    public func check(_ file: FrameworkFile) -> [Diagnostic] {
        inspect(file).diagnostics
    }

    /// What the file holds, its problems, and for a translation of the program's words how
    /// much of the English it covers.
    public func inspect(_ file: FrameworkFile) -> (kind: DocumentKind, diagnostics: [Diagnostic], coverage: LanguageFile.Coverage?) {
        // A file that `validate` was given is in the catalogue already (it may be the framework
        // of the others): it was read once, and a 10 MB file is not read twice.
        let known = entries.first { $0.file.name == file.name && $0.file.origin == file.origin && $0.file.bytes == file.bytes }
        let document = known?.document ?? DocumentReader.read(bytes: file.bytes, file: file.name)
        let kind = DocumentKind(of: document)
        switch kind {
        case .framework: return (kind, known?.diagnostics ?? FrameworkDecoder.decode(document).diagnostics, nil)
        case .translation: return (kind, checkTranslation(document), nil)
        case .response: return (kind, checkResponse(document), nil)
        case .language:
            let checked = checkLanguage(document)
            return (kind, checked.diagnostics, checked.coverage)
        }
    }

    /// A language file: read, then checked against the English (every text, blank and plural
    /// form). How much of the English it translates, when there is an English to count against
    /// and the file is not in English itself.
    public func checkLanguage(_ document: ParsedDocument) -> (file: LanguageFile?, diagnostics: [Diagnostic], coverage: LanguageFile.Coverage?) {
        let (file, diagnostics) = LanguageFile.decode(document)
        guard let file, let programWords else { return (file, diagnostics, nil) }
        let (problems, coverage) = file.checked(against: programWords, file: document.source.name)
        let isReference = LanguageCode.primary(file.language) == LanguageCode.primary(programWords.language)
        return (file, diagnostics + problems, isReference ? nil : coverage)
    }

    func checkTranslation(_ document: ParsedDocument) -> [Diagnostic] {
        switch base(forTranslation: document) {
        case .success(let base):
            return FrameworkTranslator.apply(document, to: base).diagnostics
        case .failure(let error):
            let mark = document.root?["translation"]?.mark ?? SourceMark(line: 1, column: 1)
            let hint: String
            switch error {
            case .invalid(let file, _):
                hint = "fix \(file) first: a translation is checked against its framework"
            default:
                hint = "put the framework beside this file as NAME.yaml, or name its folder with --frameworks-dir"
            }
            return document.diagnostics + [Diagnostic(.error, file: document.source.name, at: mark,
                                                      "cannot check this translation: \(error.message)", hint: hint)
                                            .coded(error.isNotFound ? "framework-not-found" : "framework-has-errors")]
        }
    }

    /// A response is checked against the framework it names, found like any other (built in,
    /// `--frameworks-dir`, `MATURITY_FRAMEWORKS`). Without it the file's own shape is still
    /// checked, and the answers that could not be are named as such.
    func checkResponse(_ document: ParsedDocument) -> [Diagnostic] {
        guard let value = document.root?["framework"], let id = value.scalar, SchemaReader.isIdentifier(id) else {
            // No usable framework id: the decoder says what is wrong with it.
            return ResponseDecoder.decode(document).diagnostics
        }
        if let framework = frameworks.first(where: { $0.id == id }) {
            return ResponseDecoder.decode(document, framework: framework).diagnostics
        }
        let problem: Diagnostic
        if let broken = entries.first(where: { $0.kind == .framework && $0.document.root?["framework"]?.scalar == id }) {
            let name = SafeText.sanitize(broken.file.name, keepNewlines: false)
            problem = Diagnostic(.error, file: document.source.name, at: value.mark,
                                 "cannot check the answers: the framework \"\(id)\" in \(name) has \(DiagnosticRenderer.summary(broken.diagnostics))",
                                 hint: "fix it first (run `maturity validate \(name)`): answers are checked against their framework")
                .coded("framework-has-errors")
        } else {
            let notFound = FrameworkLoadError.notFound(id: id, available: frameworks.map(\.id))
            problem = Diagnostic(.error, file: document.source.name, at: value.mark, "cannot check the answers: \(notFound.message)",
                                 hint: "name the folder that holds the framework with --frameworks-dir; the rest of the file is checked all the same")
                .coded("framework-not-found")
        }
        return ResponseDecoder.decode(document).diagnostics + [problem]
    }
}
