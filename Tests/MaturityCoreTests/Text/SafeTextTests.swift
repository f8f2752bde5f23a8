import MaturityCore
import PropertyBased
import Testing

@Suite struct SafeTextTests {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v)
            || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    @Test func escapeSequencesAndBidiOverridesBecomeVisible() {
        #expect(SafeText.sanitize("\u{1B}[31mred") == "\u{241B}[31mred")
        #expect(SafeText.sanitize("a\u{202E}b") == "a<U+202E>b")
        #expect(SafeText.sanitize("bell\u{07}") == "bell\u{2407}")
        #expect(SafeText.sanitize("c1\u{9B}x") == "c1<U+009B>x")
        #expect(SafeText.sanitize("tab\there") == "tab here")
    }

    @Test func lineBreaksAreKeptOnlyWhereAsked() {
        #expect(SafeText.sanitize("a\nb") == "a\nb")
        #expect(SafeText.sanitize("a\nb", keepNewlines: false) == "a b")
        #expect(SafeText.sanitize("a\r\nb") == "a\u{240D}\nb")
    }

    @Test func safeTextIsReturnedUnchanged() {
        for text in ["", "plain", "café 日本 😀", "<script>alert(1)</script>", "=HYPERLINK(\"x\")"] {
            #expect(SafeText.sanitize(text) == text)
        }
    }

    @Test func noUnsafeCharacterSurvivesAndSanitizingTwiceChangesNothing() async {
        let scalarGen = Gen.oneOf(
            Gen.int(in: 0...0x3F).map { Unicode.Scalar(UInt8($0)) },
            Gen.int(in: 0x7F...0x9F).map { Unicode.Scalar(UInt32($0))! },
            Gen.element(of: [0x202A, 0x202E, 0x2066, 0x2069, 0x200F, 0x2028, 0x41, 0xE9, 0x65E5, 0x1F600])
                .map { Unicode.Scalar(UInt32($0!))! }
        )
        await propertyCheck(count: 300, input: scalarGen.array(of: 0...40)) { scalars in
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let once = SafeText.sanitize(text)
            #expect(!once.unicodeScalars.contains(where: Self.isUnsafe))
            #expect(SafeText.sanitize(once) == once)
            #expect(SafeText.isSafe(once))
        }
    }
}

@Suite struct DisplayWidthTests {
    @Test func wideAndZeroWidthCharacters() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("مرحبا") == 5)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func prefixesAreCutByColumnsNeverInsideAWideCharacter() {
        #expect(DisplayWidth.prefix(of: "日本語", fitting: 3) == "日")
        #expect(DisplayWidth.prefix(of: "abcdef", fitting: 4) == "abcd")
        #expect(DisplayWidth.prefix(of: "ab", fitting: 10) == "ab")
    }
}

@Suite struct DiagnosticRendererTests {
    @Test func theCaretSitsUnderTheColumnEvenAfterWideCharacters() {
        let source = SourceText(name: "f.yaml", text: "title: 日本 [x]\n")
        let diagnostic = Diagnostic(.error, file: "f.yaml", at: SourceMark(line: 1, column: 11), "brackets", hint: "fix it")
        let lines = DiagnosticRenderer.render(diagnostic, source: source, colour: false).split(separator: "\n")
        #expect(lines[0] == "f.yaml:1:11: error: brackets")
        #expect(lines[1] == "    1 | title: 日本 [x]")
        // "title: " is 7 columns and 日本 plus a space 5 more: the caret is in column 13.
        #expect(lines[2] == "      | " + String(repeating: " ", count: 12) + "^")
        #expect(lines[3] == "   hint: fix it")
    }

