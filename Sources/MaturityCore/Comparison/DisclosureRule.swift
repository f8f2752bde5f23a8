/// The rule that keeps a group's figures from giving a person away, for a report's groups and
/// for everything a workshop room sees in one session (docs/scoring.md, "Groups by team or
/// role"): no sum or difference of the lines shown covers fewer than the minimum number of
/// people.
///
/// Each field (team, role) splits the people into blocks: the groups shown by name and one pool
/// of everyone else. Any sum or difference of lines is the same for everyone who shares a block
/// in every field shown, so it covers whole "cells" (the people of one team and one role). The
/// rule holds when every cell that has anyone in it has at least the minimum:
///
/// 1. a group smaller than the minimum goes into the pool;
/// 2. a pool that has anyone in it but fewer than the minimum takes the smallest group shown,
///    and the next, until it does (the whole less the groups shown would give it away);
/// 3. with more than one field, a cell with fewer than the minimum (the lone trustee whose role
///    is Manager, like Finance's three) is dissolved by pooling, in one field, the block that
///    costs least to pool (the fewest people newly pooled; among equals, roles before teams),
///    then 2 again, until no such cell is left. At worst a field shows no group at all.
///
/// Ties are broken by size and name, never by the order of the files.
public enum DisclosureRule {
    /// Splits `people` (each person's value for each of `fields`, in the same order) into one
    /// partition per field. A `minimumSize` below 1 counts as 1.
    public static func partitions(of people: [[String?]], fields: [GroupBreakdown.Field],
                                  minimumSize: Int) -> [GroupPartition] {
        let minimumSize = max(1, minimumSize)
        var blocks = fields.indices.map { index in Blocks(values: people.map { $0.indices.contains(index) ? $0[index] : nil },
                                                      minimumSize: minimumSize) }
        for index in blocks.indices { blocks[index].fillPool(minimumSize: minimumSize) }
        // Cells across fields: each step pools at least one group, so this ends.
        while blocks.count > 1, let cell = smallestCell(blocks, people: people.count, minimumSize: minimumSize) {
            var best: (index: Int, cost: Int)?
            for index in blocks.indices.reversed() {
                guard let cost = blocks[index].costOfDissolving(cell: cell[index], minimumSize: minimumSize) else { continue }
                if best == nil || cost < best!.cost { best = (index, cost) }
            }
            guard let best else { break }
            blocks[best.index].dissolve(cell: cell[best.index], minimumSize: minimumSize)
        }
        return zip(fields, blocks).map { field, blocks in blocks.partition(field: field) }
    }

    /// The block of each field that the smallest under-sized cell lies in (nil: the pool), or
    /// nil when every cell with anyone in it has at least the minimum.
    static func smallestCell(_ blocks: [Blocks], people: Int, minimumSize: Int) -> [Int?]? {
        var counts: [[Int?]: Int] = [:]
        for person in 0..<people { counts[blocks.map { $0.block(of: person) }, default: 0] += 1 }
        let small = counts.filter { $0.value < minimumSize }
        return small.min { ($0.value, $0.key.description) < ($1.value, $1.key.description) }?.key
    }

    /// One field's blocks while the rule works: named groups, and the pool.
    struct Blocks {
        struct Group {
            var key: String
            var name: String
            var members: [Int]
        }

        /// Groups still shown by name.
        var groups: [Group] = []
        /// Everyone else.
        var pool: [Int] = []
        var hidden = GroupBreakdown.Hidden(groups: 0, people: 0)
        var withoutValue = 0
        /// Each person's group (an index into `groups`), nil when in the pool.
        var place: [Int?]

        init(values: [String?], minimumSize: Int) {
            place = Array(repeating: nil, count: values.count)
            var byKey: [String: Int] = [:]
            var spellings: [[String]] = []
            for (person, value) in values.enumerated() {
                guard let key = GroupName.key(value), let value else {
                    pool.append(person)
                    withoutValue += 1
                    continue
                }
                if let index = byKey[key] {
                    groups[index].members.append(person)
                    spellings[index].append(value)
                } else {
                    byKey[key] = groups.count
                    groups.append(Group(key: key, name: "", members: [person]))
                    spellings.append([value])
                }
            }
            for index in groups.indices { groups[index].name = GroupName.display(spellings[index]) }
            // Rule 1: groups smaller than the minimum are pooled.
            for group in groups where group.members.count < minimumSize {
                hidden.groups += 1
                hidden.people += group.members.count
                pool += group.members
            }
            groups.removeAll { $0.members.count < minimumSize }
            reindex()
        }

        func block(of person: Int) -> Int? { place[person] }

        mutating func reindex() {
            place = Array(repeating: nil, count: place.count)
            for (index, group) in groups.enumerated() {
                for person in group.members { place[person] = index }
            }
        }

        /// The groups smallest first (among equals, the first by name): the order they are pooled in.
        var poolingOrder: [Int] {
            groups.indices.sorted { (groups[$0].members.count, groups[$0].key) < (groups[$1].members.count, groups[$1].key) }
        }

        /// Moves a group shown by name into the pool: hidden to protect smaller ones.
        mutating func pool(_ index: Int) {
            hidden.groups += 1
            hidden.people += groups[index].members.count
            hidden.protecting += 1
            pool += groups[index].members
            groups.remove(at: index)
            reindex()
        }

        /// Rule 2: a pool with anyone in it takes groups until it has at least the minimum.
        mutating func fillPool(minimumSize: Int) {
            while !pool.isEmpty, pool.count < minimumSize, let smallest = poolingOrder.first { pool(smallest) }
        }

        /// How many people pooling `cell`'s block would newly pool (with what rule 2 then adds);
        /// nil when this field has no group left to pool.
        func costOfDissolving(cell: Int?, minimumSize: Int) -> Int? {
            guard !groups.isEmpty else { return nil }
            var copy = self
            let before = copy.pool.count
            copy.dissolve(cell: cell, minimumSize: minimumSize)
            return copy.pool.count - before
        }

        /// Pools the group the cell lies in, or, when it lies in the pool, the smallest group;
        /// a pool that held nobody takes the next smallest group too, since a pool of one group
        /// alone is that group again.
        mutating func dissolve(cell: Int?, minimumSize: Int) {
            let wasEmpty = pool.isEmpty
            if let cell {
                pool(cell)
            } else if let smallest = poolingOrder.first {
                pool(smallest)
            }
            if wasEmpty, let next = poolingOrder.first { pool(next) }
            fillPool(minimumSize: minimumSize)
        }

        func partition(field: GroupBreakdown.Field) -> GroupPartition {
            let shown = groups.map { GroupPartition.Line(key: $0.key, name: $0.name, members: $0.members) }
                .sorted { ($0.name.lowercased(), $0.key) < ($1.name.lowercased(), $1.key) }
            return GroupPartition(field: field, shown: shown, pool: pool.sorted(), hidden: hidden, withoutValue: withoutValue)
        }
    }
}
