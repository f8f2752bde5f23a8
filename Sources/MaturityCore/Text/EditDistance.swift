/// Edit distance for "did you mean" suggestions.
///
/// A suggestion is a convenience, so its cost is bounded whatever the file holds: words longer
/// than `longestCompared` are never compared, only candidates within the largest allowance (3)
/// of the word's length are, each comparison stops once it is past the allowance, and no word
/// is compared with more than `comparisonsPerWord` candidates. Ids of a thousand characters
/// made a framework take minutes to check before these bounds.
public enum EditDistance {
    /// Longer words get no suggestion: nobody mistypes a 65-character id, and comparing such
    /// words is where the time went.
    public static let longestCompared = 64
    /// The most candidates one word is compared with (in the order given).
    public static let comparisonsPerWord = 512
    /// The largest number of edits a suggestion may be away.
    static let largestAllowance = 3

    /// The edit distance between two strings, by Character, counting a swap of two neighbours
    /// as one edit (optimal string alignment): "hihg" is one slip away from "high".
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        return bounded(a, b, limit: max(a.count, b.count))
    }

    /// The distance when it is at most `limit`, else `limit + 1`: only the cells within `limit`
    /// of the diagonal are worked out, so the cost is length x (2 x limit + 1).
    public static func bounded(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = limit + 1
        let width = b.count + 1
        // Three rows: the current one, the one above, and the one above that (for swaps).
        var older = [Int](repeating: outside, count: width)
        var previous = [Int](repeating: outside, count: width)
        var current = [Int](repeating: outside, count: width)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var previousRowBest = 0
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            // Only the band is worked out; the cells just outside it read as "too far".
            current[low - 1] = low == 1 && i <= limit ? i : outside
            if high < b.count { current[high + 1] = outside }
            var rowBest = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        value = min(value, older[j - 2] + 1)
                    }
                    current[j] = min(value, outside)
                    rowBest = min(rowBest, current[j])
                }
            }
            // Every path to the end goes through this row or (by a swap) the one above it, and
            // never gets cheaper: past the limit in both, past it at the end.
            if rowBest > limit && previousRowBest > limit { return outside }
            previousRowBest = rowBest
            swap(&older, &previous)
            swap(&previous, &current)
        }
        return min(previous[b.count], outside)
    }

    /// The closest candidate, if it is close enough to be a likely typing slip.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        Suggester(candidates: candidates).suggestion(for: word)
    }

    /// Candidates prepared once, for a file with many words to check against the same ids.
    public struct Suggester: Sendable {
        struct Candidate: Sendable {
            var text: String
            var lowered: [Character]
            var order: Int
        }

        /// Candidates short enough to compare, by length.
        let byLength: [Int: [Candidate]]

        public init(candidates: [String]) {
            var byLength: [Int: [Candidate]] = [:]
            for (order, candidate) in candidates.enumerated() {
                guard let lowered = EditDistance.comparable(candidate, longest: longestCompared + largestAllowance) else { continue }
                byLength[lowered.count, default: []].append(Candidate(text: candidate, lowered: lowered, order: order))
            }
            self.byLength = byLength
        }

        /// The closest candidate within its allowance (a third of its length, 1 to 3 edits);
        /// the first given among equally close ones.
        public func suggestion(for word: String) -> String? {
            guard let lowered = EditDistance.comparable(word, longest: longestCompared) else { return nil }
            var best: (candidate: Candidate, distance: Int)?
            var compared = 0
            let lengths = max(0, lowered.count - largestAllowance)...(lowered.count + largestAllowance)
            for length in lengths {
                for candidate in byLength[length] ?? [] {
                    guard compared < comparisonsPerWord else { break }
                    compared += 1
                    let allowance = max(1, min(largestAllowance, candidate.lowered.count / 3))
                    let distance = bounded(lowered, candidate.lowered, limit: allowance)
                    guard distance <= allowance else { continue }
                    if let current = best, (current.distance, current.candidate.order) <= (distance, candidate.order) { continue }
                    best = (candidate, distance)
                }
            }
            return best?.candidate.text
        }
    }

    /// The word lower-cased as Characters, or nil when it is longer than `longest` (found
    /// without going through the whole of a long word).
    static func comparable(_ word: String, longest: Int) -> [Character]? {
        let characters = Array(String(word.prefix(longest + 1)).lowercased())
        return characters.count > longest ? nil : characters
    }
}
