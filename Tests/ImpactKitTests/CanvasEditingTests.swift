import Testing
@testable import ImpactKit

/// Edits by id (unplace, move, effect, interaction) on the order-keeping store: what they change, what they
/// refuse, and that the order and the written document stay as if the canvas had been laid that way.
@Suite("Canvas edits by id")
struct CanvasEditingTests {
    @Test func moveKeepsIdNoteAndPlaceInTheOrder() throws {
        var canvas = try Canvas(id: "m", title: "Move")
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity, note: "met de wijkagent", id: "p1")
        try canvas.place(text: "eigen tekst", domain: "partners", field: .activity, id: "p2")
        try canvas.place(card: "res.prototype", domain: "partners", field: .result, id: "p3")

        let moved = try canvas.move("p1", domain: "knowledge", field: .activity)
        #expect(moved.domain == "knowledge" && moved.note == "met de wijkagent" && moved.card == "act.workshop")
        #expect(canvas.placements.map(\.id) == ["p1", "p2", "p3"])
        #expect(canvas.placement("p1")?.domain == "knowledge")
        // A free text fits any field; its old slot is free again for the same card.
        try canvas.move("p2", domain: "partners", field: .result)
        #expect(canvas.placement("p2")?.field == .result)
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity)
        #expect(canvas.evaluate().domains.first { $0.domain.id == "knowledge" }?.activity == 1)
        // Moving onto its own slot is no change and no conflict.
        try canvas.move("p3", domain: "partners", field: .result)
    }

    @Test func refusedMovesChangeNothing() throws {
        var canvas = try Canvas(id: "m", title: "Move")
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity, id: "a1")
        try canvas.place(card: "act.workshop", domain: "knowledge", field: .activity, id: "a2")
        try canvas.place(text: "rapport", domain: "partners", field: .result, id: "r1")
        try canvas.place(card: "loc.online", domain: "partners", field: .place, id: "l1")
        try canvas.setEffect(Effect(intended: true, valence: .positive), of: "r1")
        try canvas.addChain(activity: "a1", places: ["l1"], results: ["r1"], id: "c1")
        let before = canvas
        let json = canvas.json()

        let wrongField = caught { try canvas.move("a2", domain: "knowledge", field: .result) }
        #expect(wrongField?.code == .invalidArgument)
        #expect(wrongField?.message == "activity cards go in the activity field, not in result")
        #expect(caught { try canvas.move("nope", domain: "partners", field: .activity) }?.code == .notFound)
        #expect(caught { try canvas.move("a2", domain: "nowhere", field: .activity) }?.code == .notFound)
        // A result with an effect keeps its field; a chain's activity stays an activity.
        let effect = caught { try canvas.move("r1", domain: "partners", field: .place) }
        #expect(effect?.code == .invalidArgument)
        #expect(effect?.message.hasPrefix("placement \"r1\" is part of impact chain \"c1\"") == true)
        #expect(canvas == before && canvas.json() == json)
        // Across domains a chain's placement may go (chains may cross domains).
        try canvas.move("a1", domain: "complexity", field: .activity)
        #expect(canvas.chains.first?.activity == "a1")

        try canvas.removeChain("c1")
        let effectOnPlace = caught { try canvas.move("r1", domain: "partners", field: .place) }
        #expect(effectOnPlace?.code == .invalidArgument)
        #expect(effectOnPlace?.message == "an effect describes a result; placement \"r1\" lies in the place field")
        try canvas.setEffect(nil, of: "r1")
        try canvas.move("r1", domain: "partners", field: .place)
        #expect(canvas.placement("r1")?.field == .place)
    }

    @Test func chainLinksAreCountedPerChain() throws {
        var canvas = try Canvas(id: "c", title: "Chains")
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity, id: "a1")
        try canvas.place(text: "r", domain: "partners", field: .result, id: "r1")
        try canvas.place(text: "s", domain: "partners", field: .result, id: "r2")
        try canvas.addChain(activity: "a1", results: ["r1"], id: "c1")
        try canvas.addChain(activity: "a1", results: ["r2"], id: "c2")
        try canvas.removeChain("c1")
        #expect(
            caught { try canvas.unplace("a1") }?.message
                == "placement \"a1\" is part of impact chain \"c2\"; remove the chain first")
        try canvas.unplace("r1")
        try canvas.removeChain("c2")
        try canvas.unplace("a1")
        #expect(canvas.placements.map(\.id) == ["r2"])
    }

    /// Removing most of a large canvas, in an order that leaves holes everywhere, closes them on the way: the
    /// order, look-ups, edits and the document equal a canvas laid with only the survivors.
    @Test func manyRemovalsKeepOrderAndDocument() throws {
        var canvas = try Canvas(id: "big", title: "Groot")
        for number in 1...300 {
            try canvas.place(
                text: "kaart \(number)", domain: "partners", field: number % 3 == 0 ? .result : .activity,
                id: "p\(number)")
        }
        let removed = (1...300).filter { $0 % 5 != 0 || $0 > 250 }
        for number in removed.reversed() where number % 2 == 0 { try canvas.unplace("p\(number)") }
        for number in removed where number % 2 == 1 { try canvas.unplace("p\(number)") }
        let survivors = (1...300).filter { !removed.contains($0) }
        #expect(canvas.placements.map(\.id) == survivors.map { "p\($0)" })
        #expect(canvas.placementCount == survivors.count)
        #expect(canvas.placement("p250")?.text == "kaart 250")
        #expect(canvas.placement("p7") == nil)
        try canvas.setEffect(Effect(intended: false, valence: .negative), of: "p195")
        try canvas.move("p200", domain: "knowledge", field: .activity)

        var laid = try Canvas(id: "big", title: "Groot")
        for number in survivors {
            try laid.place(
                text: "kaart \(number)", domain: number == 200 ? "knowledge" : "partners",
                field: number % 3 == 0 && number != 200 ? .result : .activity, id: "p\(number)")
        }
        try laid.setEffect(Effect(intended: false, valence: .negative), of: "p195")
        #expect(canvas.json() == laid.json())
        #expect(try Canvas(json: canvas.json()) == laid)
        // A new id is drawn, never one the canvas has (issue 32: copies must not name new cards alike).
        let fresh = try canvas.place(text: "nieuw", domain: "partners", field: .activity).id
        #expect(fresh.hasPrefix("p-") && fresh.count == 14 && !survivors.contains { "p\($0)" == fresh })
    }

    /// Issue 32: two copies of one canvas laying cards apart never give them the same id; a host's own id is kept.
    @Test func newIdsDoNotCollideAcrossCopies() throws {
        var ours = try Canvas(id: "n", title: "Nummers")
        try ours.place(text: "a", domain: "partners", field: .activity, id: "p41")
        try ours.place(text: "b", domain: "partners", field: .result, id: "p42")
        var theirs = ours
        var seen = Set<String>()
        for index in 0..<2000 {
            seen.insert(try ours.place(text: "o\(index)", domain: "partners", field: .activity).id)
            seen.insert(try theirs.place(text: "t\(index)", domain: "partners", field: .activity).id)
        }
        #expect(seen.count == 4000)
        #expect(seen.allSatisfy { $0.hasPrefix("p-") && $0.count == 14 && $0.dropFirst(2).allSatisfy(\.isHexDigit) })
        #expect(ours.placement("p41") != nil && theirs.placement("p42") != nil)
        let chain = try ours.addChain(activity: "p41", results: ["p42"])
        #expect(chain.id.hasPrefix("c-") && chain.id.count == 14)
    }

    /// Evaluation counts placements in place, skipping the holes removals leave: the figures equal those of a
    /// canvas that never had the removed placements.
    @Test func evaluationSkipsRemovedPlacements() throws {
        var edited = try Canvas(id: "a", title: "A")
        var fresh = try Canvas(id: "a", title: "A")
        let domains = ["partners", "knowledge", "complexity", "target-group", "interprofessional"]
        for number in 0..<12 {
            let field: Field = [.activity, .place, .result][number % 3]
            let placed = try edited.place(text: "k\(number)", domain: domains[number % 5], field: field)
            if number % 4 == 1 {
                try edited.unplace(placed.id)
            } else {
                try fresh.place(text: "k\(number)", domain: domains[number % 5], field: field)
            }
        }
        let (before, after) = (fresh.evaluate(), edited.evaluate())
        #expect(after.totalCards == 9 && after.domains == before.domains)
        #expect(after.domains.map(\.cards) == [2, 2, 2, 1, 2])  // template order: target-group … knowledge
    }

    /// Domain look-up compares lengths, then texts, and past 16 domains uses a dictionary; both find the same.
    @Test func domainSlotsFindEveryIdAndNothingElse() {
        let few = ["ab", "ba", "abc", "target-group", "a-much-longer-domain-id-than-fits-inline"]
        let many = (0..<40).map { "domein-\($0)" }
        for ids in [few, many] {
            let slots = DomainSlots(ids)
            for (position, id) in ids.enumerated() { #expect(slots.slot(of: String(id)) == position) }
            #expect(slots.slot(of: "zz") == nil && slots.slot(of: "") == nil && slots.slot(of: "ab ") == nil)
        }
    }
}
