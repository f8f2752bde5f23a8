extension MessageTemplate {
    /// The template with words of its own replaced (`AnswerLabels.replacing`); its blanks, and
    /// so the values that fill them, are never touched.
    func renaming(_ renames: [(from: String, to: String)]) -> MessageTemplate {
        let renamed = pieces.map { piece -> Piece in
            guard case .text(let text) = piece else { return piece }
            return .text(AnswerLabels.replacing(renames, in: text))
        }
        return MessageTemplate(pieces: renamed, source: AnswerLabels.replacing(renames, in: source))
    }

    init(pieces: [Piece], source: String) {
        self.pieces = pieces
        self.source = source
    }
}

extension LanguageFile {
    /// The file with `renames` applied to the words of the texts `include` picks.
    func renaming(_ renames: [(from: String, to: String)], in include: (String) -> Bool) -> LanguageFile {
        guard !renames.isEmpty else { return self }
        var file = self
        for (key, entry) in texts where include(key) {
            switch entry {
            case .text(let template): file.texts[key] = .text(template.renaming(renames))
            case .plural(let forms): file.texts[key] = .plural(forms.mapValues { $0.renaming(renames) })
            }
        }
        return file
    }
}

extension AnswerLabels {
    /// The text with each `from` replaced by its `to`, in one pass from left to right (the
    /// longest match first), so that a label holding the old words ("I don't know") is not
    /// replaced again.
    public static func replacing(_ renames: [(from: String, to: String)], in text: String) -> String {
        let patterns = renames.filter { !$0.from.isEmpty }.map { (from: Array($0.from.unicodeScalars), to: $0.to) }
            .sorted { $0.from.count > $1.from.count }
        guard !patterns.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        scan: while index < scalars.count {
            for pattern in patterns where index + pattern.from.count <= scalars.count
                && scalars[index..<index + pattern.from.count].elementsEqual(pattern.from) {
                result.append(contentsOf: pattern.to.unicodeScalars)
                index += pattern.from.count
                continue scan
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}
