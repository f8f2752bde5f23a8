/// A sentence with named blanks, as translators write it: "Question {number} of {total}".
/// A whole sentence is one template, so that each language orders its words its own way; the
/// blanks are filled with values the program gives, never with text glued in English order.
///
/// `{{` and `}}` stand for a brace itself.
public struct MessageTemplate: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        case blank(String)
    }

    let pieces: [Piece]
    public let source: String

    /// What is wrong with a template, for a translator: where (a character offset) and what.
    public struct Problem: Error, Equatable, Sendable {
        public var offset: Int
        public var message: String

        public init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }
    }

    public init(_ source: String) throws(Problem) {
        self.source = source
        var pieces: [Piece] = []
        var text = ""
        var characters = Array(source)[...]
        var offset = 0
        while let character = characters.popFirst() {
            defer { offset += 1 }
            if character == "{" {
                if characters.first == "{" {
                    characters.removeFirst()
                    offset += 1
                    text.append("{")
                    continue
                }
                let nextOpen = characters.firstIndex(of: "{")
                guard let close = characters.firstIndex(of: "}"), nextOpen.map({ close < $0 }) ?? true else {
                    throw Problem(offset: offset, message: "a { is never closed: write {name} for a blank, or {{ for a brace")
                }
                let name = String(characters[characters.startIndex..<close])
                guard Self.isName(name) else {
                    throw Problem(offset: offset, message: name.isEmpty ? "a blank has no name: {}"
                                  : "\"\(name)\" is not a blank's name: names are letters, digits and hyphens")
                }
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.blank(name))
                offset += name.count + 1
                characters = characters[characters.index(after: close)...]
            } else if character == "}" {
                if characters.first == "}" {
                    characters.removeFirst()
                    offset += 1
                    text.append("}")
                    continue
                }
                throw Problem(offset: offset, message: "a } without its {: write }} for a brace")
            } else {
                text.append(character)
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// The blanks' names, each once, in the order they first appear.
    public var blanks: [String] {
        var seen = Set<String>()
        return pieces.compactMap { piece in
            guard case .blank(let name) = piece, seen.insert(name).inserted else { return nil }
            return name
        }
    }

    /// The sentence with its blanks filled; a blank without a value is left as `{name}`, so that
    /// a mistake shows rather than vanishes.
    public func filled(_ values: [String: String]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .blank(let name): return values[name] ?? "{\(name)}"
            }
        }.joined()
    }

    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40 && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
