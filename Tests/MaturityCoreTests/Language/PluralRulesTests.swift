import MaturityCore
import Testing

/// Plurals as each language makes them, and sentences with named blanks.
@Suite struct PluralRulesTests {
    @Test func englishHasOneAndOther() {
        #expect([0, 1, 2, 21, 1_000_000].map { PluralRules.category(of: $0, language: "en") } == [.other, .one, .other, .other, .other])
        #expect(PluralRules.categories(for: "en-GB") == [.one, .other])
    }

    @Test func frenchTakesTheSingularForNoughtAndOne() {
        #expect([0, 1, 2, 1_000_000].map { PluralRules.category(of: $0, language: "fr") } == [.one, .one, .other, .many])
        #expect(PluralRules.category(of: 0, language: "es") == .other)
        #expect(PluralRules.category(of: 1, language: "es") == .one)
    }

    @Test func welshHasSixForms() {
        let forms = (0...7).map { PluralRules.category(of: $0, language: "cy") }
        #expect(forms == [.zero, .one, .two, .few, .other, .other, .many, .other])
        #expect(PluralRules.categories(for: "cy") == PluralCategory.allCases)
    }

    @Test func arabicCountsByTheLastTwoDigits() {
        #expect([0, 1, 2, 3, 10, 11, 99, 100, 103, 111].map { PluralRules.category(of: $0, language: "ar") }
                == [.zero, .one, .two, .few, .few, .many, .many, .other, .few, .many])
    }

    @Test func slavicLanguagesLookAtTheLastDigit() {
        #expect([1, 2, 5, 11, 21, 22, 25].map { PluralRules.category(of: $0, language: "ru") } == [.one, .few, .many, .many, .one, .few, .many])
        #expect([1, 2, 5, 21, 22].map { PluralRules.category(of: $0, language: "pl") } == [.one, .few, .many, .many, .few])
    }

    @Test func anUnknownLanguageHasOneFormWhichIsAlwaysRight() {
        #expect(!PluralRules.knows("xx"))
        #expect(PluralRules.categories(for: "xx") == [.other])
        #expect(PluralRules.category(of: 1, language: "xx") == .other)
        #expect(PluralRules.category(of: 1, language: "ja") == .other)
    }

    @Test func everyCategoryGivenIsOneTheLanguageUses() {
        for language in ["en", "fr", "es", "cy", "ar", "ru", "pl", "ja", "hi", "xx"] {
            let used = Set(PluralRules.categories(for: language))
            for count in 0...2_000 { #expect(used.contains(PluralRules.category(of: count, language: language)), "\(language) \(count)") }
        }
    }

    @Test func templatesFillTheirBlanks() throws {
        let template = try MessageTemplate("Question {number} of {total}")
        #expect(template.blanks == ["number", "total"])
        #expect(template.filled(["number": "3", "total": "28"]) == "Question 3 of 28")
        #expect(template.filled(["number": "3"]) == "Question 3 of {total}", "a missing value shows")
        #expect(try MessageTemplate("{total} : question {number}").filled(["number": "3", "total": "28"]) == "28 : question 3")
        #expect(try MessageTemplate("{{literal}} {x}").filled(["x": "1"]) == "{literal} 1")
        #expect(try MessageTemplate("no blanks").blanks.isEmpty)
        #expect(try MessageTemplate("{n} and {n}").blanks == ["n"])
    }

    @Test func aBrokenTemplateSaysWhere() {
        #expect(throws: MessageTemplate.Problem(offset: 9, message: "a { is never closed: write {name} for a blank, or {{ for a brace")) {
            try MessageTemplate("Question {number of")
        }
        #expect(throws: MessageTemplate.Problem(offset: 4, message: "a blank has no name: {}")) { try MessageTemplate("abc {} d") }
        #expect(throws: MessageTemplate.Problem(offset: 2, message: "a } without its {: write }} for a brace")) { try MessageTemplate("ab} c") }
        #expect(throws: MessageTemplate.Problem(offset: 0, message: "\"a b\" is not a blank's name: names are letters, digits and hyphens")) {
            try MessageTemplate("{a b}")
        }
    }

    /// Ordinals (a report's "about the 62nd" percentile): 1st, 2nd, 3rd, 4th, 11th to 13th,
    /// 21st; French 1er then 2e; Welsh 1af, 2il, 3ydd and 4ydd, then one form.
    @Test func ordinalsTakeTheirLanguagesForms() {
        let english = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 62, 101, 111].map { PluralRules.ordinalCategory(of: $0, language: "en") }
        #expect(english == [.one, .two, .few, .other, .other, .other, .other, .one, .two, .few, .two, .one, .other])
        #expect([1, 2, 62].map { PluralRules.ordinalCategory(of: $0, language: "fr-CA") } == [.one, .other, .other])
        #expect((1...6).map { PluralRules.ordinalCategory(of: $0, language: "cy") } == [.one, .two, .few, .few, .other, .other])
        #expect(PluralRules.ordinalCategory(of: 1, language: "es") == .other)
    }
}
