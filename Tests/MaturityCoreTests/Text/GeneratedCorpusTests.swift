import MaturityCore
import Testing

/// A generated corpus for the differential test: random trees written out in every style the
/// subset allows (plain, quoted, literal, compact lists, comments, CRLF), read by both readers.
@Suite struct GeneratedCorpusTests {
    indirect enum Tree {
        case text(String)
        case map([(String, Tree)])
        case list([Tree])
    }

    static let words = ["data", "café", "日本", "😀", "a#b", "C#", "x:y", "it's", "\"quoted\"", "50%", "-1", "1,5",
                        "true", "~", "null", "@home", "`tick`", "a: b", "a #b", "[x]", "{y}", "&z", "*w", "!t",
                        "- item", "? q", "| bar", "> gt", "tab\there", "Ünïcödé", "مرحبا", "trailing "]

    static func tree(_ random: inout SplitMix, depth: Int) -> Tree {
        if depth > 3 || random.chance(35) {
            var parts: [String] = []
            for _ in 0..<(1 + random.below(4)) { parts.append(random.pick(words)) }
            if random.chance(15) { return .text(parts.joined(separator: " ") + "\n" + random.pick(words) + "\n") }
            return .text(parts.joined(separator: " "))
        }
        if random.chance(50) {
            var entries: [(String, Tree)] = []
            var used = Set<String>()
            for index in 0..<(1 + random.below(4)) {
                let key = random.chance(20) ? "k \(random.pick(["é", "日", "x"]))\(index)" : "key-\(index)"
                guard used.insert(key).inserted else { continue }
                entries.append((key, tree(&random, depth: depth + 1)))
            }
            return .map(entries)
        }
        return .list((0..<(1 + random.below(3))).map { _ in tree(&random, depth: depth + 1) })
    }

    static func canBePlain(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first != " ", last != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        return !text.contains(": ") && !text.contains(" #") && !text.contains("\n") && !text.contains("\t") && !text.hasSuffix(":")
    }

    static func quoted(_ text: String, _ random: inout SplitMix) -> String {
        if random.chance(50) && !text.contains("\n") && !text.contains("\t") {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The lines for a value after `key:` or `- `; `indent` is the owner's indentation.
    static func emitValue(_ tree: Tree, indent: Int, inList: Bool, _ random: inout SplitMix) -> (inline: String, below: [String]) {
        let pad = String(repeating: " ", count: indent + 2)
        switch tree {
        case .text(let text):
            if text.hasSuffix("\n") && !text.dropLast().contains("\n\n") && !text.contains("\t") && !text.hasPrefix(" ")
                && !text.split(separator: "\n").contains(where: { $0.hasPrefix(" ") || $0.hasSuffix(" ") }) {
                return (" |", text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 })
            }
            return (" " + (canBePlain(text) ? text : quoted(text, &random)), [])
        case .map(let entries):
            return ("", emit(.map(entries), indent: indent + 2, &random))
        case .list(let items):
            let compact = !inList && random.chance(40)
            return ("", emit(.list(items), indent: compact ? indent : indent + 2, &random))
        }
    }

    static func emit(_ tree: Tree, indent: Int, _ random: inout SplitMix) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        switch tree {
        case .text(let text):
            lines.append(pad + (canBePlain(text) ? text : quoted(text, &random)))
        case .map(let entries):
            for (key, value) in entries {
                let (inline, below) = emitValue(value, indent: indent, inList: false, &random)
                let comment = random.chance(10) ? " # note" : ""
                lines.append(pad + key + ":" + inline + (inline.hasPrefix(" |") || inline.isEmpty ? "" : comment))
                lines += below
                if random.chance(10) { lines.append(random.chance(50) ? "" : pad + "# comment") }
            }
        case .list(let items):
            for item in items {
                switch item {
                case .map(let entries) where !entries.isEmpty:
                    // "- key: value" with the other keys lined up under the first.
                    let inner = emit(item, indent: indent + 2, &random)
                    lines.append(pad + "- " + inner[0].dropFirst(indent + 2))
                    lines += inner.dropFirst()
                default:
                    let (inline, below) = emitValue(item, indent: indent, inList: true, &random)
                    lines.append(pad + "-" + inline)
                    lines += below
                }
            }
        }
        return lines
    }

    @Test func generatedDocumentsMatchYams() {
        var failures: [String] = []
        for seed in 1...400 {
            var random = SplitMix(state: UInt64(seed))
            var root = Self.tree(&random, depth: 0)
            if case .text = root { root = .map([("only", root)]) }
            let newline = random.chance(20) ? "\r\n" : "\n"
            let text = Self.emit(root, indent: 0, &random).joined(separator: newline) + newline
            if let difference = DifferentialTests.compare(text) {
                failures.append("seed \(seed): \(difference)\n\(text)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) documents differ; first: \(failures.first ?? "")")
    }
}
