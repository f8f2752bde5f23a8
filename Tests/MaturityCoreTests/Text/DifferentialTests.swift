import Foundation
import MaturityCore
import MaturityFrameworks
import Testing
import Yams

/// For every input our reader accepts, Yams (composing with the all-strings resolver) must
/// build the same tree: the same strings, order, nesting and marks.
@Suite struct DifferentialTests {
    static func compare(_ text: String, file: String = "input.yaml") -> String? {
        let ours = DocumentReader.read(text: text, file: file)
        guard !ours.diagnostics.hasErrors, let root = ours.root else {
            return "our reader refused it: \(ours.diagnostics.map(\.message))"
        }
        let theirs: Yams.Node?
        do {
            // Yams would count a byte order mark as a column; editors and our reader do not.
            let withoutBOM = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            theirs = try Yams.compose(yaml: withoutBOM, Resolver.basic)
        } catch {
            return "Yams refused what we accepted: \(error)"
        }
        guard let theirs else { return "Yams found no document" }
        return TreeShape(root).firstDifference(from: TreeShape(yams: theirs))
    }

    @Test(arguments: BuiltInFrameworks.files.map(\.name))
    func shippedFileMatchesYams(name: String) throws {
        let bytes = try #require(BuiltInFrameworks.files.first { $0.name == name }?.bytes)
        let difference = Self.compare(String(decoding: bytes, as: UTF8.self), file: name)
        #expect(difference == nil, "\(name): \(difference ?? "")")
    }

    @Test(arguments: [
        "a: b\n",
        "a:\n  b: c\n  d: e\n",
        "list:\n  - one\n  - two\n",
        "list:\n- one\n- two\nafter: x\n",
        "- a: 1\n  b: 2\n- a: 3\n",
        "- - x\n  - y\n- z\n",
        "text: |\n  line one\n  line two\n\n  after blank\nnext: x\n",
        "keep: |+\n  a\n\n\nstrip: |-\n  b\n\n",
        "q: 'it''s'\nd: \"tab\\there \\u00e9 \\\"q\\\"\"\n",
        "url: http://example.org/a:b\nhash: a#b\n",
        "key: value # comment\n# full line\n  # indented comment\nother: x\n",
        "\u{FEFF}bom: yes\n",
        "crlf: yes\r\nnext: no\r\n",
        "empty:\nnext: x\n",
        "\"quoted key\": v\n'single': w\n",
        "unicode: café 日本 😀\nétiquette: ok\n",
        "nested:\n  deeper:\n    deepest:\n      - a\n      - b: c\n",
        "n: -1\nm: 1,5\nz: ~\nt: true\n",
        "- |\n  literal in list\n- plain\n",
        "a:\n    - x\n    - y\nb: z\n",
    ])
    func smallDocumentsMatchYams(text: String) {
        let difference = Self.compare(text)
        #expect(difference == nil, "\(String(reflecting: text)): \(difference ?? "")")
    }
}
