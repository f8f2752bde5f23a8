#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A moment in UTC, written as `2026-11-21T10:20:00Z`. Parsed by hand: a date formatter would
/// cost more than the rest of reading a response file.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64

    public init(seconds: Int64) {
        self.seconds = seconds
    }

    public init(_ date: Date) {
        seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    }

    public static func now() -> Timestamp { Timestamp(Date()) }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    /// Reads `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`, with optional fractional
    /// seconds (dropped). Nil for anything else, a day the calendar does not have included:
    /// 2026-02-31 is refused, never moved to 3 March.
    public init?(parsing text: String) {
        guard let fields = Fields(text), fields.calendarProblem == nil else { return nil }
        let days = Self.daysFromCivil(year: fields.year, month: fields.month, day: fields.day)
        seconds = Int64(days) * 86_400 + Int64(fields.hour * 3600 + fields.minute * 60 + fields.second - fields.offset)
    }

    /// Why text shaped like a date and time is not one: "February 2026 has 28 days". Nil when
    /// it is a date and time, or not shaped like one at all.
    public static func calendarProblem(in text: String) -> String? {
        Fields(text)?.calendarProblem
    }

    /// The parts of `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, read by shape only.
    struct Fields {
        var year, month, day, hour, minute, second: Int
        /// Seconds east of UTC.
        var offset: Int

        init?(_ text: String) {
            let bytes = Array(text.utf8)
            func number(_ from: Int, _ count: Int) -> Int? {
                guard from + count <= bytes.count else { return nil }
                var value = 0
                for byte in bytes[from..<(from + count)] {
                    guard byte >= 0x30 && byte <= 0x39 else { return nil }
                    value = value * 10 + Int(byte - 0x30)
                }
                return value
            }
            guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                  let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
            var cursor = 19
            if cursor < bytes.count && bytes[cursor] == UInt8(ascii: ".") {
                cursor += 1
                while cursor < bytes.count && bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 { cursor += 1 }
            }
            var offset = 0
            guard cursor < bytes.count else { return nil }
            switch bytes[cursor] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                cursor += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard let hours = number(cursor + 1, 2), cursor + 3 < bytes.count, bytes[cursor + 3] == UInt8(ascii: ":"),
                      let minutes = number(cursor + 4, 2) else { return nil }
                offset = (hours * 60 + minutes) * 60 * (bytes[cursor] == UInt8(ascii: "+") ? 1 : -1)
                cursor += 6
            default:
                return nil
            }
            guard cursor == bytes.count else { return nil }
            (self.year, self.month, self.day, self.hour, self.minute, self.second, self.offset) = (year, month, day, hour, minute, second, offset)
        }

        static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]

        /// What the calendar or the clock lacks; nil for a real moment. A second of 60 is a
        /// leap second, which UTC has.
        var calendarProblem: String? {
            guard (1...12).contains(month) else { return "there is no month \(month)" }
            let length = Timestamp.daysIn(month: month, year: year)
            guard (1...length).contains(day) else {
                return day == 0 ? "there is no day 0" : "\(Self.monthNames[month - 1]) \(year) has \(length) days"
            }
            guard hour < 24, minute < 60, second <= 60 else { return "there is no time \(hour):\(minute):\(second) in a day" }
            return nil
        }
    }

    /// Days in a month of the proleptic Gregorian calendar: February has 29 in years divisible
    /// by 4, except century years not divisible by 400.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2026-11-21T10:20:00Z`.
    public var description: String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = Self.civilFromDays(days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// The calendar day, `2026-11-21`.
    public var day: String { String(description.prefix(10)) }

    // Days since 1970-01-01 for a proleptic Gregorian date, and back (Howard Hinnant's algorithms).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
