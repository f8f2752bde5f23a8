/// The language files shipped with maturity (languages/*.yaml), compiled into the binary: the
/// program's own words in each language, the English complete and first.
public enum BuiltInLanguages {
    /// File name and bytes of every shipped language file.
    public static let sources: [(name: String, bytes: [UInt8])] = [
        ("en.yaml", PackageResources.en_yaml),
        ("fr.yaml", PackageResources.fr_yaml),
        ("es.yaml", PackageResources.es_yaml),
        ("cy.yaml", PackageResources.cy_yaml),
    ]

    /// Every shipped language, read, each completed from the English. A shipped file with an
    /// error is a bug that the tests catch (BuiltInLanguageTests); here it is left out.
    public static let files: [LanguageFile] = {
        let read = sources.compactMap { LanguageFile.decode(DocumentReader.read(bytes: $0.bytes, file: "languages/" + $0.name)).file }
        guard let english = read.first(where: { $0.language == "en" }) else { return [] }
        return [english] + read.filter { $0.language != "en" }.map { $0.completed(from: english) }
    }()
}

extension BuiltInLanguages {
    /// The English: the complete reference, and the words of every language without its own.
    public static var english: LanguageFile { files[0] }

    /// The words for a language code such as `fr` or `fr-CA`, completed from the English; the
    /// English for a language that has none. A file given in `added` (a trainer's, found beside
    /// the frameworks) comes before the built-in one of its language.
    public static func words(for code: String, added: [LanguageFile] = []) -> LanguageFile {
        let primary = LanguageCode.primary(code)
        if let file = added.first(where: { LanguageCode.primary($0.language) == primary }) {
            return file.completed(from: english)
        }
        return files.first { $0.language == primary } ?? english
    }
}
