extension String {
    /// The text with every occurrence of `target` replaced, left to right and without overlaps,
    /// as Foundation's `replacingOccurrences(of:with:)`, which FoundationEssentials lacks. The
    /// match is literal, scalar by scalar, so a quote followed by a combining mark is still
    /// a quote (Foundation would skip it). An empty target changes nothing.
    public func replacingOccurrences(of target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard let first = pattern.first else { return self }
        // Byte by byte is scalar by scalar: UTF-8 never matches in the middle of a scalar.
        let bytes = Array(utf8)
        var result: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                if result.isEmpty { result.reserveCapacity(bytes.count + replacement.utf8.count) }
                result.append(contentsOf: bytes[copiedUpTo..<index])
                result.append(contentsOf: replacement.utf8)
                index += pattern.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        guard copiedUpTo > 0 else { return self }
        result.append(contentsOf: bytes[copiedUpTo...])
        return String(decoding: result, as: UTF8.self)
    }
}
