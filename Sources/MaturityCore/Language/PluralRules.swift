/// The plural categories of CLDR (the Unicode Common Locale Data Repository): each language
/// sorts whole numbers into some of them, and a translation gives one form per category it uses.
public enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// CLDR's cardinal plural rules for whole numbers, for the languages a charity's trainers are
/// likely to translate into. A language not listed here is treated as having one form, `other`,
/// which is always right, if not always idiomatic; docs/translating.md says how to add one.
public enum PluralRules {
    /// The category of `count` in `language` (a code such as `fr`, `cy` or `pt-BR`).
    public static func category(of count: Int, language: String) -> PluralCategory {
        let n = abs(count)
        switch family(of: language) {
        case .oneOther:
            return n == 1 ? .one : .other
        case .zeroOneOther:
            return n <= 1 ? .one : .other
        case .romance:
            // French: 0 and 1 take the singular; Spanish, Italian and Portuguese 1 only; all three
            // use "many" for exact millions ("un million de réponses").
            if n != 0 && n % 1_000_000 == 0 { return .many }
            return n == 1 || (n == 0 && LanguageCode.primary(language) == "fr") ? .one : .other
        case .welsh:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        case .arabic:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                let hundreds = n % 100
                if (3...10).contains(hundreds) { return .few }
                if (11...99).contains(hundreds) { return .many }
                return .other
            }
        case .slavic:
            let tens = n % 10, hundreds = n % 100
            if tens == 1 && hundreds != 11 { return .one }
            if (2...4).contains(tens) && !(12...14).contains(hundreds) { return .few }
            return .many
        case .polish:
            let tens = n % 10, hundreds = n % 100
            if n == 1 { return .one }
            if (2...4).contains(tens) && !(12...14).contains(hundreds) { return .few }
            return .many
        case .otherOnly:
            return .other
        }
    }

    /// The ordinal category of `number` ("1st", "2nd", "3rd", "4th" in English; "1er", "2e" in
    /// French; "1af", "2il", "3ydd" in Welsh), after CLDR's ordinal rules, using `one`, `two`,
    /// `few` and `other` only; `other` for a language whose ordinals have one form.
    public static func ordinalCategory(of number: Int, language: String) -> PluralCategory {
        let n = abs(number)
        switch LanguageCode.primary(language) {
        case "en":
            if (11...13).contains(n % 100) { return .other }
            return [1: .one, 2: .two, 3: .few][n % 10] ?? .other
        case "fr":
            return n == 1 ? .one : .other
        case "cy":
            return n == 1 ? .one : n == 2 ? .two : (3...4).contains(n) ? .few : .other
        default:
            return .other
        }
    }

    /// The categories a language uses, in CLDR's order.
    public static func categories(for language: String) -> [PluralCategory] {
        switch family(of: language) {
        case .oneOther, .zeroOneOther: return [.one, .other]
        case .romance: return [.one, .many, .other]
        case .welsh, .arabic: return [.zero, .one, .two, .few, .many, .other]
        case .slavic, .polish: return [.one, .few, .many, .other]
        case .otherOnly: return [.other]
        }
    }

    /// Whether the rules above know the language (otherwise it gets `other` only).
    public static func knows(_ language: String) -> Bool {
        families[LanguageCode.primary(language)] != nil
    }

    enum Family {
        case oneOther, zeroOneOther, romance, welsh, arabic, slavic, polish, otherOnly
    }

    static let families: [String: Family] = {
        var table: [String: Family] = [:]
        for code in ["en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "el", "hu", "tr", "sw", "ne", "mg", "ur",
                     "bg", "sq", "eu", "gl", "ca", "af", "zu", "xh", "so", "ha", "ta", "te", "ml", "kn", "mr", "ky", "kk", "az", "ka"] {
            table[code] = .oneOther
        }
        for code in ["hi", "bn", "am", "fa", "gu", "rw", "rn", "ln", "ff", "wo"] { table[code] = .zeroOneOther }
        for code in ["fr", "es", "it", "pt"] { table[code] = .romance }
        table["cy"] = .welsh
        table["ar"] = .arabic
        for code in ["ru", "uk", "be", "sr", "hr", "bs"] { table[code] = .slavic }
        table["pl"] = .polish
        for code in ["ja", "zh", "ko", "vi", "th", "id", "ms", "my", "km", "lo", "yo", "ig"] { table[code] = .otherOnly }
        return table
    }()

    static func family(of language: String) -> Family {
        families[LanguageCode.primary(language)] ?? .otherOnly
    }
}
