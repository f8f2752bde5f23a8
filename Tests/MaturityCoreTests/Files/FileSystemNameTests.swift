import Foundation
import MaturityCore
import Testing

/// File names that are not valid UTF-8 keep their bytes through the program and are shown
/// with the bad bytes made visible.
@Suite struct FileSystemNameTests {
    @Test func validNamesAreUnchanged() {
        for name in ["report.yaml", "café.yaml", "日本語", "a b", ""] {
            #expect(FileSystemName.decode(Array(name.utf8)) == name)
            #expect(FileSystemName.encode(name) == Array(name.utf8CString))
        }
    }

    /// Every byte string (without NUL) comes back as it was: 20,000 seeded ones, mostly
    /// broken UTF-8 (Latin-1 letters, cut sequences, overlong forms, surrogates).
    @Test func everyByteStringComesBackWhole() {
        var random = SplitMix(state: 9)
        let pieces: [[UInt8]] = [[0xE9], [0xC3], [0xC3, 0xA9], [0xE2, 0x82], [0xE2, 0x82, 0xAC], [0xC0, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x2F], [0x61], [0xEF, 0xBE, 0x80], [0xF0, 0x9F, 0x98, 0x80]]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(8) {
                bytes += random.chance(30) ? [UInt8(1 + random.below(255))] : random.pick(pieces)
            }
            let decoded = FileSystemName.decode(bytes)
            let encoded = FileSystemName.encode(decoded)
            // Names of valid UTF-8 holding U+EF80...U+EFFF themselves are the one exception
            // (docs/reliability.md): they are left out here.
            if decoded.unicodeScalars.contains(where: { FileSystemName.byteCharacters.contains($0.value) })
                && String(validatingCString: bytes.map { CChar(bitPattern: $0) } + [0]) != nil { continue }
            #expect(encoded.dropLast().map { UInt8(bitPattern: $0) } == bytes, "\(bytes)")
        }
    }

    @Test func badBytesAreShownAsBytes() {
        let name = FileSystemName.decode(Array("caf".utf8) + [0xE9] + Array(".yaml".utf8))
        #expect(SafeText.sanitize(name) == "caf\\xE9.yaml")
        #expect(SafeText.sanitize("caf\u{FFFD}") == "caf\u{FFFD}")
    }
}
