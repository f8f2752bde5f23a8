/// A share as a whole percentage, the one way every screen and report says it: rounded to the
/// nearest (halves up), but never to 100% while anything is missing, nor to 0% once anything is
/// there. 99.6% of questions answered is "99%", 0.4% is "1%": a reader who sees "100%" must be
/// able to trust that nothing is left.
public enum Percentage {
    /// The whole percentage, 0...100, of a share 0...1 (a share outside it is held to it).
    public static func whole(_ share: Double) -> Int {
        guard share.isFinite, share > 0 else { return 0 }
        guard share < 1 else { return 100 }
        let rounded = Int((share * 100 + Scoring.tolerance).rounded())
        return min(99, max(1, rounded))
    }

    /// Of `part` out of `total`; 0 when there is no total.
    public static func whole(_ part: Int, of total: Int) -> Int {
        total <= 0 ? 0 : whole(Double(part) / Double(total))
    }
}
