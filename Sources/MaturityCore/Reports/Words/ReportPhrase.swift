/// The name of one of a report's phrases: its key in the language files. The phrases are
/// declared by the part of the reports that uses them (`ReportPhrase+…` files), every one with
/// its English in languages/en.yaml, under `report-`.
public struct ReportPhrase: Sendable, Hashable {
    public let key: String

    public init(_ key: String) {
        self.key = key
    }
}
