/// A group of dimensions under one name (a published model's business function, say), scored as
/// the weighted mean of its dimensions. A framework has areas or none; with areas, each
/// dimension is in exactly one.
public struct Area: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    /// The ids of its dimensions, in the order the area lists them.
    public var dimensionIDs: [String]

    public init(id: String, name: String, description: String? = nil, dimensionIDs: [String]) {
        self.id = id
        self.name = name
        self.description = description
        self.dimensionIDs = dimensionIDs
    }
}
