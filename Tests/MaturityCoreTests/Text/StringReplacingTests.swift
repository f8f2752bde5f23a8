import Foundation
import MaturityCore
import PropertyBased
import Testing

/// Our `replacingOccurrences(of:with:)` replaces Foundation's, which FoundationEssentials lacks.
@Suite struct StringReplacingTests {
    @Test func everyOccurrenceLeftToRight() {
        #expect("2026-11-21".replacingOccurrences(of: "-", with: "") == "20261121")
        #expect("say \"hi\"".replacingOccurrences(of: "\"", with: "\"\"") == "say \"\"hi\"\"")
        #expect("a\r\nb\r\n".replacingOccurrences(of: "\r\n", with: "\n") == "a\nb\n")
        #expect("\r\r\n\n".replacingOccurrences(of: "\r\n", with: "\n") == "\r\n\n")
        #expect("aaa".replacingOccurrences(of: "aa", with: "b") == "ba")
        #expect("1,5".replacingOccurrences(of: ",", with: ".") == "1.5")
        #expect("café 日本".replacingOccurrences(of: "日本", with: "😀") == "café 😀")
    }

    @Test func nothingToReplaceOrAnEmptyTargetChangesNothing() {
        #expect("plain".replacingOccurrences(of: "-", with: "+") == "plain")
        #expect("plain".replacingOccurrences(of: "", with: "+") == "plain")
        #expect("".replacingOccurrences(of: "a", with: "b") == "")
        #expect("ab".replacingOccurrences(of: "abc", with: "x") == "ab")
    }

    /// Foundation skips a quote that a combining mark follows; a CSV field needs every quote doubled.
    @Test func aQuoteWithACombiningMarkIsStillAQuote() {
        #expect("a\"\u{301}b".replacingOccurrences(of: "\"", with: "\"\"") == "a\"\"\u{301}b")
    }

    @Test func sameAnswersAsFoundationOnTextWithoutCombiningMarks() async {
        let pieceGen = Gen.element(of: ["a", "b", "-", ",", "\"", "\r", "\n", "\r\n", "é", "日", "😀", " "]).map { $0! }
        let targetGen = Gen.element(of: ["-", ",", "\"", "\r\n", "ab", "aa", "日"]).map { $0! }
        await propertyCheck(count: 500, input: pieceGen.array(of: 0...12), targetGen) { pieces, target in
            let text = pieces.joined()
            let foundation = (text as NSString).replacingOccurrences(of: target, with: "<>")
            #expect(text.replacingOccurrences(of: target, with: "<>") == foundation, "\(Array(text.unicodeScalars))")
        }
    }
}
