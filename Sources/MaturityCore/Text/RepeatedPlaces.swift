/// How a message names the other places where the same mistake is made.
enum RepeatedPlaces {
    /// " (also on line 14)", " (also on 3 more lines: 14, 16 and 17)", and past six lines
    /// " (also on 23 more lines: 14, 16, 17, 19, 20 and 18 more)".
    static func alsoOn(_ numbers: [Int]) -> String {
        switch numbers.count {
        case 0: return ""
        case 1: return " (also on line \(numbers[0]))"
        case 2...6:
            let shown = numbers.map(String.init)
            return " (also on \(numbers.count) more lines: \(shown.dropLast().joined(separator: ", ")) and \(shown.last!))"
        default:
            let shown = numbers.prefix(5).map(String.init).joined(separator: ", ")
            return " (also on \(numbers.count) more lines: \(shown) and \(numbers.count - 5) more)"
        }
    }

    /// At most this many other places are given as related locations.
    static let relatedLimit = 100

    /// "1,024" for 1024: counts in messages are read by people.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }
}
