/// How many respondents (or organisations) are at each stage, every stage of the framework
/// present in order, with 0 where nobody is.
public struct StageHistogram: Sendable, Equatable {
    /// One stage and how many are at it.
    public struct Bin: Sendable, Equatable {
        public var stageID: String
        public var count: Int

        public init(stageID: String, count: Int) {
            self.stageID = stageID
            self.count = count
        }
    }

    /// In the framework's stage order.
    public var bins: [Bin]

    public init(bins: [Bin]) {
        self.bins = bins
    }

    /// Counts 0-based stage indices (as `Scoring` gives them) into the framework's stages.
    public init(stageIndices: [Int], stages: [Stage]) {
        var counts = Array(repeating: 0, count: stages.count)
        for index in stageIndices where counts.indices.contains(index) { counts[index] += 1 }
        bins = zip(stages, counts).map { Bin(stageID: $0.id, count: $1) }
    }

    /// The count at a stage; 0 for a stage the histogram lacks.
    public subscript(stageID: String) -> Int {
        bins.first { $0.stageID == stageID }?.count ?? 0
    }

    /// Everyone counted.
    public var total: Int { bins.reduce(0) { $0 + $1.count } }
}
