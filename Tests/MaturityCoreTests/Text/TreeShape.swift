import MaturityCore
import Yams

/// A tree of strings with positions, built from our reader's nodes or from Yams's, so the two
/// can be compared: same strings, same order, same nesting, same marks.
struct TreeShape: Equatable, CustomStringConvertible {
    var kind: String
    var text: String?
    var line: Int
    var column: Int
    var keys: [String] = []
    var children: [TreeShape] = []

    init(_ node: MaturityCore.Node) {
        line = node.mark.line
        column = node.mark.column
        switch node.content {
        case .scalar(let value, _):
            kind = "scalar"
            text = value
        case .mapping(let entries):
            kind = "mapping"
            keys = entries.map(\.key)
            children = entries.map { TreeShape($0.value) }
        case .sequence(let items):
            kind = "sequence"
            children = items.map(TreeShape.init)
        case .invalid:
            kind = "invalid"
        }
    }

    init(yams node: Yams.Node) {
        line = node.mark?.line ?? 0
        column = node.mark?.column ?? 0
        switch node {
        case .scalar(let scalar):
            kind = "scalar"
            text = SafeText.sanitize(scalar.string)
        case .mapping(let mapping):
            kind = "mapping"
            keys = mapping.map { SafeText.sanitize($0.key.string ?? "?", keepNewlines: false) }
            children = mapping.map { TreeShape(yams: $0.value) }
        case .sequence(let sequence):
            kind = "sequence"
            children = sequence.map { TreeShape(yams: $0) }
        case .alias:
            kind = "alias"
        }
    }

    /// The first place where two trees differ, as a path, or nil when they are the same.
    func firstDifference(from other: TreeShape, path: String = "$") -> String? {
        if kind != other.kind { return "\(path): kind \(kind) vs \(other.kind)" }
        if text != other.text { return "\(path): text \(String(reflecting: text)) vs \(String(reflecting: other.text))" }
        if line != other.line || column != other.column {
            return "\(path): mark \(line):\(column) vs \(other.line):\(other.column)"
        }
        if keys != other.keys { return "\(path): keys \(keys) vs \(other.keys)" }
        if children.count != other.children.count { return "\(path): \(children.count) vs \(other.children.count) children" }
        for (offset, pair) in zip(children, other.children).enumerated() {
            let step = keys.isEmpty ? "\(path)[\(offset)]" : "\(path).\(keys[offset])"
            if let difference = pair.0.firstDifference(from: pair.1, path: step) { return difference }
        }
        return nil
    }

    var description: String { "\(kind)@\(line):\(column)" }
}
