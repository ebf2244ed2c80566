import Testing
@testable import ImpactKit

/// Issue 32: a team canvas that loses nothing. Revisions first: a token a host compares before it writes.
@Suite("Team canvas (issue 32)")
struct TeamCanvasTests {
    @Test func aRevisionIsEqualForEqualContentAndMovesWithEveryEdit() throws {
        let text = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-week5.json"))
        let canvas = try Canvas(json: text)
        let revision = canvas.revision
        #expect(Revision.isWellFormed(revision))
        // The same content read from other key order and whitespace: the same revision.
        let compact = JSONWriter.string(try JSONParser.parse(text)).split(separator: "\n").map { $0.drop { $0 == " " } }
            .joined()
        #expect(try Canvas(json: compact).revision == revision)
        // Every edit moves it; undoing the edit brings the content, and so the revision, back.
        var edited = canvas
        let placed = try edited.place(card: "act.survey", domain: "complexity", field: .activity)
        #expect(edited.revision != revision)
        try edited.unplace(placed.id)
        #expect(edited.revision == revision)
        edited.title += "!"
        #expect(edited.revision != revision)
        // An unknown member is content too.
        var unknown = canvas
        unknown.unknown.append("x-lms", .string("course 42"))
        #expect(unknown.revision != revision)
        // Every document kind has one, through the protocol.
        let plan: any ImpactDocument = LINPlan.template(language: .nl)
        #expect(Revision.isWellFormed(plan.revision) && plan.revision != revision)
        #expect(!Revision.isWellFormed("r-" + String(repeating: "G", count: 32)) && !Revision.isWellFormed("r-12"))
    }

    // MARK: Authorship: by (a member id, never a name) and at (a time the host gives)

    static func team() throws -> Canvas {
        var canvas = try Canvas(id: "team", title: "Team")
        canvas.team = [
            TeamMember(id: "s1", name: "Noor"), TeamMember(id: "s2", name: "Daan"), TeamMember(name: "Coach"),
        ]
        return canvas
    }

