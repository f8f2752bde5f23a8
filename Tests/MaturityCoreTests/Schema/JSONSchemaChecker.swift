import Foundation

/// A small checker for the part of JSON Schema (draft 2020-12) that docs/schema uses: type,
/// properties, required, additionalProperties, propertyNames, items, minItems, pattern, enum,
/// anyOf, exclusiveMinimum and local `$ref`s. A keyword outside that part is reported, so the
/// schema cannot use one that this checker would pass over in silence.
struct JSONSchemaChecker {
    let root: [String: Any]

    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs", "$comment"]
    static let checked: Set<String> = ["type", "properties", "required", "additionalProperties", "propertyNames", "items",
                                       "minItems", "pattern", "enum", "anyOf", "exclusiveMinimum", "$ref"]

    init(schema: Data) throws {
        root = try JSONSerialization.jsonObject(with: schema) as? [String: Any] ?? [:]
    }

    /// Every keyword of the schema that this checker does not know, with where it is.
    func unknownKeywords() -> [String] {
        var found: [String] = []
        func walk(_ schema: Any, _ path: String) {
            guard let object = schema as? [String: Any] else { return }
            for (key, value) in object {
                if !Self.annotations.contains(key) && !Self.checked.contains(key) { found.append("\(path)/\(key)") }
                switch key {
                case "properties", "$defs":
                    for (name, sub) in value as? [String: Any] ?? [:] { walk(sub, "\(path)/\(key)/\(name)") }
                case "additionalProperties", "propertyNames", "items":
                    walk(value, "\(path)/\(key)")
                case "anyOf":
                    for (index, sub) in (value as? [Any] ?? []).enumerated() { walk(sub, "\(path)/anyOf/\(index)") }
                default:
                    break
                }
            }
        }
        walk(root, "#")
        return found
    }

    /// Every way `instance` breaks the schema, each with the path of the value; empty when it fits.
    func problems(in instance: JSONValue) -> [String] {
        var found: [String] = []
        check(instance, against: root, at: "", into: &found)
        return found
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    private func check(_ value: JSONValue, against schemaValue: Any, at path: String, into found: inout [String]) {
        if let allowed = schemaValue as? Bool {
            if !allowed { found.append("\(path): not allowed here") }
            return
        }
        guard let schema = schemaValue as? [String: Any] else { return }
        if let reference = schema["$ref"] as? String {
            if let target = resolve(reference) { check(value, against: target, at: path, into: &found) } else { found.append("\(path): no \(reference)") }
        }
        if let expected = schema["type"] as? String, expected != value.typeName {
            found.append("\(path): expected \(expected), found \(value.typeName)")
            return
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { ($0 as? String).map { JSONValue.string($0) } == value }) {
            found.append("\(path): \(value) is not one of \(choices)")
        }
        if let options = schema["anyOf"] as? [Any] {
            let fitting = options.contains { option in
                var inner: [String] = []
                check(value, against: option, at: path, into: &inner)
                return inner.isEmpty
            }
            if !fitting { found.append("\(path): \(value) fits none of the choices") }
        }
        switch value {
        case .string(let text):
            if let pattern = schema["pattern"] as? String {
                let expression = try? NSRegularExpression(pattern: pattern)
                let range = NSRange(text.startIndex..., in: text)
                if expression?.firstMatch(in: text, range: range) == nil { found.append("\(path): \(text.debugDescription) does not match \(pattern)") }
            }
        case .number(let number):
            if let minimum = (schema["exclusiveMinimum"] as? NSNumber)?.doubleValue, !(number > minimum) {
                found.append("\(path): \(number) is not more than \(minimum)")
            }
        case .array(let items):
            if let minimum = (schema["minItems"] as? NSNumber)?.intValue, items.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)/\(index)", into: &found) }
            }
        case .object(let members):
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where !members.contains(where: { $0.key == key }) {
                found.append("\(path): \"\(key)\" is missing")
            }
            for (key, member) in members {
                if let names = schema["propertyNames"] { check(.string(key), against: names, at: "\(path)/\(key) (the key)", into: &found) }
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, at: "\(path)/\(key)", into: &found)
                } else if let additional = schema["additionalProperties"] {
                    if additional as? Bool == false {
                        found.append("\(path): \"\(key)\" is not allowed")
                    } else {
                        check(member, against: additional, at: "\(path)/\(key)", into: &found)
                    }
                }
            }
        case .null, .bool:
            break
        }
    }
}
