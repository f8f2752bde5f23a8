/// What a trainer typed or pasted that other tools read differently (`yes`, `1.10`) or that
/// cannot be seen (a zero-width space): noted while a file is read, then said once per cause,
/// with the other places counted.
struct WrittenTextNotes {
    enum Place { case value, id, key }

    struct Note {
        var code: String
        var message: String
        var hint: String
        var marks: [SourceMark]
    }

    private var notes: [Note] = []
    private var index: [String: Int] = [:]

    /// Notes a plain value that YAML 1.1 tools read as a yes/no value, null, a number or a date.
    mutating func noteOtherReading(of text: String, in node: Node, as place: Place) {
        guard case .scalar(_, .plain) = node.content else { return }
        noteOtherReading(of: text, at: node.mark, as: place)
    }

    mutating func noteOtherReading(of text: String, at mark: SourceMark, as place: Place) {
        guard let reading = OtherYAMLReading.of(text) else { return }
        let shown = text.excerpt()
        let what: String
        switch place {
        case .value: what = "\"\(shown)\""
        case .id: what = "the id \"\(shown)\""
        case .key: what = "the key \"\(shown)\""
        }
        let hint = place == .value
            ? "write it in double quotes (\"\(shown)\") so that every tool reads it as text"
            : "write it in double quotes (\"\(shown)\") wherever it stands, or choose an id that is a word: yes/no words, null and numbers confuse other tools"
        add(key: "reading:" + text, code: "read-differently-elsewhere",
            message: "\(what) is text to maturity, but other YAML tools read it as \(reading.described)", hint: hint, at: mark)
    }

    /// Notes an invisible character in a text: one note for the whole file.
    mutating func noteInvisible(in text: String, at mark: SourceMark) {
        guard let found = Self.invisibleCharacter(in: text) else { return }
        let before = found.before.isEmpty ? "at its start" : "after \"\(String(found.before.suffix(20)).excerpt(limit: 20))\""
        add(key: "invisible", code: "zero-width-character",
            message: "this text holds \(found.name), an invisible character, \(before)",
            hint: "delete it unless it is meant (Thai, Khmer and some other languages use it between words); it comes with text copied from a web page or a document",
            at: mark)
    }

    /// The first zero-width character of a text, named, with the text before it.
    static func invisibleCharacter(in text: String) -> (name: String, before: String)? {
        guard text.utf8.contains(0xE2) else { return nil }
        var before = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let name = SubsetParser.zeroWidthNames[scalar] { return (name, String(before)) }
            before.append(scalar)
        }
        return nil
    }

    private mutating func add(key: String, code: String, message: String, hint: String, at mark: SourceMark) {
        if let existing = index[key] {
            if notes[existing].marks.last?.line != mark.line { notes[existing].marks.append(mark) }
            return
        }
        index[key] = notes.count
        notes.append(Note(code: code, message: message, hint: hint, marks: [mark]))
    }

    /// One warning per cause, at its first place, naming the others.
    func diagnostics(file: String) -> [Diagnostic] {
        notes.map { note in
            let others = Array(note.marks.dropFirst())
            var diagnostic = Diagnostic(.warning, file: file, at: note.marks[0],
                                        note.message + RepeatedPlaces.alsoOn(others.map(\.line)), hint: note.hint)
            diagnostic.code = note.code
            diagnostic.related = others.prefix(RepeatedPlaces.relatedLimit).map {
                Diagnostic.Related(file: file, mark: $0, message: "the same here")
            }
            return diagnostic
        }
    }
}
