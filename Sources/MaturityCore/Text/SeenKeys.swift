/// The keys met so far in one mapping, and where each first appeared, to report duplicates.
///
/// Most mappings hold a few dozen keys at most: comparing short strings one by one costs less
/// than hashing each (reading 10,000 response files spent a tenth of its time hashing keys).
/// A mapping that grows large switches to a dictionary, so a huge file stays linear.
struct SeenKeys {
    private var few: [(key: String, mark: SourceMark)] = []
    private var many: [String: SourceMark]?

    static let switchAt = 48

    /// Where `key` first appeared, if it has.
    func mark(of key: String) -> SourceMark? {
        if let many { return many[key] }
        for entry in few where entry.key == key { return entry.mark }
        return nil
    }

    /// Records `key` at `mark`; the caller has checked it is new.
    mutating func insert(_ key: String, at mark: SourceMark) {
        if many != nil {
            many![key] = mark
            return
        }
        few.append((key, mark))
        if few.count > Self.switchAt {
            many = Dictionary(few.map { ($0.key, $0.mark) }, uniquingKeysWith: { first, _ in first })
            few = []
        }
    }
}
