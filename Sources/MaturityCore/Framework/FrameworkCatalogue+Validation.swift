/// What `maturity validate` checks for one file: a framework on its own, a translation against
/// the framework it translates.
extension FrameworkCatalogue {
    public func check(_ file: FrameworkFile) -> [Diagnostic] {
        let document = DocumentReader.read(bytes: file.bytes, file: file.name)
        guard FrameworkTranslator.isTranslation(document) else {
            return FrameworkDecoder.decode(document).diagnostics
        }
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
            return document.diagnostics + [Diagnostic(.error, file: file.name, at: mark,
                                                      "cannot check this translation: \(error.message)", hint: hint)]
        }
    }
}
