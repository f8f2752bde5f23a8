/// People split by one field (team or role) into the lines that may be shown: groups shown by
/// name, and everyone else together in one pool. Which groups go into the pool is decided by
/// `DisclosureRule`; this holds the outcome, by each person's place in the list given.
public struct GroupPartition: Sendable, Equatable {
    /// A group shown by name: at least the minimum size.
    public struct Line: Sendable, Equatable {
        /// How the name is matched (`GroupName.key`).
        public var key: String
        /// The name as people wrote it.
        public var name: String
        /// Places in the list of people, in order.
        public var members: [Int]
    }

    public var field: GroupBreakdown.Field
    /// Groups shown by name, ordered by name.
    public var shown: [Line]
    /// Everyone in no shown group, in order: none, or at least the minimum.
    public var pool: [Int]
    /// Groups in the pool: how many, how many people, and how many were large enough to show.
    public var hidden: GroupBreakdown.Hidden
    /// People who left the field empty: always in the pool.
    public var withoutValue: Int
}
