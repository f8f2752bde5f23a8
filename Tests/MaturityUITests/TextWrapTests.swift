import MaturityCore
import MaturityUI
import Testing

/// Wrapping by display width: words, CJK line-breaking rules, and the note editor's lines.
@Suite struct TextWrapTests {
    @Test func closingPunctuationNeverStartsALine() {
        // 14 columns of kana, then "。": the last kana goes down with it.
        let lines = TextWrap.lines("データはほとんど使っていません。", width: 28)
        #expect(lines == ["データはほとんど使っていませ", "ん。"])
        // From three characters a line (narrower, two characters cannot always be kept together).
        for width in 6...32 {
            for line in TextWrap.lines("「データ」は、大切です。とても、とても。", width: width).dropFirst() {
                #expect(!["。", "、", "」"].contains(line.first), "width \(width): \(line)")
            }
        }
    }

    @Test func openingBracketsNeverEndALine() {
        let lines = TextWrap.lines("あいうえおかきくけ「データ」", width: 20)
        #expect(lines.first?.last != "「")
        #expect(lines.joined() == "あいうえおかきくけ「データ」")
    }

    @Test func aLineOfOnlyPunctuationIsStillCutByWidth() {
        let lines = TextWrap.lines("。。。。。。", width: 4)
        #expect(lines == ["。。", "。。", "。。"])
    }

    @Test func editorLinesKeepEveryCharacter() {
        let text = "We asked  the treasurer twice "
        let lines = TextWrap.editorLines(text, width: 10)
        #expect(lines.joined() == text)
        #expect(lines.allSatisfy { DisplayWidth.of($0.hasSuffix(" ") ? String($0.dropLast()) : $0) <= 10 })
        #expect(lines == ["We asked  ", "the ", "treasurer ", "twice "])
        // A space that does not fit hangs at the end of its line; the cursor goes to the next.
        #expect(TextWrap.editorLines("abcde fghij ", width: 5) == ["abcde ", "fghij ", ""])
        #expect(TextWrap.editorLines("", width: 10) == [""])
        #expect(TextWrap.editorLines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }
}
