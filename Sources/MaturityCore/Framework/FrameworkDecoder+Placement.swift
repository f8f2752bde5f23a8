/// Keys that a trainer indented one level too little after a list. YAML reads such a key as
/// one of the item holding the list: a question's `weight:` written after its statements at
/// the dimension's indentation silently becomes the dimension's weight.
extension FrameworkDecoder {
    /// Warns of keys after `list` that both levels take and the list's last item lacks; returns,
    /// for keys that only the list's items take, the hint for their "not a known key" error.
    mutating func keysAfterList(_ node: Node, list: String, items kind: String, itemKeys: [String], ownKeys: [String],
                                owner: String) -> [String: String] {
        guard let entries = node.entries, let position = entries.firstIndex(where: { $0.key == list }),
              let lastItem = entries[position].value.items?.last, let itemEntries = lastItem.entries,
              let firstKey = itemEntries.first else { return [:] }
        let item = Self.name(of: lastItem, kind: kind == "question" ? "question" : "the \(kind)") ?? "the last \(kind)"
        let lineUp = "indent it to line up with that \(kind)'s keys (\(firstKey.keyMark.column - 1) spaces)"
        var misplaced: [String: String] = [:]
        for entry in entries[(position + 1)...] where entry.key != "id" && itemKeys.contains(entry.key) {
            if ownKeys.contains(entry.key) {
                guard !itemEntries.contains(where: { $0.key == entry.key }) else { continue }
                schema.warning("\"\(entry.key)\" here is the \(entry.key) of \(owner), but it comes after the \(list): was it meant for \(item)?",
                               at: entry.keyMark,
                               hint: "if it is for \(item), \(lineUp); if it is for \(owner), move it above \"\(list):\"",
                               code: "key-after-list")
            } else {
                misplaced[entry.key] = "it comes after the \(list): if it belongs to \(item), \(lineUp)"
            }
        }
        return misplaced
    }
}
