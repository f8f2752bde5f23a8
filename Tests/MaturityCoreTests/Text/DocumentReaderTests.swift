import MaturityCore
import Testing

/// What the reader accepts, and how it refuses everything outside the subset: one located
/// message per mistake, naming the construct and what to write instead.
@Suite struct DocumentReaderTests {
    func read(_ text: String) -> ParsedDocument {
        DocumentReader.read(text: text, file: "test.yaml")
    }

    /// The only error of a document, or a failure when there is not exactly one.
    func onlyError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let errors = read(text).diagnostics.filter(\.isError)
        #expect(errors.count == 1, "expected one error, got \(errors.map { "\($0.mark): \($0.message)" })",
                sourceLocation: sourceLocation)
        return errors.first
    }

    // MARK: - Accepted

    @Test func readsNestedMappingsAndLists() throws {
        let document = read("title: Hello\nstages:\n  - id: a\n    name: A\n  - id: b\n")
        #expect(document.diagnostics.isEmpty)
        let root = try #require(document.root)
        #expect(root["title"]?.scalar == "Hello")
        let stages = try #require(root["stages"]?.items)
        #expect(stages.count == 2)
        #expect(stages[0]["name"]?.scalar == "A")
        #expect(stages[1]["id"]?.scalar == "b")
        #expect(stages[1].mark == SourceMark(line: 5, column: 5))
    }

    @Test func everyScalarIsText() throws {
        let root = try #require(read("a: 1\nb: true\nc: ~\nd: 1.50\ne:\n").root)
        #expect(root["a"]?.scalar == "1")
        #expect(root["b"]?.scalar == "true")
        #expect(root["c"]?.scalar == "~")
        #expect(root["d"]?.scalar == "1.50")
        #expect(root["e"]?.scalar == "")
    }

    @Test func literalBlocksKeepLinesAndFollowChomping() throws {
        let root = try #require(read("a: |\n  one\n    two\n\n  three\n\nb: |-\n  x\nc: |+\n  y\n\nd: z\n").root)
        #expect(root["a"]?.scalar == "one\n  two\n\nthree\n")
        #expect(root["b"]?.scalar == "x")
        #expect(root["c"]?.scalar == "y\n\n")
        #expect(root["d"]?.scalar == "z")
    }

    @Test func quotedScalarsUnescape() throws {
        let root = try #require(read("a: 'it''s: fine # really'\nb: \"caf\\u00e9 \\\"x\\\"\"\n").root)
        #expect(root["a"]?.scalar == "it's: fine # really")
        #expect(root["b"]?.scalar == "café \"x\"")
    }

    @Test func commentsAreIgnoredButHashInsideWordsIsText() throws {
        let root = try #require(read("# top\na: b # trailing\nc: C#minor\n").root)
        #expect(root["a"]?.scalar == "b")
        #expect(root["c"]?.scalar == "C#minor")
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let document = read("\u{FEFF}a: b\r\nc: d\r\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.root?["a"]?.scalar == "b")
        #expect(document.root?["c"]?.scalar == "d")
        #expect(document.root?["a"]?.mark == SourceMark(line: 1, column: 4))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try #require(read("é: ü\n").root)
        #expect(root["é"]?.mark == SourceMark(line: 1, column: 4))
    }

    // MARK: - Refused, each with a located message

    @Test func tabsInIndentation() throws {
        let error = try #require(onlyError("a:\n\tb: c\n"))
        #expect(error.mark == SourceMark(line: 2, column: 1))
        #expect(error.message.contains("tab"))
        #expect(error.hint?.contains("spaces") == true)
    }

    @Test(arguments: [
        ("a: [x, y]\n", "brackets", 4),
        ("a: {x: y}\n", "braces", 4),
        ("a: &anchor x\n", "anchors", 4),
        ("a: *anchor\n", "aliases", 4),
        ("a: !!str x\n", "tags", 4),
        ("a: >\n  folded\n", "folded", 4),
    ])
    func refusedValueConstructs(text: String, word: String, column: Int) throws {
        let error = try #require(onlyError(text))
        #expect(error.message.contains(word))
        #expect(error.mark == SourceMark(line: 1, column: column))
        #expect(error.hint != nil)
    }

    @Test func documentMarkersAndDirectives() {
        let errors = read("%YAML 1.2\n---\na: b\n...\n").diagnostics.filter(\.isError)
        #expect(errors.map(\.mark.line) == [1, 2, 4])
    }

    @Test func complexKeys() throws {
        let error = try #require(onlyError("? a\n: b\n"))
        #expect(error.message.contains("complex keys"))
    }

    @Test func mergeKeys() throws {
        let error = try #require(onlyError("a: b\n<<: c\n"))
        #expect(error.message.contains("merge keys"))
        #expect(error.mark.line == 2)
    }

    @Test func duplicateKeysNameTheFirstLine() throws {
        let error = try #require(onlyError("a: 1\nb: 2\na: 3\n"))
        #expect(error.mark == SourceMark(line: 3, column: 1))
        #expect(error.message.contains("line 1"))
    }

    @Test func textContinuedOnTheNextLine() throws {
        let error = try #require(onlyError("a: first part\n  second part\nb: c\n"))
        #expect(error.mark == SourceMark(line: 2, column: 3))
        #expect(error.hint?.contains("|") == true)
    }

    @Test func colonSpaceInsidePlainText() throws {
        let error = try #require(onlyError("a: note: this\n"))
        #expect(error.mark == SourceMark(line: 1, column: 8))
        #expect(error.hint?.contains("quotes") == true)
    }

    @Test func missingSpaceAfterColon() throws {
        let error = try #require(onlyError("a: b\nc:d\n"))
        #expect(error.mark.line == 2)
        #expect(error.message.contains("space after the colon"))
    }

    @Test func unclosedQuoteAndBadEscape() {
        let errors = read("a: \"open\nb: \"\\q\"\n").diagnostics.filter(\.isError)
        #expect(errors.count == 2)
        #expect(errors.first?.message.contains("not closed") == true)
        #expect(errors.last?.message.contains("escape") == true)
        #expect(errors.last?.mark == SourceMark(line: 2, column: 5))
    }

    @Test func listOnTheSameLineAsItsKey() throws {
        let error = try #require(onlyError("a: - x\n"))
        #expect(error.message.contains("list"))
    }

    @Test func wrongIndentation() throws {
        let error = try #require(onlyError("a:\n  b: 1\n    c: 2\n"))
        #expect(error.mark == SourceMark(line: 3, column: 5))
    }

    @Test func lineBelongingToNothing() throws {
        let error = try #require(onlyError("  a: 1\nb: 2\n"))
        #expect(error.mark.line == 2)
    }

    @Test func emptyAndCommentOnlyFiles() {
        for text in ["", "\n\n", "# only a comment\n"] {
            let document = read(text)
            #expect(document.root == nil)
            #expect(document.diagnostics.count == 1)
            #expect(document.diagnostics.first?.mark == SourceMark(line: 1, column: 1))
        }
    }

    @Test func invalidUTF8NamesItsLine() throws {
        var bytes = Array("a: ok\nb: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\nc: d\n".utf8)
        let document = DocumentReader.read(bytes: bytes, file: "latin1.yaml")
        let errors = document.diagnostics.filter(\.isError)
        #expect(errors.count == 1)
        #expect(errors.first?.mark == SourceMark(line: 2, column: 7))
        #expect(errors.first?.message.contains("UTF-8") == true)
        #expect(document.root?["c"]?.scalar == "d")
    }

    @Test func binaryFilesAreRefusedAtOnce() {
        let document = DocumentReader.read(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], file: "a.out")
        #expect(document.root == nil)
        #expect(document.diagnostics.count == 1)
        #expect(document.diagnostics.first?.message.contains("not a text file") == true)
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "- ", count: 10_000) + "x\n"
        let document = read(deep)
        #expect(document.diagnostics.contains { $0.message.contains("nested too deeply") })
        var indented = ""
        for level in 0..<200 { indented += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(read(indented).diagnostics.contains { $0.message.contains("nested too deeply") })
    }

    @Test func aFloodOfMistakesStopsAtTheLimit() {
        let text = String(repeating: "a: [x]\n", count: 1_000)
        let diagnostics = read(text).diagnostics
        #expect(diagnostics.count == DocumentReader.diagnosticLimit + 1)
        #expect(diagnostics.last?.message.contains("too many problems") == true)
    }

    @Test func severalMistakesAreAllReported() {
        let text = "a: [x]\nb:\n\tc: d\ne: &x y\nf: g\nf: h\n"
        let lines = read(text).diagnostics.filter(\.isError).map(\.mark.line)
        #expect(lines == [1, 3, 4, 6])
    }

    // MARK: - Hostile text

    @Test func controlAndBidiCharactersAreMadeVisible() throws {
        let root = try #require(read("a: \"\\e[2Jboom\"\nb: abc\u{202E}def\n").root)
        let a = try #require(root["a"]?.scalar)
        let b = try #require(root["b"]?.scalar)
        #expect(!a.unicodeScalars.contains { $0.value == 0x1B })
        #expect(a.contains("\u{241B}"))
        #expect(b == "abc<U+202E>def")
    }
}
