/// What a YAML-subset file holds, told by its top-level keys, so that each command checks it
/// by the right rules: a response is never read as a broken framework.
public enum DocumentKind: String, Sendable, Equatable, CaseIterable {
    case framework
    case translation
    case response
    /// The program's own words in a language (languages/*.yaml).
    case language

    /// `translation:` makes a translation, `response:` a response and `program:` a language
    /// file; anything else is read as a framework, so that a framework with mistakes still gets
    /// the framework's messages.
    public init(of document: ParsedDocument) {
        if LanguageFile.isLanguageFile(document) {
            self = .language
        } else if document.root?["translation"] != nil {
            self = .translation
        } else if document.root?["response"] != nil {
            self = .response
        } else {
            self = .framework
        }
    }
}