    @Test func placementsChainsAndAnswersSayWhoAndWhen() throws {
        var canvas = try Self.team()
        let workshop = try canvas.place(
            card: "act.workshop", domain: "partners", field: .activity, by: "s1", at: "2026-09-28T10:15:00Z")
        let place = try canvas.place(
            card: "loc.community-centre", domain: "partners", field: .place, by: "s2",
            at: "2026-09-28T12:15:00.250+02:00")
        let result = try canvas.place(card: "res.report", domain: "partners", field: .result, by: "s1")
        _ = try canvas.place(card: "act.survey", domain: "knowledge", field: .activity)
        try canvas.addChain(
            activity: workshop.id, places: [place.id], results: [result.id], by: "s2", at: "2026-09-29T08:00:00Z")
        try canvas.answer("lim.students.notice", "Veel bij partners", by: "s1", at: "2026-09-29T09:00:00Z")
        try canvas.answer("lim.students.judge", "Goed")
        // Effects and interactions say who recorded them too (a member may record one on a teammate's card).
        try canvas.setEffect(Effect(intended: true, by: "s2", at: "2026-09-30T09:00:00Z"), of: result.id)
        try canvas.setInteraction(Interaction(mode: .direct, by: "s2"), of: workshop.id)
        #expect(caught { try canvas.setEffect(Effect(intended: true, by: "s9"), of: result.id) }?.code == .notFound)
        // Round trip: every by and at is kept, in the document's fixed order.
        let again = try Canvas(json: canvas.json())
        #expect(again == canvas)
        #expect(
            canvas.json().contains(#""note": "#) == false
                && canvas.json().contains(#""by": "s1",\#n      "at": "2026-09-28T10:15:00Z""#))
        // Who contributed what.
        let report = canvas.evaluate().reportJSON(for: canvas, language: .en)
        let members = report["contributions"]?["members"]
        #expect(
            members?[0]?["member"] == .string("s1") && members?[0]?["placements"] == .int(2)
                && members?[0]?["answers"] == .int(1))
        #expect(members?[0]?["fields"]?["result"] == .int(1) && members?[0]?["domains"]?["partners"] == .int(2))
        #expect(
            members?[1]?["member"] == .string("s2") && members?[1]?["chains"] == .int(1)
                && members?[1]?["placements"] == .int(1))
        #expect(
            members?[1]?["effects"] == .int(1) && members?[1]?["interactions"] == .int(1)
                && members?[0]?["effects"] == .int(0))
        #expect(
            report["contributions"]?["unattributed"]?["placements"] == .int(1)
                && report["contributions"]?["unattributed"]?["answers"] == .int(1))
        let text = canvas.evaluate().text(for: canvas, language: .nl)
        #expect(
            text.contains(
                "Bijdragen per teamlid:\n  Noor (s1): 2 kaarten (activiteit 1, plaats 0, opbrengst 1), 0 impactketens, 1 antwoord\n"
            ))
        #expect(text.contains("  Niet toegeschreven: 1 kaart, 0 impactketens, 1 antwoord"))
        // A canvas where nobody is recorded says nothing about contributions in its text.
        var anonymous = try Canvas(id: "a", title: "A")
        _ = try anonymous.place(card: "act.workshop", domain: "partners", field: .activity)
        #expect(!anonymous.evaluate().text(for: anonymous, language: .en).contains("Contributions"))
    }

    @Test func authorshipIsCheckedAsReadingChecksIt() throws {
        var canvas = try Self.team()
        let before = canvas
        // Not a member of a team that has ids; a name where an id belongs; a time that is not RFC 3339.
        #expect(
            caught { try canvas.place(card: "act.workshop", domain: "partners", field: .activity, by: "s9") }?.code
                == .notFound)
        #expect(
            caught {
                try canvas.place(card: "act.workshop", domain: "partners", field: .activity, by: "Noor de Vries")
            }?.code == .invalidArgument)
        for time in [
            "2026-09-28 10:15:00Z", "2026-09-28T10:15:00", "2026-02-30T10:15:00Z", "2026-09-28T24:00:00Z",
            "2026-09-28T10:15:00+2:00",
        ] {
            #expect(
                caught { try canvas.place(card: "act.workshop", domain: "partners", field: .activity, at: time) }
                    != nil, "\(time)")
        }
        // An empty "by" on an answer was accepted and then refused on every read (issue 37 item 1).
        #expect(caught { try canvas.answer("lim.students.judge", "Goed", by: "") }?.code == .invalidArgument)
        #expect(canvas == before)
        // Reading refuses the same, with the pointer.
        let unknownMember =
            #"{"schema": "impactkit/canvas/1", "id": "c", "title": "T", "template": "lim", "team": [{"id": "s1", "name": "Noor"}], "placements": [{"id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s2"}]}"#
        #expect(caught { try Canvas(json: unknownMember) }?.path == "/placements/0/by")
        let twice =
            #"{"schema": "impactkit/canvas/1", "id": "c", "title": "T", "template": "lim", "team": [{"id": "s1", "name": "Noor"}, {"id": "s1", "name": "Daan"}]}"#
        #expect(caught { try Canvas(json: twice) }?.code == .exists)
        // A team without ids accepts any member id (1.0 documents, and hosts that keep the roster elsewhere).
        var open = try Canvas(id: "o", title: "O")
        #expect(
            try open.place(card: "act.workshop", domain: "partners", field: .activity, by: "lti-sub-1234").by
                == "lti-sub-1234")
    }

    // MARK: Operations: every edit as data, applied all or nothing, with the operations that undo it

    static func ops(_ json: String) throws -> [CanvasOperation] {
        try CanvasOperation.batch(jsonValue: try JSONParser.parse(json))
    }

    @Test func aBatchAppliesAllOrNothingAndGivesItsUndo() throws {
        var canvas = try Self.team()
        let before = canvas
        let undo = try canvas.apply(
            try Self.ops(
                #"""
                [{"op": "place", "id": "w1", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1", "at": "2026-09-28T10:15:00Z"},
                 {"op": "place", "id": "r1", "card": "res.report", "domain": "partners", "field": "result"},
                 {"op": "note", "id": "w1", "note": "met de wijkagent"},
                 {"op": "effect", "id": "r1", "effect": {"intended": true}},
                 {"op": "chain", "activity": "w1", "results": ["r1"], "by": "s2"},
                 {"op": "answer", "question": "lim.students.notice", "answer": "Veel bij partners", "by": "s1"},
                 {"op": "move", "id": "w1", "domain": "knowledge"}]
                """#))
        #expect(canvas.placements.map(\.id) == ["w1", "r1"] && canvas.placement("w1")?.domain == "knowledge")
        #expect(
            canvas.placement("w1")?.note == "met de wijkagent" && canvas.chains.count == 1
                && canvas.reflections.count == 1)
        #expect(undo.map(\.name) == ["move", "withdraw", "unchain", "effect", "note", "unplace", "unplace"])
        // Undo brings the canvas back to what it was, revision and all.
        var undone = canvas
        try undone.apply(undo)
        #expect(undone == before && undone.revision == before.revision)
        // One refused operation refuses the batch: nothing of it stays, and the pointer names it.
        let edited = canvas
        let refused = caught {
            try canvas.apply(
                try Self.ops(
                    #"[{"op": "note", "id": "w1", "note": "anders"}, {"op": "place", "card": "act.workshop", "domain": "partners", "field": "result"}]"#
                ))
        }
        #expect(refused?.code == .invalidArgument && refused?.path == "/1/field", "\(String(describing: refused))")
        #expect(canvas == edited)
    }

    /// "domains" means what select_domains means in every layer: it switches to the selected-domains variant (and
    /// back to standard); its undo restores the domains and the variant and purpose it found — a coaches canvas
    /// comes back as a coaches canvas, not as "standard".
    @Test func selectingDomainsSwitchesTheVariantAndItsUndoRestoresIt() throws {
        var canvas = try Self.team()
        try canvas.use(.coaches)
        let before = canvas
        let undo = try canvas.apply(try Self.ops(#"[{"op": "domains", "domains": ["partners", "knowledge"]}]"#))
        #expect(canvas.variant == .selectedDomains && canvas.selectedDomains == ["partners", "knowledge"])
        #expect(undo.map(\.name) == ["domains", "use"])
        try canvas.apply(undo)
        #expect(canvas == before && canvas.variant == .coaches && canvas.selectedDomains == nil)
        // The Swift method is the same edit as the operation.
        var direct = before
        try direct.selectDomains(["partners", "knowledge"])
        var viaOperation = before
        try viaOperation.apply([.selectDomains(["partners", "knowledge"])])
        #expect(direct == viaOperation)
        try direct.selectDomains(nil)
        #expect(direct.variant == .standard && direct.selectedDomains == nil)
        // Inside a batch the two inverses keep their order.
        var batch = before
        let batchUndo = try batch.apply(
            try Self.ops(
                #"[{"op": "use", "variant": "standard", "purpose": "introduction"}, {"op": "domains", "domains": ["partners"]}]"#
            ))
        #expect(batchUndo.map(\.name) == ["domains", "use", "use"] && batch.purpose == .introduction)
        try batch.apply(batchUndo)
        #expect(batch == before)
    }

    @Test func aStaleRevisionAppliesWhatStillAppliesAndRefusesWhatIsGone() throws {
        var canvas = try Self.team()
        try canvas.apply(
            try Self.ops(
                #"[{"op": "place", "id": "w1", "card": "act.workshop", "domain": "partners", "field": "activity"}]"#))
        let seen = canvas.revision
        // A teammate removes w1 after this member read the canvas.
        try canvas.unplace("w1")
        // A new card on the stale revision still applies: nothing it needs is gone.
        try canvas.apply(
            try Self.ops(
                #"[{"op": "place", "id": "s1", "card": "act.survey", "domain": "partners", "field": "activity"}]"#),
            baseRevision: seen)
        #expect(canvas.placement("s1") != nil)
        // Moving w1 on the stale revision: it is gone since, a conflict, not a missing id.
        let conflict = caught {
            try canvas.apply(try Self.ops(#"[{"op": "move", "id": "w1", "domain": "knowledge"}]"#), baseRevision: seen)
        }
        #expect(conflict?.code == .conflict && conflict?.path == "/0/id")
        #expect(conflict?.message.hasSuffix("the canvas has changed since revision \(seen)") == true)
        // On the current revision the same is a plain missing id.
        #expect(
            caught {
                try canvas.apply(
                    try Self.ops(#"[{"op": "move", "id": "w1", "domain": "knowledge"}]"#), baseRevision: canvas.revision
                )
            }?.code == .notFound)
        #expect(caught { try canvas.apply([], baseRevision: "r-12") }?.code == .invalidArgument)
        #expect(ErrorCode.conflict.symbol == "IK_ECONFLICT" && ErrorCode.conflict.rawValue == -12)
    }

    @Test func operationsReadAndWriteThemselvesAndRefuseStrayMembers() throws {
        let batch = try Self.ops(
            #"""
            [{"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "note": "n", "by": "s1"},
             {"op": "unplace", "id": "p1"}, {"op": "move", "id": "p1", "field": "result"}, {"op": "note", "id": "p1", "note": null},
             {"op": "effect", "id": "p1", "effect": {"intended": false}}, {"op": "interaction", "id": "p1", "interaction": null},
             {"op": "chain", "id": "c9", "activity": "p1", "places": ["p2"]}, {"op": "unchain", "id": "c9"},
             {"op": "answer", "question": "lim.students.judge", "answer": "Goed", "by": "s2"}, {"op": "withdraw", "question": "lim.students.judge"},
             {"op": "card", "id": "own.walk", "kind": "location", "text": "Wandeling"}, {"op": "uncard", "id": "own.walk"},
             {"op": "use", "variant": "without-cards"}, {"op": "domains", "domains": ["partners"]},
             {"op": "team", "team": [{"id": "s1", "name": "Noor"}]}]
            """#)
        #expect(batch.map(\.name) == CanvasOperation.names)
        #expect(try CanvasOperation.batch(jsonValue: CanvasOperation.jsonValue(of: batch)) == batch)
        let stray = caught { try Self.ops(#"[{"op": "move", "id": "p1", "field": "result", "feld": "place"}]"#) }
        #expect(stray?.code == .invalidArgument && stray?.path == "/0/feld")
        #expect(caught { try Self.ops(#"[{"op": "lay", "id": "p1"}]"#) }?.path == "/0/op")
        #expect(caught { try Self.ops(#"[{"op": "move", "id": "p1"}]"#) }?.code == .invalidArgument)
    }

    /// Random batches on a canvas, each undone: the canvas returns to its content every time (the order of a
    /// placement, chain or answer that comes back is the end of its list, so content is compared by id).
    @Test func randomEditsUndoToTheSameContent() throws {
        var random = SplitMix64(seed: 32)
        let cards = [
            ("act.workshop", Field.activity), ("loc.school", .place), ("res.report", .result),
            ("act.survey", .activity),
        ]
        let domains = LIMTemplate.template.domains.map(\.id)
        func content(_ canvas: Canvas) -> [String] {
            canvas.placements.map { JSONWriter.string($0.jsonValue) }.sorted()
                + canvas.chains.map { JSONWriter.string($0.jsonValue) }.sorted()
                + canvas.reflections.map { "\($0.question)|\($0.by ?? "")|\($0.answer)" }.sorted()
        }
        var canvas = try Self.team()
        for _ in 0..<200 {
            let ids = canvas.placements.map(\.id)
            let pick = { (n: Int) in Int(random.next() % UInt64(n)) }
            var batch: [CanvasOperation] = []
            for _ in 0..<(1 + pick(3)) {
                switch pick(6) {
                case 0, 1:
                    let (card, field) = cards[pick(cards.count)]
                    batch.append(
                        .place(
                            Placement(
                                id: "", card: card, domain: domains[pick(domains.count)], field: field,
                                by: ["s1", "s2"][pick(2)])))
                case 2 where !ids.isEmpty: batch.append(.unplace(id: ids[pick(ids.count)]))
                case 3 where !ids.isEmpty:
                    batch.append(.move(id: ids[pick(ids.count)], domain: domains[pick(domains.count)], field: nil))
                case 4 where !ids.isEmpty:
                    batch.append(.note(id: ids[pick(ids.count)], note: pick(2) == 0 ? nil : "n\(pick(9))"))
                default:
                    batch.append(
                        .answer(
                            ReflectionAnswer(
                                question: "lim.students.judge", answer: "a\(pick(9))", by: ["s1", "s2"][pick(2)])))
                }
            }
            let before = canvas
            guard let undo = try? canvas.apply(batch) else { #expect(canvas == before); continue }
            var undone = canvas
            try undone.apply(undo)
            #expect(content(undone) == content(before))
            #expect(
                try Canvas(json: canvas.json()).json() == canvas.json(),
                "every accepted batch gives a canvas that reads back")
        }
    }

    @Test func oneOperationIsAppliedInPlaceAndStillAllOrNothing() throws {
        var canvas = try Self.team()
        let before = canvas
        // An effect on an activity: refused whole, the card not laid either.
        let refused = caught {
            try canvas.apply(
                try Self.ops(
                    #"[{"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "effect": {"intended": true}}]"#
                ))
        }
        #expect(refused?.code == .invalidArgument && refused?.path == "/0/effect")
        #expect(canvas == before)
        let undo = try canvas.apply(
            try Self.ops(
                #"[{"op": "place", "id": "r1", "card": "res.report", "domain": "partners", "field": "result", "effect": {"intended": true}}]"#
            ))
        #expect(canvas.placement("r1")?.effect?.intended == true && undo == [.unplace(id: "r1")])
    }

    // MARK: Three-way merge of two copies

    static func base() throws -> Canvas {
        var canvas = try Self.team()
        try canvas.apply(
            try Self.ops(
                #"""
                [{"op": "place", "id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity"},
                 {"op": "place", "id": "p2", "card": "loc.school", "domain": "partners", "field": "place"},
                 {"op": "place", "id": "p3", "card": "res.report", "domain": "partners", "field": "result"}]
                """#))
        return canvas
    }

    static func merged(_ base: Canvas, _ a: Canvas, _ b: Canvas) throws -> CanvasMerge {
        let one = try CanvasMerge(base: base, ours: a, theirs: b)
        let other = try CanvasMerge(base: base, ours: b, theirs: a)
        #expect(one.canvas.json() == other.canvas.json(), "a merge does not depend on which side is ours")
        #expect(one.conflicts.map(\.kind) == other.conflicts.map(\.kind))
        return one
    }

    @Test func changesOfBothSidesAreKept() throws {
        let base = try Self.base()
        var ours = base, theirs = base
        let mine = try ours.place(card: "act.survey", domain: "knowledge", field: .activity, by: "s1").id
        try ours.move("p1", domain: "knowledge", field: .activity)
        let yours = try theirs.place(card: "act.survey", domain: "complexity", field: .activity, by: "s2").id
        try theirs.apply(try Self.ops(#"[{"op": "note", "id": "p2", "note": "met de buurtsportcoach"}]"#))
        try theirs.answer("lim.students.judge", "Goed", by: "s2")
        let merge = try Self.merged(base, ours, theirs)
        #expect(merge.conflicts.isEmpty)
        #expect(Set(merge.canvas.placements.map(\.id)) == ["p1", "p2", "p3", mine, yours])
        #expect(
            merge.canvas.placement("p1")?.domain == "knowledge"
                && merge.canvas.placement("p2")?.note == "met de buurtsportcoach")
        #expect(merge.canvas.reflections.count == 1)
        #expect(
            merge.reportText(language: .nl)
                == "Samengevoegd zonder conflicten: elke wijziging van beide kanten is bewaard.\n")
    }

    @Test func conflictsKeepOneVersionByARuleAndNameTheOther() throws {
        let base = try Self.base()
        var ours = base, theirs = base
        // One note edited on both sides: the later "at"… here neither has one, so the JSON that sorts last.
        try ours.apply(try Self.ops(#"[{"op": "note", "id": "p1", "note": "alpha"}]"#))
        try theirs.apply(try Self.ops(#"[{"op": "note", "id": "p1", "note": "beta"}]"#))
        // A move against a removal: the moved card is kept.
        try ours.move("p2", domain: "knowledge", field: .place)
        try theirs.unplace("p2")
        // A chain on a placement the other side removed: the chain goes, and says so.
        try ours.addChain(activity: "p1", results: ["p3"], id: "c1", by: "s1")
        try theirs.unplace("p3")
        // Two answers to one question.
        try ours.answer("lim.students.judge", "Goed", at: "2026-09-28T10:00:00Z")
        try theirs.answer("lim.students.judge", "Matig", at: "2026-09-28T11:00:00Z")
        let merge = try Self.merged(base, ours, theirs)
        #expect(merge.canvas.placement("p1")?.note == "beta")
        #expect(merge.canvas.placement("p2")?.domain == "knowledge")
        #expect(merge.canvas.placement("p3") == nil && merge.canvas.chains.isEmpty)
        #expect(merge.canvas.reflections.map(\.answer) == ["Matig"], "the later answer")
        #expect(
            Set(merge.conflicts.map(\.kind)) == [
                .placementEditedTwice, .editedAndRemoved, .chainLostPlacement, .answeredTwice,
            ])
        let report = merge.reportValue(language: .en)
        #expect(
            report["schema"] == .string("impactkit/merge-report/1")
                && report["revision"] == .string(merge.canvas.revision))
        #expect(
            merge.reportText(language: .en).hasPrefix("Merged; 4 conflicts (one version kept, the other named below):"))
        #expect(
            caught { try CanvasMerge(base: base, ours: ours, theirs: try Canvas(id: "other", title: "x")) }?.code
                == .invalidArgument)
    }

    /// Random operations on two copies of one base, merged in either order: the same canvas, a valid one, and no
    /// card either side laid is lost.
    @Test func randomCopiesMergeTheSameEitherWayAndLoseNoNewCard() throws {
        var random = SplitMix64(seed: 3232)
        let base = try Self.base()
        let cards = [("act.workshop", Field.activity), ("loc.school", .place), ("res.report", .result)]
        let domains = ["partners", "knowledge", "complexity"]
        for _ in 0..<60 {
            var copies = [base, base]
            var laid: Set<String> = []
            for side in 0..<2 {
                for _ in 0..<6 {
                    let pick = { (n: Int) in Int(random.next() % UInt64(n)) }
                    let ids = copies[side].placements.map(\.id)
                    switch pick(5) {
                    case 0, 1:
                        let (card, field) = cards[pick(3)]
                        laid.insert(
                            try copies[side].place(
                                card: card, domain: domains[pick(3)], field: field, by: side == 0 ? "s1" : "s2"
                            ).id)
                    case 2 where !ids.isEmpty:
                        let id = ids[pick(ids.count)]
                        if !laid.contains(id) { _ = try? copies[side].unplace(id) }
                    case 3 where !ids.isEmpty:
                        _ = try? copies[side].move(
                            ids[pick(ids.count)], domain: domains[pick(3)],
                            field: copies[side].placement(ids[pick(ids.count)])?.field ?? .activity)
                    default:
                        if !ids.isEmpty {
                            _ = try? copies[side].apply([.note(id: ids[pick(ids.count)], note: "n\(pick(5))")])
                        }
                    }
                }
            }
            let merge = try Self.merged(base, copies[0], copies[1])
            let kept = Set(merge.canvas.placements.map(\.id))
            #expect(laid.isSubset(of: kept), "every new card is kept")
            #expect(try Canvas(json: merge.canvas.json()).json() == merge.canvas.json())
        }
    }

    // MARK: Journeys: two copies merged, moment by moment

    static func journey(_ week5: Canvas, links: [EvidenceLink], later: Canvas? = nil) throws -> Journey {
        var journey = try Journey(id: "g1", title: "Groep 1 — Bottendaal")
        try journey.append(try JourneyFixtures.start())
        try journey.append(week5)
        if let later { try journey.append(later) }
        try journey.add(LearningOutcome(id: "lu3", title: "Impact verantwoorden", category: .impact))
        try journey.add(LearningOutcome(id: "lu5", title: "Interprofessioneel samenwerken", category: .process))
        for link in links { try journey.link(link) }
        return journey
    }

    /// Found by FuzzMerge (issue 37): members the library does not know, added on both sides, came out in the
    /// order of the sides, so the merge depended on which side was "ours". The base's members keep their order;
    /// new ones follow, ordered by name, as new placements are.
    @Test func unknownMembersAddedOnBothSidesMergeTheSameEitherWay() throws {
        func adding(_ members: [(String, JSONValue)], to value: JSONValue) throws -> JSONValue {
            guard case .object(var object) = value else { throw ImpactKitError(.schema, "not an object") }
            for (key, member) in members { object.append(key, member) }
            return .object(object)
        }
        let base = try Self.base()
        let ours = try Canvas(
            jsonValue: try adding([("x-ours", .string("o")), ("a-ours", .int(1))], to: base.jsonValue))
        let theirs = try Canvas(jsonValue: try adding([("m-theirs", .string("t"))], to: base.jsonValue))
        let merge = try Self.merged(base, ours, theirs)
        guard case .object(let object) = merge.canvas.jsonValue else { throw ImpactKitError(.schema, "not an object") }
        #expect(object.members.map(\.key).suffix(3) == ["a-ours", "m-theirs", "x-ours"])
        #expect(merge.conflicts.isEmpty)

        let journey = try Self.journey(try JourneyFixtures.week5(), links: [])
        let mine = try Journey(jsonValue: try adding([("x-ours", .null)], to: journey.jsonValue))
        let yours = try Journey(jsonValue: try adding([("b-theirs", .bool(true))], to: journey.jsonValue))
        let one = try JourneyMerge(base: journey, ours: mine, theirs: yours)
        let other = try JourneyMerge(base: journey, ours: yours, theirs: mine)
        #expect(one.journey.json() == other.journey.json(), "the same journey whichever copy is ours")
    }

    @Test func twoCopiesOfAJourneyMergeMomentByMoment() throws {
        let proto = EvidenceLink(
            outcome: "lu3", moment: "week 5", placement: "proto", justification: "Prototype met bewoners")
        let peer = EvidenceLink(outcome: "lu5", moment: "week 5", placement: "peer", justification: "Intervisie")
        let base = try Self.journey(try JourneyFixtures.week5(), links: [proto])
        // Ours: a card laid in week 5, and the peer consultation linked as evidence.
        var mine = try JourneyFixtures.week5()
        try mine.place(card: "act.survey", domain: "knowledge", field: .activity, id: "m1")
        let ours = try Self.journey(mine, links: [proto, peer])
        // Theirs: the prototype taken off (and its link), and a third moment.
        var yours = try JourneyFixtures.week5()
        try yours.unplace("proto")
        var later = try JourneyFixtures.week5()
        later.id = "g1-week9"
        later.moment = Moment(label: "week 9", date: "2026-11-02")
        let theirs = try Self.journey(yours, links: [], later: later)
        let one = try JourneyMerge(base: base, ours: ours, theirs: theirs)
        let other = try JourneyMerge(base: base, ours: theirs, theirs: ours)
        #expect(one.journey.json() == other.journey.json(), "the same journey whichever copy is ours")
        #expect(one.journey.moments.map { $0.moment?.label } == ["start", "week 5", "week 9"])
        let week5 = try #require(one.journey.moment("week 5"))
        #expect(week5.placement("m1") != nil && week5.placement("proto") == nil)
        #expect(one.journey.evidence.map(\.placement) == ["peer"])
        #expect(one.conflicts.isEmpty)
        // A link one copy adds to a card the other removed: dropped, and said.
        let late = try Self.journey(
            try JourneyFixtures.week5(),
            links: [
                proto,
                EvidenceLink(outcome: "lu5", moment: "week 5", placement: "proto", justification: "Ook samen"),
            ])
        let lost = try JourneyMerge(base: base, ours: late, theirs: theirs)
        #expect(
            lost.conflicts.map(\.kind) == [.evidenceLostPlacement] && lost.conflicts.first?.subject == "week 5: proto")
        #expect(lost.reportText(language: .en).contains("evidence left out: its card is gone: week 5: proto"))
        #expect(
            caught { try JourneyMerge(base: base, ours: ours, theirs: try Journey(id: "other", title: "x")) }?.code
                == .invalidArgument)
    }
}
