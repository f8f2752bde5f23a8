import Foundation
import MaturityCore
import PropertyBased
import Testing

/// Our trimming replaces Foundation's `trimmingCharacters(in:)`, which FoundationEssentials
/// lacks: the same characters go, scalar by scalar.
@Suite struct StringTrimmingTests {
    @Test func spacesAndTabsGoButLineBreaksStay() {
        #expect(" \t 1.5 \u{3000}".trimmingWhitespace() == "1.5")
        #expect("\n x \n".trimmingWhitespace() == "\n x \n")
        #expect("\u{200B}zero width\u{A0}".trimmingWhitespace() == "zero width")
        #expect("   ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
        #expect("a b".trimmingWhitespace() == "a b")
    }

    @Test func lineBreaksGoToo() {
        #expect("\r\n note \u{2028}\u{85}".trimmingWhitespaceAndNewlines() == "note")
        #expect(" \n\t ".trimmingWhitespaceAndNewlines() == "")
    }

    @Test func aCombiningMarkAfterASpaceStays() {
        #expect(" \u{301}a ".trimmingWhitespace() == "\u{301}a")
    }

    @Test func sameAnswersAsFoundationForEveryKindOfSpace() async {
        // Every whitespace or newline scalar Foundation knows, and some that are neither.
        let scalars: [UInt32] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x200A,
                                 0x200B, 0x200C, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x301, 0x41, 0xE9, 0x1F600]
        let scalarGen = Gen.element(of: scalars).map { String(Unicode.Scalar($0!)!) }
        await propertyCheck(count: 500, input: scalarGen.array(of: 0...8)) { pieces in
            let text = pieces.joined()
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(Array(text.unicodeScalars))")
        }
    }
}
