/// The placements of a canvas in document order, found, changed and removed by id in O(1) at any size.
///
/// Removing leaves a hole rather than shifting what follows (a shift is O(n): 250 µs at 10⁵ placements); the
/// holes are closed once they are more than half the entries, so removal stays amortised O(1). Reading the
/// ordered list costs nothing while there are no holes — the usual case, a canvas just read or only added to.
struct PlacementStore: Sendable {
    private var entries: [Placement] = []
    /// Parallel to `entries`: false where a placement was removed.
    private var alive: [Bool] = []
    /// Placement id → its position in `entries`; -1 for an id removed since the holes were last closed (marking
    /// is a third of the instructions of deleting from a Swift dictionary, which shifts its probe chain).
    private var positions: [String: Int] = [:]
    private var holes = 0

    var count: Int { entries.count - holes }

    /// The placements in order (the order they were added in; a move keeps a placement's place in it).
    var ordered: [Placement] {
        guard holes > 0 else { return entries }
        var result: [Placement] = []
        result.reserveCapacity(count)
        for (placement, isAlive) in zip(entries, alive) where isAlive { result.append(placement) }
        return result
    }

    /// Each placement's domain and field in order, read in place: copying whole placements to count them
    /// retained their strings and unknown members, a third of evaluating a large canvas (lending them as
    /// `borrowing` still copied).
    func forEachSlot(_ body: (_ domain: String, _ field: Field) -> Void) {
        entries.withUnsafeBufferPointer { buffer in
            for position in buffer.indices where holes == 0 || alive[position] {
                body(buffer[position].domain, buffer[position].field)
            }
        }
    }

    /// Where the placement with this id lies, for reading and replacing it with one look-up.
    func position(of id: String) -> Int? {
        guard let position = positions[id], position >= 0 else { return nil }
        return position
    }

    subscript(id: String) -> Placement? { position(of: id).map { entries[$0] } }

    func contains(_ id: String) -> Bool { position(of: id) != nil }

    subscript(position position: Int) -> Placement { entries[position] }

    /// Replaces the placement at `position` (from `position(of:)`, with no change in between) by one with its id.
    mutating func replace(at position: Int, with placement: Placement) {
        entries[position] = placement
    }

    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
        alive.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
    }

    /// Adds at the end; the caller has checked that the id is free.
    mutating func append(_ placement: Placement) {
        positions[placement.id] = entries.count
        entries.append(placement)
        alive.append(true)
    }

    mutating func remove(_ id: String) -> Placement? {
        guard let slot = positions.index(forKey: id) else { return nil }
        let position = positions.values[slot]
        guard position >= 0 else { return nil }
        positions.values[slot] = -1
        alive[position] = false
        holes += 1
        let removed = entries[position]
        if holes > 16, holes * 2 > entries.count { closeHoles() }
        return removed
    }

    private mutating func closeHoles() {
        entries = ordered
        alive = Array(repeating: true, count: entries.count)
        positions.removeAll(keepingCapacity: true)
        for (position, placement) in entries.enumerated() { positions[placement.id] = position }
        holes = 0
    }
}

extension PlacementStore: Equatable {
    /// Equal when the same placements lie in the same order, wherever the holes are.
    static func == (lhs: PlacementStore, rhs: PlacementStore) -> Bool {
        lhs.count == rhs.count && lhs.ordered == rhs.ordered
    }
}
