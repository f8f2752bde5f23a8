/// The bytes of one source file split into lines, shared by the reader (which parses them) and
/// the diagnostic renderer (which quotes a line under its message).
public struct SourceText: Sendable {
    public struct Line: Sendable {
        /// 1-based line number.
        public var number: Int
        /// Byte offsets into `bytes`: the line without its line break (LF or CRLF).
        public var start: Int
        public var end: Int
    }

    public let name: String
    public let bytes: [UInt8]
    public let lines: [Line]
    /// The byte where the text starts: 3 when the file begins with a UTF-8 byte order mark.
    public let bodyStart: Int

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        bodyStart = hasBOM ? 3 : 0
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 32 + 1)
        var start = bodyStart
        var number = 1
        var index = bodyStart
        let count = bytes.count
        while index < count {
            if bytes[index] == 0x0A {
                var end = index
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(Line(number: number, start: start, end: end))
                number += 1
                start = index + 1
            }
            index += 1
        }
        if start < count {
            var end = count
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(Line(number: number, start: start, end: end))
        }
        self.lines = lines
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text of a line (1-based), with invalid UTF-8 replaced, or nil past the end.
    public func text(ofLine number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return String(decoding: bytes[line.start..<line.end], as: UTF8.self)
    }

    /// The 1-based column (in Unicode scalars) of a byte offset within a line.
    public func column(ofByte offset: Int, inLine line: Line) -> Int {
        var column = 1
        var index = line.start
        while index < offset && index < bytes.count {
            // Count every byte that is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}
