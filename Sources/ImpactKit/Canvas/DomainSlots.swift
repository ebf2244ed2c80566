/// A domain id → its position among a canvas's domains, for counting placements per domain.
///
/// A canvas has a handful of domains (the LIM template five) and their ids are short, so comparing the id with
/// each in turn (length first) is cheap, where a dictionary hashed every placement's domain with
/// SipHash: ~390 instructions a placement, a quarter of evaluating a large canvas ("ids interned
/// where they are compared"). Past `linearUpTo` domains the dictionary is the faster one again.
struct DomainSlots {
    static let linearUpTo = 16
    private let ids: [String]
    private let index: [String: Int]

    init(_ ids: [String]) {
        self.ids = ids
        index =
            ids.count > Self.linearUpTo
            ? Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
    }

    func slot(of id: String) -> Int? {
        guard ids.count <= Self.linearUpTo else { return index[id] }
        // Lengths first: unequal strings of equal length are rare, and Swift's unequal-string path is slow.
        let length = id.utf8.count
        for (position, candidate) in ids.enumerated() where candidate.utf8.count == length && candidate == id {
            return position
        }
        return nil
    }
}
