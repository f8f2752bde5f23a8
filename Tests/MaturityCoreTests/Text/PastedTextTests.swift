import MaturityCore
import Testing

/// Files as word processors and old editors save them: UTF-16, carriage returns alone, and
/// the values other YAML tools read differently; and the places editors count (LSP).
@Suite struct PastedTextTests {
    @Test func aUTF16FileWithAByteOrderMarkIsReadAsItsText() throws {
        let text = "title: Café ☕️\nname: x\n"
        for (bom, units) in [([UInt8(0xFF), 0xFE], text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                             ([UInt8(0xFE), 0xFF], text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })] {
            let document = DocumentReader.read(bytes: bom + units, file: "u.yaml")
            #expect(document.diagnostics.isEmpty)
            #expect(document.root?["title"]?.scalar == "Café ☕️")
            #expect(document.source.encoding != .utf8)
        }
    }

    @Test func carriageReturnsAloneBreakLinesAndAreNamedOnce() throws {
        let document = DocumentReader.read(text: "a: 1\nb: 2\rc: 3\nd: 4\re: 5\n", file: "cr.yaml")
        #expect(document.root?["e"]?.scalar == "5")
        #expect(document.source.linesEndingInCR == [1, 3])
        #expect(document.diagnostics.map(\.message) == ["this line ends with a carriage return alone (CR), as on old Macs (also on line 4)"])
        let everyLine = DocumentReader.read(text: "a: 1\rb: 2\rc: 3", file: "cr.yaml")
        #expect(everyLine.diagnostics.map(\.message) == ["the lines of this file end with a carriage return alone (CR), as on old Macs"])
        #expect(everyLine.diagnostics.map(\.mark) == [SourceMark(line: 1, column: 5)])
    }

    @Test(arguments: [("yes", OtherYAMLReading.boolean(true)), ("Off", .boolean(false)), ("n", .boolean(false)), ("~", .null),
                      ("NULL", .null), ("1.10", .number("1.1")), ("007", .number("7")), ("-0.50", .number("-0.5")),
                      ("1e3", .number("1e3")), ("0x1F", .number("0x1F")), (".inf", .number("infinity")), ("2026-11-21", .date)])
    func otherToolsReadTheseAsSomethingElse(text: String, reading: OtherYAMLReading) {
        #expect(OtherYAMLReading.of(text) == reading)
    }

    @Test(arguments: ["yEs", "none", "one", "1.2.3", "1,5", "v1.0", "-", ".", "records", "2026-11", "", "1-2"])
    func theseAreTextEverywhere(text: String) {
        #expect(OtherYAMLReading.of(text) == nil)
    }

    @Test func aKeyEndsAtItsColonAndQuotedTextAtItsQuote() {
        let source = SourceText(name: "s.yaml", text: "  statments: x\ntext: \"a \\\" b\" # c\nname: Café  # c\n")
        #expect(source.tokenEnd(at: SourceMark(line: 1, column: 3)) == SourceMark(line: 1, column: 12))
        #expect(source.tokenEnd(at: SourceMark(line: 2, column: 7)) == SourceMark(line: 2, column: 15))
        #expect(source.tokenEnd(at: SourceMark(line: 3, column: 7)) == SourceMark(line: 3, column: 11))
        #expect(source.tokenEnd(at: SourceMark(line: 3, column: 40)) == SourceMark(line: 3, column: 40))
    }

    @Test func positionsCountUTF16CodeUnitsFromZeroAsLSPDoes() {
        // "😀" is one character (one column) but two UTF-16 code units.
        let source = SourceText(name: "s.yaml", text: "a: 😀 é x\n")
        #expect(source.lspPosition(of: SourceMark(line: 1, column: 1)) == (0, 0))
        #expect(source.lspPosition(of: SourceMark(line: 1, column: 6)) == (0, 6))
        #expect(source.lspPosition(of: SourceMark(line: 1, column: 8)) == (0, 8))
    }

    @Test func theStarterIsValidWithNoWarningAndQuotesAnIdOtherToolsMisread() throws {
        for id in ["volunteer-data", "no", "1"] {
            let text = FrameworkStarter.text(id: id)
            let (framework, diagnostics) = FrameworkDecoder.decode(bytes: Array(text.utf8), file: "new.yaml")
            #expect(diagnostics.isEmpty, "\(id): \(diagnostics.map(\.message))")
            #expect(framework?.id == id)
        }
        #expect(FrameworkStarter.text(id: "no").contains("framework: \"no\"\n"))
        #expect(FrameworkStarter.text(id: "volunteer-data").contains("framework: volunteer-data\ntitle:") == false)
    }

    /// Every key the framework format has is in the starter, each after a comment line (the
    /// renames of "don't know" and "not applicable" commented out, to be taken up by choice).
    @Test func everyKeyOfTheStarterIsExplainedByAComment() {
        let lines = FrameworkStarter.text(id: "x").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let keys = FrameworkDecoder.topLevelKeys + ["id", "name", "description", "weight", "questions", "next-steps",
                                                    "text", "guidance", "allow", "statements"]
        for key in Set(keys) {
            let optional = key == "dont-know" || key == "not-applicable"
            let first = lines.firstIndex {
                let line = $0.trimmingWhitespace()
                return optional ? line.hasPrefix("# " + key + ":") : line.hasPrefix(key + ":") || line.hasPrefix("- " + key + ":")
            }
            #expect(first != nil, "\(key) is not in the starter")
            if let first { #expect(lines[first - 1].trimmingWhitespace().hasPrefix("#"), "\(key) has no comment above it") }
        }
    }
}
