/// The name a participant joins again with after a dropped connection: two words and a number,
/// such as `otter-maple-42`, made up by the server when they first join and shown on their
/// screen. Only a name the server gave out picks up an unfinished assessment, so nobody can
/// reach another person's answers by guessing an ordinary name; there are about five million.
public struct RejoinName: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public init?(_ typed: String) {
        let lowered = typed.lowercased()
        guard Self.isWellFormed(lowered) else { return nil }
        text = lowered
    }

    /// A new name, from `RoomWords`, with a number from 10 to 99.
    public static func random<Generator: RandomNumberGenerator>(using generator: inout Generator) -> RejoinName {
        let first = RoomWords.all.randomElement(using: &generator)!
        let second = RoomWords.all.randomElement(using: &generator)!
        let number = Int.random(in: 10...99, using: &generator)
        return RejoinName("\(first)-\(second)-\(number)")!
    }

    /// word-word-number, with words from the list: anything else is not a rejoin name.
    static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let number = Int(parts[2]), (10...99).contains(number), parts[2].count == 2 else { return false }
        return wordSet.contains(String(parts[0])) && wordSet.contains(String(parts[1]))
    }

    private static let wordSet = Set(RoomWords.all)

    public var description: String { text }
}
