import MaturityCore

/// The note being typed, with its length kept as it grows: counting a String's characters
/// walks the whole string, and doing that at every key made a long paste quadratic (100,000
/// characters took 40 seconds).
public struct NoteDraft: Sendable, Equatable {
    /// The most characters a note holds; said on screen while typing, and in the user guide.
    public static let limit = 2_000

    public private(set) var text: String
    /// `text.count`, kept up to date.
    public private(set) var count: Int

    /// A note already saved, whole: one longer than the limit (written by hand in the file) is
    /// never shortened, only kept from growing.
    public init(_ text: String = "") {
        self.text = SafeText.sanitize(text, keepNewlines: false)
        count = self.text.count
    }

    public var isFull: Bool { count >= Self.limit }

    /// Adds typed or pasted text (made safe, line breaks as spaces) up to the limit; returns
    /// how many characters did not fit, so that nothing is left out without a word.
    @discardableResult
    public mutating func append(_ addition: String) -> Int {
        var left = 0
        for character in SafeText.sanitize(addition, keepNewlines: false) {
            guard count < Self.limit else {
                left += 1
                continue
            }
            text.append(character)
            count += 1
        }
        return left
    }

    public mutating func removeLast() {
        guard count > 0 else { return }
        text.removeLast()
        count -= 1
    }
}
