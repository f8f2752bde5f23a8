/// What a plain scalar means to YAML 1.1 libraries (PyYAML, many editors' tools), which read
/// `yes`, `off`, `~` or `1.10` as a yes/no value, nothing or a number where we read text.
/// One place for the rule: the checker warns of such values, and every file the program
/// writes quotes them.
public enum OtherYAMLReading: Sendable, Equatable {
    case boolean(Bool)
    case null
    case number(String)
    case date

    /// Words that YAML 1.1 reads as yes/no values (in these three spellings each).
    static let booleans: [String: Bool] = {
        var words: [String: Bool] = [:]
        for (word, value) in [("y", true), ("yes", true), ("true", true), ("on", true),
                              ("n", false), ("no", false), ("false", false), ("off", false)] {
            for spelling in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] { words[spelling] = value }
        }
        return words
    }()

    static let nulls: Set<String> = ["~", "null", "Null", "NULL"]

    /// How other tools read `text` written plain, or nil when they read it as this text too.
    public static func of(_ text: String) -> OtherYAMLReading? {
        // Most texts are long words or sentences: only a few short or numeric ones can be read
        // as anything else, so look no further at the rest.
        guard let first = text.utf8.first, text.utf8.count <= 40 else { return nil }
        if let value = booleans[text] { return .boolean(value) }
        if nulls.contains(text) { return .null }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") else { return nil }
        if isDate(text) { return .date }
        return number(text).map { .number($0) }
    }

    /// The number as other tools would show it (`1.10` is 1.1), or nil when it is not one.
    static func number(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var index = 0
        var sign = ""
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            if bytes[index] == UInt8(ascii: "-") { sign = "-" }
            index += 1
        }
        let rest = String(decoding: bytes[index...], as: UTF8.self)
        if [".inf", ".Inf", ".INF"].contains(rest) { return sign + "infinity" }
        if [".nan", ".NaN", ".NAN"].contains(rest) && sign.isEmpty { return "not-a-number" }
        if ["0x", "0o", "0b"].contains(rest.prefix(2)), rest.count > 2,
           rest.dropFirst(2).allSatisfy({ $0.isASCII && ($0.isHexDigit || $0 == "_") }) { return text }
        func digits() -> String {
            var found = ""
            while index < bytes.count, (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) || bytes[index] == UInt8(ascii: "_") {
                if bytes[index] != UInt8(ascii: "_") { found.append(Character(Unicode.Scalar(bytes[index]))) }
                index += 1
            }
            return found
        }
        var whole = digits()
        var fraction: String?
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            fraction = digits()
        }
        guard !whole.isEmpty || !(fraction ?? "").isEmpty else { return nil }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) { index += 1 }
            guard !digits().isEmpty, index == bytes.count else { return nil }
            return text
        }
        guard index == bytes.count else { return nil }
        // Leading zeros are dropped (YAML 1.1 even reads 010 as the octal 8), trailing ones too.
        whole = String(whole.drop(while: { $0 == "0" }))
        if whole.isEmpty { whole = "0" }
        guard var fraction else { return sign + whole }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + whole + "." + (fraction.isEmpty ? "0" : fraction)
    }

    /// `2026-11-21`, with or without a time after it: a date to YAML 1.1.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
    }

    /// "true", "false", "nothing (null)", "the number 1.1", "a date", for messages.
    public var described: String {
        switch self {
        case .boolean(let value): return value ? "the yes/no value true" : "the yes/no value false"
        case .null: return "nothing (null)"
        case .number(let shown): return "the number \(shown)"
        case .date: return "a date"
        }
    }
}