    @Test func hostileSourceLinesAreShownSafely() {
        let source = SourceText(name: "f.yaml", text: "a: \u{1B}]0;owned\u{07}\u{202E}x\n")
        let diagnostic = Diagnostic(.error, file: "f\u{1B}.yaml", at: SourceMark(line: 1, column: 4), "m")
        let output = DiagnosticRenderer.render(diagnostic, source: source, colour: false)
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    @Test func veryLongLinesAreWindowedAroundTheCaret() {
        let line = String(repeating: "x", count: 5_000) + "[bad]" + String(repeating: "y", count: 5_000)
        let source = SourceText(name: "f.yaml", text: line)
        let diagnostic = Diagnostic(.error, file: "f.yaml", at: SourceMark(line: 1, column: 5_001), "m")
        let lines = DiagnosticRenderer.render(diagnostic, source: source, colour: false).split(separator: "\n")
        #expect(lines[1].count < 120)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let bracket = lines[1].firstIndex(of: "[").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret != nil && caret == bracket)
    }
}

@Suite struct ReportTextTests {
    @Test func everyKindOfLineBreakIsQuotedInCsvAndFoldedInMarkdown() {
        for text in ["a\r\nb", "a\nb", "a\rb", "a\u{2028}b", "a\u{85}b"] {
            #expect(ReportText.csv(text).hasPrefix("\""), "\(text.debugDescription)")
            let folded = ReportText.markdown(text)
            #expect(!folded.contains { $0.isNewline }, "\(text.debugDescription)")
        }
    }

    @Test func formulasAreGuardedAndNumbersLeftAlone() {
        #expect(ReportText.csv("=SUM(A1)") == "'=SUM(A1)")
        #expect(ReportText.csv("+1") == "'+1")
        #expect(ReportText.csv("-2,5") == "\"'-2,5\"")
        #expect(ReportText.csv("@x") == "'@x")
        #expect(ReportText.csv("plain") == "plain")
        #expect(ReportText.number(2.5) == "2.5")
        #expect(ReportText.number(3) == "3")
        #expect(ReportText.number(nil) == "")
    }

    @Test func htmlAndMarkdownAreInert() {
        #expect(ReportText.html("<script>\"x\"&'y'</script>") == "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;")
        #expect(ReportText.markdown("| a | *b* [c](d)") == "\\| a \\| \\*b\\* \\[c\\](d)")
    }
}

@Suite struct EditDistanceTests {
    @Test func slipsAreSuggestedAndFarWordsAreNot() {
        #expect(EditDistance.between("hihg", "high") == 1)
        #expect(EditDistance.between("statments", "statements") == 1)
        #expect(EditDistance.suggestion(for: "statments", among: ["statements", "text"]) == "statements")
        #expect(EditDistance.suggestion(for: "zzz", among: ["statements", "text"]) == nil)
        #expect(EditDistance.suggestion(for: String(repeating: "k", count: 60_000), among: ["framework", "version"]) == nil)
    }

    /// The whole table, as the distance was worked out before it was bounded: the reference.
    static func fullTable(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// The band around the diagonal gives the same distance as the whole table whenever that
    /// distance is within the bound, and "past the bound" otherwise (10,000 seeded pairs).
    @Test func theBoundedDistanceAgreesWithTheWholeTable() {
        var random = SplitMix(state: 12)
        for _ in 0..<10_000 {
            let letters: [Character] = ["a", "b", "c", "é"]
            let a = (0..<random.below(9)).map { _ in random.pick(letters) }
            var b = a
            for _ in 0..<random.below(5) {
                switch random.below(4) {
                case 0 where !b.isEmpty: b.remove(at: random.below(b.count))
                case 1: b.insert(random.pick(letters), at: random.below(b.count + 1))
                case 2 where b.count > 1:
                    let i = random.below(b.count - 1)
                    b.swapAt(i, i + 1)
                default: if !b.isEmpty { b[random.below(b.count)] = random.pick(letters) }
                }
            }
            let full = Self.fullTable(a, b)
            for limit in 0...4 {
                let bounded = EditDistance.bounded(a, b, limit: limit)
                #expect(bounded == (full <= limit ? full : limit + 1), "\(String(a)) \(String(b)) limit \(limit)")
            }
            #expect(EditDistance.between(String(a), String(b)) == full)
        }
    }

    /// Ids of a thousand characters (issue 12: a 350 KB framework of them took 125 s to check)
    /// get no suggestion and are never compared; short ids near them still are.
    @Test func longWordsAreNeverComparedAndTheFirstOfEquallyCloseIsSuggested() {
        let long = String(repeating: "q", count: 1_000)
        #expect(EditDistance.suggestion(for: long + "x", among: [long]) == nil)
        #expect(EditDistance.suggestion(for: "high", among: [long, "hihg", "hgih", "hig"]) == "hihg")
        #expect(EditDistance.suggestion(for: String(repeating: "a", count: 64), among: [String(repeating: "a", count: 63) + "b"]) != nil)
        #expect(EditDistance.suggestion(for: String(repeating: "a", count: 65), among: [String(repeating: "a", count: 64) + "b"]) == nil)
    }
}
