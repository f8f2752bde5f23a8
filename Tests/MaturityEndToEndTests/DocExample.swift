import Foundation
import Testing

/// An example of output in the guides, marked `<!-- example: NAME -->` on the line before its
/// fence, so that a test can run it and check the guide still says what the program prints.
///
/// A block whose lines start with `$ ` holds commands, each followed by exactly what it prints.
/// Any other block holds lines of the output (such as `error: ...` without the place), each of
/// which must end a line of what the example's command prints, in order.
struct DocExample: CustomTestStringConvertible, Sendable {
    var document: String
    var name: String
    /// The line of the guide the block starts on, for messages.
    var line: Int
    var lines: [String]

    var testDescription: String { "\(document) \(name)" }

    static let documents = ["docs/framework-format.md", "docs/commands.md", "docs/response-format.md", "docs/translating.md"]
    static let marker = "<!-- example: "

    /// Every fenced block of the guides, marked or not.
    static func blocks(in document: String) -> [(marker: String?, example: DocExample)] {
        let url = BinaryRunner.repositoryRoot.appendingPathComponent(document)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var blocks: [(String?, DocExample)] = []
        var open: (marker: String?, start: Int, indent: Int)?
        var body: [String] = []
        var previous = ""
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let current = open {
                if trimmed == "```" {
                    blocks.append((current.marker, DocExample(document: document, name: current.marker ?? "", line: current.start, lines: body)))
                    open = nil
                } else {
                    body.append(String(line.dropFirst(min(current.indent, line.prefix { $0 == " " }.count))))
                }
            } else if trimmed.hasPrefix("```") {
                var marker: String?
                let last = previous.trimmingCharacters(in: .whitespaces)
                if last.hasPrefix(Self.marker), last.hasSuffix(" -->") {
                    marker = String(last.dropFirst(Self.marker.count).dropLast(4))
                }
                open = (marker, index + 1, line.prefix { $0 == " " }.count)
                body = []
            }
            previous = line
        }
        return blocks
    }

    static let all: [DocExample] = documents.flatMap { blocks(in: $0).compactMap { $0.marker == nil ? nil : $0.example } }

    /// True for a block that shows output of validate or frameworks but carries no marker.
    static func looksLikeOutput(_ lines: [String]) -> Bool {
        lines.contains { line in
            line.hasPrefix("$ maturity") || line.hasPrefix("error: ") || line.hasPrefix("warning: ")
                || line.range(of: #"^\S+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil
        }
    }

    /// The commands of a `$` block, each with the output shown after it.
    var commands: [(arguments: [String], output: String)] {
        var result: [(arguments: [String], output: String)] = []
        for line in lines {
            if line.hasPrefix("$ maturity") {
                let words = line.dropFirst(2).split(separator: " ").map(String.init)
                result.append((Array(words.dropFirst()), ""))
            } else if !result.isEmpty {
                result[result.count - 1].output += line + "\n"
            }
        }
        return result
    }
}
