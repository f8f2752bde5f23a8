/// The bytes of one source file split into lines, shared by the reader (which parses them) and
/// the diagnostic renderer (which quotes a line under its message).
public struct SourceText: Sendable {
    public struct Line: Sendable {
        /// 1-based line number.
        public var number: Int
        /// Byte offsets into `bytes`: the line without its line break (LF, CRLF or CR).
        public var start: Int
        public var end: Int
    }

    /// How the file was saved, when it was not plain UTF-8.
    public enum Encoding: Sendable, Equatable {
        case utf8
        /// UTF-16 with a byte order mark ("Unicode" in Notepad): read as its text, in UTF-8.
        case utf16LittleEndian, utf16BigEndian
    }

    public let name: String
    /// The text as UTF-8 (transcoded when the file was UTF-16 with a byte order mark).
    public let bytes: [UInt8]
    public let lines: [Line]
    /// The byte where the text starts: 3 when the file begins with a UTF-8 byte order mark.
    public let bodyStart: Int
    public let encoding: Encoding
    /// The 0-based indexes of the lines that end with a carriage return alone (old Mac files),
    /// which YAML takes as a line break but our format does not allow.
    public let linesEndingInCR: [Int]

    public init(name: String, bytes original: [UInt8]) {
        self.name = name
        var bytes = original
        var encoding = Encoding.utf8
        if original.count >= 2, let transcoded = Self.fromUTF16(original) {
            bytes = transcoded.bytes
            encoding = transcoded.encoding
        }
        self.bytes = bytes
        self.encoding = encoding
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        bodyStart = hasBOM ? 3 : 0
        var lines: [Line] = []
        var endingInCR: [Int] = []
        lines.reserveCapacity(bytes.count / 32 + 1)
        var start = bodyStart
        var index = bodyStart
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                var end = index
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(Line(number: lines.count + 1, start: start, end: end))
                start = index + 1
            } else if byte == 0x0D && (index + 1 == count || bytes[index + 1] != 0x0A) {
                // A carriage return alone: a line break to YAML, and so to us, but reported.
                endingInCR.append(lines.count)
                lines.append(Line(number: lines.count + 1, start: start, end: index))
                start = index + 1
            }
            index += 1
        }
        if start < count {
            var end = count
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(Line(number: lines.count + 1, start: start, end: end))
        }
        self.lines = lines
        linesEndingInCR = endingInCR
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text of a file that starts with a UTF-16 byte order mark, as UTF-8 with a UTF-8 byte
    /// order mark; nil when the file does not start so or is not valid UTF-16.
    static func fromUTF16(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: Encoding)? {
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): bigEndian = false
        case (0xFE, 0xFF): bigEndian = true
        default: return nil
        }
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1]), low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var output: [UInt8] = [0xEF, 0xBB, 0xBF]
        output.reserveCapacity(units.count + 3)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { output.append($0) }
            case .emptyInput: return (output, bigEndian ? .utf16BigEndian : .utf16LittleEndian)
            case .error: return nil
            }
        }
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
