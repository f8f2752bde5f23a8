/// The room code: what every participant types as their SSH password, shown on the projector.
///
/// Typed after reading it off a wall, it is compared leniently: letters and digits only, case
/// folded, so "Blue Kite", "blue-kite" and "bluekite" all open the room. It keeps passers-by
/// out of a workshop; it is not meant to be a strong secret (see docs/workshop.md).
public struct RoomCode: Sendable, Equatable, CustomStringConvertible {
    /// The code as shown: the host's own wording, or two words joined by a space.
    public let shown: String
    /// What a typed code must come to after `normalised(_:)`.
    public let key: String

    /// A code needs at least this many letters or digits.
    public static let minimumLength = 4

    public init?(_ text: String) {
        let key = Self.normalised(text)
        guard key.count >= Self.minimumLength else { return nil }
        shown = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        self.key = key
    }

    /// Two words picked at random from `RoomWords`, never the same word twice.
    public static func random<Generator: RandomNumberGenerator>(using generator: inout Generator) -> RoomCode {
        let first = Int.random(in: 0..<RoomWords.all.count, using: &generator)
        var second = Int.random(in: 0..<(RoomWords.all.count - 1), using: &generator)
        if second >= first { second += 1 }
        return RoomCode(RoomWords.all[first] + " " + RoomWords.all[second])!
    }

    public static func random() -> RoomCode {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// Whether a typed password opens the room.
    public func accepts(_ typed: String) -> Bool {
        Self.constantTimeEqual(Self.normalised(typed), key)
    }

    /// Letters and digits only, in lower case (ASCII case folding: the generated words are ASCII,
    /// and other letters are kept as they are).
    public static func normalised(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if ("A"..."Z").contains(scalar) {
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Compares without stopping at the first difference, so that the time taken says nothing
    /// about how much of a guess was right.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }

    public var description: String { shown }
}
