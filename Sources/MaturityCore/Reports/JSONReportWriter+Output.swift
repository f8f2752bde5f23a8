// A small JSON writer: the bytes of the JSON report, written straight into one buffer.
//
// Foundation's JSONEncoder builds a tree of boxed values and then walks it, which on Linux takes
// about half a second for a report over 10,000 responses (18 MB). This writes the same text
// directly, in a few hundredths of a second.

/// JSON text built byte by byte, laid out exactly as Foundation's `JSONEncoder` lays out
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, so the report's bytes are the same
/// whichever writes them (JSONReportEquivalenceTests compares the two):
///
/// - two spaces of indent per level, `"key" : value`, members separated by `,` and a line break;
/// - an empty object or array is the bracket, two line breaks, then the closing bracket;
/// - strings escaped per RFC 8259: `"` and `\` with a backslash, `\b \f \n \r \t`, other control
///   characters as `\u00XX` (lower-case hex); everything else, `/` included, as UTF-8 as it is;
/// - numbers as Swift's shortest round-trip `description`, without a trailing `.0`
///   (`4`, `2.75`, `1e-05`); NaN and infinity, which JSON lacks, as `null`.
///
/// The caller writes an object's keys in the order `.sortedKeys` gives: by their UTF-8 bytes.
/// `key(_:)`, `element()` and the containers handle commas, line breaks and indent.
///
/// The bytes live in one buffer of its own (not an `Array`, whose checks on every small append
/// cost more than the copying), so the writer cannot be copied.
package struct JSONOutput: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Open containers.
    private var depth = 0
    /// Whether the innermost open container has no member yet.
    private var isEmpty = false

    package init(reservingCapacity capacity: Int = 0) {
        self.capacity = Swift.max(capacity, 1024)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The bytes written so far.
    package var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// Calls `body` with the bytes written so far, without copying them.
    package func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// The text, with `suffix` added (`JSONEncoder` ends its output without a line break).
    package mutating func finish(suffix: StaticString = "") -> String {
        append(suffix)
        let bytes = UnsafeBufferPointer(start: buffer, count: count)
        // The bytes are valid UTF-8 by construction: ASCII of our own, and the UTF-8 of Swift
        // strings copied whole (escaping only ever replaces an ASCII byte). So they need not be
        // checked again, which `String(decoding:)` does a byte at a time once any character is
        // not ASCII (a third of the time taken for 10,000 responses). Debug builds check.
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            assert((try? UTF8Span(validating: bytes.span)) != nil, "JSONOutput wrote invalid UTF-8")
            return String(copying: UTF8Span(unchecked: bytes.span))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = Swift.max(capacity * 2, needed)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    /// One byte, where `reserve` has made room.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// ASCII known at compile time, as it is.
    @inline(__always)
    private mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: - Containers

    package mutating func beginObject() {
        append(UInt8(ascii: "{"))
        open()
    }

    package mutating func endObject() {
        close()
        append(UInt8(ascii: "}"))
    }

    package mutating func beginArray() {
        append(UInt8(ascii: "["))
        open()
    }

    package mutating func endArray() {
        close()
        append(UInt8(ascii: "]"))
    }

    /// Starts an object member whose key is plain ASCII needing no escape (the schema's own keys).
    package mutating func key(_ name: StaticString) {
        nextMember()
        let length = name.utf8CodeUnitCount
        reserve(length + 5)
        put(UInt8(ascii: "\""))
        (buffer + count).initialize(from: name.utf8Start, count: length)
        count += length
        put(UInt8(ascii: "\""))
        put(0x20)
        put(UInt8(ascii: ":"))
        put(0x20)
    }

    /// Starts an object member whose key is text from a file (a stage or dimension id).
    package mutating func key(_ name: String) {
        nextMember()
        string(name)
        append(" : ")
    }

    /// Starts an array element.
    package mutating func element() {
        nextMember()
    }

    private mutating func open() {
        depth += 1
        isEmpty = true
    }

    private mutating func close() {
        depth -= 1
        if isEmpty { append(0x0A) }
        newLine()
        // The container just closed is a member of the one around it.
        isEmpty = false
    }

    @inline(__always)
    private mutating func nextMember() {
        if isEmpty {
            isEmpty = false
        } else {
            append(UInt8(ascii: ","))
        }
        newLine()
    }

    /// A line break and the indent of the current depth.
    @inline(__always)
    private mutating func newLine() {
        let length = 1 + 2 * depth
        reserve(length)
        put(0x0A)
        var spaces = 2 * depth
        while spaces > 0 {
            put(0x20)
            spaces -= 1
        }
    }

    // MARK: - Values

    package mutating func null() {
        append("null")
    }

    package mutating func bool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    package mutating func string(_ value: String) {
        append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied in one go.
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(byte)
                start = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        reserve(6)
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "t"))
        default:
            put(UInt8(ascii: "u"))
            put(UInt8(ascii: "0"))
            put(UInt8(ascii: "0"))
            put(Self.hexDigit(byte >> 4))
            put(Self.hexDigit(byte & 0x0F))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    package mutating func number(_ value: Int) {
        reserve(20)  // Int.min: a sign and 19 digits
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude))
            return
        }
        // Digits last to first, then turned round in place.
        var low = count
        repeat {
            put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        var high = count - 1
        while low < high {
            (buffer[low], buffer[high]) = (buffer[high], buffer[low])
            low += 1
            high -= 1
        }
    }

    /// 2^53: below it, every whole number is a Double and `description` prints it in full with ".0".
    private static let wholeNumberLimit = 9_007_199_254_740_992.0

    package mutating func number(_ value: Double) {
        guard value.isFinite else {
            null()
            return
        }
        // A whole number prints as an integer, which is `description` without its ".0"; -0 keeps its sign.
        if value.magnitude < Self.wholeNumberLimit, value.rounded(.towardZero) == value, value != 0 || value.sign == .plus {
            number(Int(value))
            return
        }
        var text = value.description
        text.withUTF8 { append($0) }
        // Only -0.0 (and any whole number written in full) ends so.
        if count >= 2, buffer[count - 2] == UInt8(ascii: "."), buffer[count - 1] == UInt8(ascii: "0") {
            count -= 2
        }
    }

    // MARK: - Optionals and members

    package mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    package mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    package mutating func number(_ value: Double?) {
        if let value { number(value) } else { null() }
    }

    package mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    package mutating func field(_ key: StaticString, _ value: String?) {
        self.key(key)
        string(value)
    }

    package mutating func field(_ key: StaticString, _ value: Int) {
        self.key(key)
        number(value)
    }

    package mutating func field(_ key: StaticString, _ value: Int?) {
        self.key(key)
        number(value)
    }

    package mutating func field(_ key: StaticString, _ value: Double) {
        self.key(key)
        number(value)
    }

    package mutating func field(_ key: StaticString, _ value: Double?) {
        self.key(key)
        number(value)
    }

    package mutating func field(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    package mutating func field(_ key: StaticString, _ values: [String]) {
        self.key(key)
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// An object with keys from the data, written in `.sortedKeys` order.
    package mutating func field(_ key: StaticString, _ object: [String: Int]) {
        self.key(key)
        beginObject()
        for name in object.keys.sorted(by: JSONOutput.precedes) {
            self.key(name)
            number(object[name]!)
        }
        endObject()
    }

    /// The order of `JSONEncoder`'s `.sortedKeys` outside Apple platforms: by UTF-8 bytes.
    package static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
