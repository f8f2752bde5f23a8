#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names as the system has them (bytes) and as the program handles them (Strings),
/// without losing a name that is not valid UTF-8 (a file copied from an old Windows share or
/// a Latin-1 system): each byte that is not part of valid UTF-8 becomes a character of its own,
/// U+EF80 to U+EFFF (the private-use characters MirBSD's OPTU-8 uses for the same purpose),
/// and becomes that byte again when the name is handed to the system. Such a name is then read
/// like any other, and shown with the bad bytes made visible (`SafeText`: `\xE9`).
///
/// Swift's own conversions replace such bytes with U+FFFD, after which the file can no longer
/// be opened: it was reported as "no such file" or "may have been removed".
public enum FileSystemName {
    /// The characters that stand for single bytes.
    public static let byteCharacters: ClosedRange<UInt32> = 0xEF80...0xEFFF

    /// A name (or path) read from the system: valid UTF-8 as it is, every other byte as its
    /// stand-in character.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let array = Array(bytes)
        var index = 0
        while index < array.count, case let length = validSequenceLength(array, at: index), length > 0 { index += length }
        if index == array.count { return String(decoding: array, as: UTF8.self) }
        var text = String.UnicodeScalarView()
        index = 0
        while index < array.count {
            let length = validSequenceLength(array, at: index)
            if length > 0 {
                text.append(contentsOf: String(decoding: array[index..<(index + length)], as: UTF8.self).unicodeScalars)
                index += length
            } else {
                text.append(Unicode.Scalar(0xEF00 + UInt32(array[index]))!)
                index += 1
            }
        }
        return String(text)
    }

    /// A C string (argv) read the same way.
    public static func decode(cString: UnsafePointer<CChar>) -> String {
        decode(UnsafeRawBufferPointer(start: cString, count: strlen(cString)))
    }

    /// The bytes to hand to the system for `path`, ending in NUL: each stand-in character
    /// becomes its byte again, everything else is UTF-8. Pass the result where a C path goes.
    public static func encode(_ path: String) -> [CChar] {
        guard path.unicodeScalars.contains(where: { byteCharacters.contains($0.value) }) else { return Array(path.utf8CString) }
        var bytes: [CChar] = []
        for scalar in path.unicodeScalars {
            if byteCharacters.contains(scalar.value) {
                bytes.append(CChar(bitPattern: UInt8(scalar.value - 0xEF00)))
            } else {
                bytes += String(scalar).utf8.map { CChar(bitPattern: $0) }
            }
        }
        bytes.append(0)
        return bytes
    }

    /// The names in a folder (without "." and ".."), decoded as above; nil when it cannot be
    /// listed.
    public static func names(inFolder folder: String) -> [String]? {
        guard let directory = opendir(encode(folder.isEmpty ? "." : folder)) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { decode($0.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The length of the valid UTF-8 sequence starting at `index` (RFC 3629: no overlong forms,
    /// no surrogates, nothing past U+10FFFF), or 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return 0
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
