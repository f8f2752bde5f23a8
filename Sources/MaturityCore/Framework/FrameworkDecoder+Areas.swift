/// Areas: optional groups of dimensions, each listing its dimensions by id. With areas, every
/// dimension is in exactly one, so that no dimension drops out of the areas' scores unseen.
extension FrameworkDecoder {
    static let areaKeys = ["id", "name", "description", "dimensions"]

    mutating func decodeAreas(_ entry: MappingEntry, dimensions: [Dimension]) -> [Area] {
        let hint = "list the areas below `areas:`, each as `- id: ...` with a `name:` and its `dimensions:`"
        guard let items = schema.items(of: entry.value, named: "\"areas\"", hint: hint) else { return [] }
        let known = dimensions.map(\.id)
        let knownSet = Set(known)
        var suggester: EditDistance.Suggester?
        /// Where each dimension is listed first, and by which area.
        var listed: [String: (area: String, mark: SourceMark)] = [:]
        var complete = true
        var areas: [Area] = []
        for item in items {
            let owner = Self.name(of: item, kind: "the area") ?? "an area"
            guard let fields = schema.fields(of: item, in: owner, known: Self.areaKeys, required: ["id", "name", "dimensions"]) else {
                complete = false
                continue
            }
            let id = schema.identifier("id", of: fields, in: owner)
            if let id, let mark = fields["id"]?.value.mark { _ = claim(id, kind: "area", at: mark) }
            let name = schema.text("name", of: fields, in: owner)
            let description = schema.text("description", of: fields, in: owner)
            var members: [String] = []
            if let list = fields["dimensions"] {
                let listHint = "list the ids of its dimensions below `dimensions:`, one per line: - dimension-id"
                if let ids = schema.items(of: list.value, named: "\"dimensions\" of \(owner)", hint: listHint) {
                    if ids.isEmpty {
                        schema.error("\(owner) lists no dimension", at: list.keyMark, hint: listHint, code: "no-area-dimensions")
                        complete = false
                    }
                    for node in ids {
                        guard let dimension = schema.rawText(of: node, named: "an item of \"dimensions\" of \(owner)") else {
                            complete = false
                            continue
                        }
                        guard knownSet.contains(dimension) else {
                            if suggester == nil { suggester = EditDistance.Suggester(candidates: known) }
                            let suggestion = suggester?.suggestion(for: dimension)
                            schema.error("\(owner): the framework has no dimension \"\(dimension.excerpt())\""
                                         + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                                         at: node.mark, hint: "the dimensions are: \(SchemaReader.listed(known))", code: "unknown-dimension")
                            complete = false
                            continue
                        }
                        if let earlier = listed[dimension] {
                            schema.error("the dimension \"\(dimension)\" is already in \(earlier.area), on line \(earlier.mark.line)", at: node.mark,
                                         hint: "list each dimension in one area only, once", code: "dimension-in-two-areas",
                                         related: [Diagnostic.Related(file: schema.file, mark: earlier.mark, message: "where it is listed first")])
                            continue
                        }
                        listed[dimension] = (owner, node.mark)
                        members.append(dimension)
                    }
                } else {
                    complete = false
                }
            }
            guard let id, let name else {
                complete = false
                continue
            }
            areas.append(Area(id: id, name: name, description: description, dimensionIDs: members))
        }
        // A dimension left out is said once the areas could all be read: with a slip in an
        // area, the slip is the cause, said where it is.
        if complete && !items.isEmpty {
            for dimension in known where listed[dimension] == nil {
                schema.error("the dimension \"\(dimension)\" is in no area", at: seenIDs[dimension]?.mark ?? entry.keyMark,
                             hint: "with areas, every dimension belongs to one: add \"- \(dimension)\" to the dimensions of an area",
                             code: "dimension-in-no-area")
            }
        }
        return areas
    }
}
