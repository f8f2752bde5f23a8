/// Writes a response in the YAML subset, so that our reader and any YAML library read it back
/// as the same values. Free text is always quoted (or a `|` block for several lines), so no
/// name or note can be taken for a number, a key or a comment. Ids and language codes are
/// written plain only when no YAML 1.1 or 1.2 library could read them as anything but text:
/// a valid id such as `no`, `on` or `1` (and Norwegian, `no`) is quoted.
public enum ResponseEncoder {
    /// The file's text. With the framework, answers and notes follow its question order;
    /// without it, they are sorted by question id.
    public static func encode(_ response: Response, framework: Framework? = nil) -> String {
        var lines: [String] = []
        lines.reserveCapacity(24 + response.answers.count + response.notes.count * 2)
        lines.append("response: \(quoted(response.id))")
        lines.append("framework: \(plainIfSafe(response.frameworkID))")
        lines.append("framework-version: \(quoted(response.frameworkVersion))")
        if let fingerprint = response.frameworkFingerprint { lines.append("framework-fingerprint: \(quoted(fingerprint))") }
        lines.append("language: \(plainIfSafe(response.language))")
        lines.append("organisation: \(quoted(response.organisation))")
        if let respondent = response.respondent { lines.append("respondent: \(quoted(respondent))") }
        if let team = response.team { lines.append("team: \(quoted(team))") }
        if let role = response.role { lines.append("role: \(quoted(role))") }
        lines.append("started: \(response.started)")
        lines.append("updated: \(response.updated)")
        lines.append("status: \(plainIfSafe(response.status.rawValue))")
        let order = questionOrder(response, framework: framework)
        lines.append("answers:")
        for id in order {
            if let answer = response.answers[id] { lines.append("  \(key(id)): \(quoted(answer.text))") }
        }
        if !response.notes.isEmpty {
            lines.append("notes:")
            for id in order where response.notes[id] != nil {
                lines.append(contentsOf: entry("  \(key(id)):", text: response.notes[id]!, indent: "    "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func questionOrder(_ response: Response, framework: Framework?) -> [String] {
        let mentioned = Set(response.answers.keys).union(response.notes.keys)
        var order = framework?.questions.map(\.id).filter(mentioned.contains) ?? []
        let known = Set(order)
        order += mentioned.subtracting(known).sorted()
        return order
    }

    /// A key as written: plain when that is safe, quoted otherwise.
    static func key(_ text: String) -> String {
        plainIfSafe(text)
    }

    /// The text without quotes when every YAML library reads it back as this very text.
    public static func plainIfSafe(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    /// True for letters, digits and hyphens starting with a letter, other than the yes/no and
    /// null words of YAML 1.1 (OtherYAMLReading).
    /// Every number, date, time, hexadecimal or octal form YAML knows starts with a digit, a
    /// sign or a dot, so starting with a letter rules them all out.
    public static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.utf8.first, isASCIILetter(first) else { return false }
        guard text.utf8.allSatisfy({ isASCIILetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") })
        else { return false }
        // In any case, not only the spellings YAML 1.1 lists: "yEs" is safe, but not worth the doubt.
        return OtherYAMLReading.of(text.lowercased()) == nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// `key: "text"`, or a `|` block for text over several lines that a block can hold exactly.
    static func entry(_ prefix: String, text: String, indent: String) -> [String] {
        guard text.contains("\n"), fitsLiteralBlock(text) else { return ["\(prefix) \(quoted(text))"] }
        var body = text
        var trailing = 0
        while body.hasSuffix("\n") { body.removeLast(); trailing += 1 }
        let indicator = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        var lines = ["\(prefix) \(indicator)"]
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(line.isEmpty ? "" : indent + line)
        }
        for _ in 1..<max(trailing, 1) { lines.append("") }
        return lines
    }

    /// A literal block keeps text exactly unless the first line starts with a space (it would
    /// change the indentation), a line holds only spaces, or a line ends in spaces an editor may strip.
    static func fitsLiteralBlock(_ text: String) -> Bool {
        guard !text.hasPrefix(" "), !text.hasPrefix("\n") else { return false }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix(" ") || line.contains("\t") || line.contains("\r") { return false }
        }
        return true
    }

    /// Double-quoted, with the escapes YAML and our reader share.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
