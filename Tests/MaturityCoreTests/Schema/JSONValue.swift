import Foundation
import MaturityCore

/// A JSON value, as an editor's YAML tools see a file: the instance a schema is checked against.
indirect enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let value): return value.debugDescription
        case .array(let items): return "[\(items.map(\.description).joined(separator: ", "))]"
        case .object(let members): return "{\(members.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", "))}"
        }
    }

    /// The value the YAML 1.2 core schema (yaml-language-server's default) gives a node of our
    /// reader: a plain scalar may be null, a boolean or a number; a quoted or `|` one is text.
    init(yaml node: Node) {
        switch node.content {
        case .scalar(let text, .plain): self = Self.core(text)
        case .scalar(let text, _): self = .string(text)
        case .sequence(let items): self = .array(items.map(JSONValue.init(yaml:)))
        case .mapping(let entries): self = .object(entries.map { ($0.key, JSONValue(yaml: $0.value)) })
        case .invalid: self = .null
        }
    }

    static func core(_ text: String) -> JSONValue {
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
        if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
        if text.range(of: #"^[-+]?([0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"#, options: .regularExpression) != nil
            || text.range(of: #"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil {
            return .number(Double(text) ?? Double(Int(text.dropFirst(2), radix: text.hasPrefix("0x") ? 16 : 8) ?? 0))
        }
        return .string(text)
    }

    /// The value as JSON text, for another checker to read.
    var json: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let value):
            var out = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { "\(JSONValue.string($0.key).json):\($0.value.json)" }.joined(separator: ",") + "}"
        }
    }
}
