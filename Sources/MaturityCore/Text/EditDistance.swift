/// Edit distance for "did you mean" suggestions.
public enum EditDistance {
    /// The edit distance between two strings, by Character, counting a swap of two neighbours
    /// as one edit (optimal string alignment): "hihg" is one slip away from "high".
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// The closest candidate, if it is close enough to be a likely typing slip.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        // No suggestion is ever more than 3 edits away, so words whose lengths differ by more
        // are skipped before the quadratic work: a 60,000-character key must stay cheap.
        let lowered = word.lowercased()
        let length = lowered.count
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - length) <= 3 {
            let distance = between(lowered, candidate.lowercased())
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowance = max(1, min(3, best.candidate.count / 3))
        return best.distance <= allowance ? best.candidate : nil
    }
}
