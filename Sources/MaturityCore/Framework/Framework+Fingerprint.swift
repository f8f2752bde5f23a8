/// A short code that changes when a framework's ids or stages (their values included) change,
/// and not when its wording does: responses carry it so that a report can tell when answers were given to a different
/// shape of the same framework.
extension Framework {
    public var fingerprint: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x0A
            hash = hash &* 0x0000_0100_0000_01B3
        }
        mix("framework:" + id)
        for stage in stages {
            mix("stage:" + stage.id)
            // Only stages with values add them, so frameworks without values keep their fingerprint.
            if let value = stage.value { mix("value:" + StageScale.text(value)) }
        }
        for dimension in dimensions {
            mix("dimension:" + dimension.id)
            for question in dimension.questions { mix("question:" + question.id) }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
