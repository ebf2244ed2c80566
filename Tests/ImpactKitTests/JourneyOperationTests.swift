import Testing
@testable import ImpactKit

/// Issue 32, the rest: a journey's edits as operations (moments, a moment's canvas, outcomes, evidence, its name),
/// and operations that carry members this version does not know ("extra"), so every undo puts all of it back.
@Suite("Journey operations and lossless undo (issue 32)")
struct JourneyOperationTests {
    static func ops(_ json: String) throws -> [JourneyOperation] {
        try JourneyOperation.batch(jsonValue: try JSONParser.parse(json))
    }
    static func canvasOps(_ json: String) throws -> [CanvasOperation] {
        try CanvasOperation.batch(jsonValue: try JSONParser.parse(json))
    }

    /// Applies a batch given as JSON, returns the undo as JSON (the way a host through the C ABI sees it).
    static func apply(_ json: String, to journey: inout Journey, base: String? = nil) throws -> String {
        JSONWriter.string(JourneyOperation.jsonValue(of: try journey.apply(try ops(json), baseRevision: base)))
    }

    @Test func aBatchEditsMomentsOutcomesAndEvidenceAndItsUndoRestoresEveryByte() throws {
        var journey = try JourneyFixtures.journey()
        let before = journey.json()
        var week9 = try JourneyFixtures.week5()
        week9.id = "g1-week9"
        week9.moment = Moment(label: "week 9", date: "2026-11-02")
        let undo = try Self.apply(
            """
            [{"op": "moment", "canvas": \(week9.json())},
             {"op": "edit", "moment": "week 9", "ops": [{"op": "place", "id": "w9", "card": "act.survey", "domain": "complexity", "field": "activity", "by": "s1"}]},
             {"op": "outcome", "id": "lu9", "title": "Onderzoekend handelen", "category": "impact", "position": 0},
             {"op": "link", "outcome": "lu9", "moment": "week 9", "placement": "w9", "justification": "Enquête"},
             {"op": "unlink", "outcome": "lu5", "moment": "start"},
             {"op": "title", "title": "Groep 1 — Bottendaal (herzien)"}, {"op": "group", "group": null},
             {"op": "programme", "programme": "Verpleegkunde, jaar 3"}]
            """, to: &journey)
        #expect(journey.moments.map { $0.moment?.label } == ["start", "week 5", "week 9"])
        #expect(journey.moment("week 9")?.placement("w9")?.by == "s1")
        #expect(journey.outcomes.map(\.id) == ["lu9", "lu3", "lu5", "lu7"])
        #expect(journey.evidence.count == 4 && journey.evidence.last?.placement == "w9")
        #expect(journey.group == nil && journey.programme == "Verpleegkunde, jaar 3")
        #expect(try Journey(json: journey.json()).json() == journey.json(), "an accepted batch reads back")
        // The undo, as JSON, in the order that undoes: the last operation's inverse first.
        let names = try JSONParser.parse(undo).array { value -> String in
            guard case .object(let members) = value, case .string(let name)? = members["op"] else { return "" }
            return name
        }
        #expect(names == ["programme", "group", "title", "link", "unlink", "unoutcome", "edit", "unmoment"])
        #expect(
            undo.contains(#""position":3"#) || undo.contains(#""position": 3"#),
            "the unlinked evidence goes back where it was")
        _ = try Self.apply(undo, to: &journey)
        #expect(journey.json() == before, "undo restores the journey byte for byte")
    }

    @Test func aRefusedOperationChangesNothingAndSaysWhere() throws {
        var journey = try JourneyFixtures.journey()
        let before = journey
        // The third operation takes a card away that is evidence: the whole batch is refused.
        let refused = caught {
            try Self.apply(
                """
                [{"op": "title", "title": "Nieuw"}, {"op": "outcome", "id": "lu9", "title": "Extra"},
                 {"op": "edit", "moment": "week 5", "ops": [{"op": "note", "id": "p1", "note": "ok"}, {"op": "unplace", "id": "proto"}]}]
                """, to: &journey)
        }
        #expect(refused?.code == .invalidArgument && refused?.path == "/2")
        #expect(refused?.message == #"placement "proto" is evidence for learning outcome "lu3"; unlink it first"#)
        #expect(journey == before)
        // A canvas operation's own refusal carries its pointer inside the edit.
        let nested = caught {
            try Self.apply(
                #"[{"op": "edit", "moment": "week 5", "ops": [{"op": "move", "id": "p1", "field": "result"}]}]"#,
                to: &journey)
        }
        #expect(nested?.code == .invalidArgument && nested?.path.hasPrefix("/0/ops/0") == true)
        // Withdrawing an answer that is evidence, a moment or an outcome with evidence: refused the same way.
        let answer = caught {
            try Self.apply(
                #"[{"op": "edit", "moment": "week 5", "ops": [{"op": "withdraw", "question": "lim.accountability.evidence"}]}]"#,
                to: &journey)
        }
        #expect(
            answer?.message
                == #"the answer to "lim.accountability.evidence" is evidence for learning outcome "lu3"; unlink it first"#
        )
        #expect(
            caught { try Self.apply(#"[{"op": "unmoment", "label": "week 5"}]"#, to: &journey) }?.path == "/0/label")
        #expect(
            caught { try Self.apply(#"[{"op": "unoutcome", "id": "lu3"}]"#, to: &journey) }?.code == .invalidArgument)
        // A moment out of time order, wherever it is put in; a position outside the list.
        var early = try JourneyFixtures.week5()
        early.id = "g1-early"
        early.moment = Moment(label: "week 1", date: "2026-09-01")
        let order = caught {
            try Self.apply(#"[{"op": "moment", "canvas": \#(early.json()), "position": 1}]"#, to: &journey)
        }
        #expect(order?.code == .invalidArgument && order?.path == "/0/canvas/moment/date")
        #expect(order?.message.contains(#"is not after "start" (2026-09-07)"#) == true)
        let between = caught {
            try Self.apply(#"[{"op": "moment", "canvas": \#(early.json()), "position": 0}]"#, to: &journey)
        }
        #expect(between == nil, "before the start it is in time order")
        #expect(journey.moments.first?.moment?.label == "week 1")
        #expect(
            caught { try Self.apply(#"[{"op": "unoutcome", "id": "lu7", "position": 1}]"#, to: &journey) }?.path
                == "/0/position")
        #expect(
            caught { try Self.apply(#"[{"op": "outcome", "id": "lu8", "title": "x", "position": 9}]"#, to: &journey) }?
                .code == .range)
        #expect(
            caught { try Self.apply(#"[{"op": "outcome", "id": "lu8", "title": "x", "position": -1}]"#, to: &journey) }?
                .code == .range)
        #expect(caught { try Self.apply(#"[{"op": "rename", "title": "x"}]"#, to: &journey) }?.path == "/0/op")
        #expect(caught { try Self.apply(#"[{"op": "title", "title": ""}]"#, to: &journey) }?.path == "/0/title")
    }

    @Test func aStaleRevisionAppliesWhatStillAppliesAndRefusesWhatIsGone() throws {
        var journey = try JourneyFixtures.journey()
        let seen = journey.revision
        // A teammate takes p1 off the start canvas; this member's note on p2 still applies, one on p1 does not.
        _ = try Self.apply(
            #"[{"op": "edit", "moment": "start", "ops": [{"op": "unplace", "id": "p1"}]}]"#, to: &journey)
        _ = try Self.apply(
            #"[{"op": "edit", "moment": "start", "ops": [{"op": "note", "id": "p2", "note": "Basisschool"}]}]"#,
            to: &journey, base: seen)
        #expect(journey.moment("start")?.placement("p2")?.note == "Basisschool")
        let gone = caught {
            try Self.apply(
                #"[{"op": "edit", "moment": "start", "ops": [{"op": "note", "id": "p1", "note": "x"}]}]"#, to: &journey,
                base: seen)
        }
        #expect(gone?.code == .conflict && gone?.path == "/0/ops/0/id")
        #expect(gone?.message.hasSuffix("the journey has changed since revision \(seen)") == true)
        let moment = caught {
            try Self.apply(#"[{"op": "edit", "moment": "week 7", "ops": []}]"#, to: &journey, base: seen)
        }
        #expect(moment?.code == .conflict && moment?.path == "/0/moment")
        // On the current revision the same is a plain missing id.
        #expect(
            caught {
                try Self.apply(#"[{"op": "unmoment", "label": "week 7"}]"#, to: &journey, base: journey.revision)
            }?.code == .notFound)
        #expect(caught { try journey.apply([], baseRevision: "r-1") }?.code == .invalidArgument)
    }

    /// Operations that take away an item carrying members this version does not know give an undo that puts all of
    /// it back; before "extra", the undo's JSON had those members beside "op" and was refused as a typo.
    @Test func undoPutsBackMembersThisVersionDoesNotKnow() throws {
        let document = """
            {"schema": "impactkit/canvas/1", "id": "v", "title": "Vendor", "template": "lim",
             "cards": [{"id": "own.walk", "kind": "location", "text": "Wandeling", "x-icon": "walk.svg"}],
             "placements": [{"id": "a", "card": "act.workshop", "domain": "partners", "field": "activity", "x-lms": {"cmid": 42}},
                            {"id": "r", "card": "res.report", "domain": "partners", "field": "result"}],
             "chains": [{"id": "c1", "activity": "a", "results": ["r"], "x-colour": "#0a0"}],
             "reflections": [{"question": "lim.students.judge", "answer": "Goed", "x-score": 4}]}
            """
        var canvas = try Canvas(json: document)
        let before = canvas
        let undo = try canvas.apply(
            try Self.canvasOps(
                #"""
                [{"op": "unchain", "id": "c1"}, {"op": "unplace", "id": "a"}, {"op": "withdraw", "question": "lim.students.judge"},
                 {"op": "uncard", "id": "own.walk"}]
                """#))
        let text = JSONWriter.string(CanvasOperation.jsonValue(of: undo))
        #expect(
            text.contains(#""extra""#) && text.contains("x-lms") && text.contains("x-colour")
                && text.contains("x-score"))
        try canvas.apply(try Self.canvasOps(text))
        // Everything is back as it was; the placement that came back lies at the end of the list (as documented).
        #expect(canvas.placement("a") == before.placement("a") && canvas.placement("a")?.unknown["x-lms"] != nil)
        #expect(
            canvas.chains == before.chains && canvas.reflections == before.reflections
                && canvas.customCards == before.customCards)
        #expect(canvas.placements.map(\.id) == ["r", "a"])
        // A journey's outcome and link likewise.
        var journey = try JourneyFixtures.journey()
        var object = try #require(journey.jsonValue.asMembers)
        var outcomes = try #require(object["outcomes"]?.asItems)
        var first = try #require(outcomes[0].asMembers)
        first.append("x-code", .string("LU3"))
        outcomes[0] = .object(first)
        object["outcomes"] = .array(outcomes)
        journey = try Journey(jsonValue: .object(object))
        let saved = journey.json()
        let back = try Self.apply(
            #"[{"op": "unlink", "outcome": "lu3", "moment": "week 5", "placement": "proto"}, {"op": "unlink", "outcome": "lu3", "moment": "week 5", "question": "lim.accountability.evidence"}, {"op": "unoutcome", "id": "lu3"}]"#,
            to: &journey)
        #expect(back.contains("x-code"))
        _ = try Self.apply(back, to: &journey)
        #expect(journey.json() == saved)
    }

    @Test func extraIsForUnknownMembersOnly() throws {
        let known = caught {
            try Self.canvasOps(
                #"[{"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "extra": {"note": "x"}}]"#
            )
        }
        #expect(known?.code == .invalidArgument && known?.path == "/0/extra/note")
        let notObject = caught {
            try Self.canvasOps(#"[{"op": "answer", "question": "q", "answer": "a", "extra": [1]}]"#)
        }
        #expect(notObject?.code == .schema && notObject?.path == "/0/extra")
        let stray = caught {
            try Self.canvasOps(#"[{"op": "card", "id": "own.x", "text": "x", "kind": "blank", "knd": "x"}]"#)
        }
        #expect(stray?.code == .invalidArgument && stray?.path == "/0/knd")
        #expect(
            caught {
                try Self.ops(
                    #"[{"op": "link", "outcome": "lu3", "moment": "start", "justification": "j", "justfication": "x"}]"#
                )
            }?.path == "/0/justfication")
        // Every kind of journey operation reads back as it was written.
        let all = try Self.ops(
            #"""
            [{"op": "unmoment", "label": "x"}, {"op": "edit", "moment": "x", "ops": [{"op": "unplace", "id": "p"}]},
             {"op": "outcome", "id": "o", "title": "t", "extra": {"x-a": 1}, "position": 0}, {"op": "unoutcome", "id": "o"},
             {"op": "link", "outcome": "o", "moment": "x", "question": "q", "justification": "j"},
             {"op": "unlink", "outcome": "o", "moment": "x", "placement": "p"}, {"op": "title", "title": "t"},
             {"op": "group", "group": "g"}, {"op": "programme", "programme": null}]
            """#)
        #expect(try JourneyOperation.batch(jsonValue: JourneyOperation.jsonValue(of: all)) == all)
        #expect(Set(all.map(\.name) + ["moment"]) == Set(JourneyOperation.names))
    }

    /// The journey with each moment's placements in id order: a card that comes back by undo returns at the end of
    /// its canvas's list (the order of outcomes and evidence is restored exactly).
    static func content(_ journey: Journey) -> String {
        var sorted = journey
        for moment in journey.moments {
            _ = try? sorted.editMoment(moment.moment?.label ?? "") { canvas in
                let placements = canvas.placements.sorted { $0.id < $1.id }
                for placement in placements { try canvas.unplace(placement.id) }
                for placement in placements { try canvas.add(placement) }
            }
        }
        return sorted.json()
    }

    /// Random batches on a journey, each undone through JSON: the journey's content comes back, and every
    /// accepted batch gives a journey that reads back (the rule of issue 37, item 1, for journeys).
    @Test func randomJourneyEditsUndoToTheSameBytes() throws {
        var random = SplitMix64(seed: 3200)
        var journey = try JourneyFixtures.journey()
        let cards = [("act.workshop", "activity"), ("loc.school", "place"), ("res.report", "result")]
        let domains = LIMTemplate.template.domains.map(\.id)
        var accepted = 0
        for round in 0..<150 {
            let pick = { (n: Int) in Int(random.next() % UInt64(max(n, 1))) }
            let labels = journey.moments.compactMap { $0.moment?.label }
            var batch: [String] = []
            for _ in 0..<(1 + pick(3)) {
                let label = labels[pick(labels.count)]
                let ids = journey.moment(label)?.placements.map(\.id) ?? []
                switch pick(7) {
                case 0, 1:
                    let (card, field) = cards[pick(cards.count)]
                    batch.append(
                        #"{"op": "edit", "moment": "\#(label)", "ops": [{"op": "place", "card": "\#(card)", "domain": "\#(domains[pick(domains.count)])", "field": "\#(field)"}]}"#
                    )
                case 2 where !ids.isEmpty:
                    batch.append(
                        #"{"op": "edit", "moment": "\#(label)", "ops": [{"op": "unplace", "id": "\#(ids[pick(ids.count)])"}]}"#
                    )
                case 3:
                    batch.append(
                        #"{"op": "outcome", "id": "o\#(round)", "title": "Uitkomst \#(round)", "position": \#(pick(journey.outcomes.count + 1))}"#
                    )
                case 4 where !ids.isEmpty:
                    let outcome = journey.outcomes[pick(journey.outcomes.count)].id
                    batch.append(
                        #"{"op": "link", "outcome": "\#(outcome)", "moment": "\#(label)", "placement": "\#(ids[pick(ids.count)])", "justification": "j"}"#
                    )
                case 5 where !journey.evidence.isEmpty:
                    let link = journey.evidence[pick(journey.evidence.count)]
                    batch.append(
                        JSONWriter.string(
                            JourneyOperation.unlink(
                                outcome: link.outcome, moment: link.moment, placement: link.placement,
                                question: link.question
                            ).jsonValue))
                default:
                    batch.append(#"{"op": "unoutcome", "id": "\#(journey.outcomes[pick(journey.outcomes.count)].id)"}"#)
                }
            }
            let before = journey.json()
            guard let undo = try? Self.apply("[" + batch.joined(separator: ",") + "]", to: &journey) else {
                #expect(journey.json() == before, "a refused batch changes nothing")
                continue
            }
            accepted += 1
            #expect(try Journey(json: journey.json()).json() == journey.json(), "every accepted batch reads back")
            var undone = journey
            _ = try Self.apply(undo, to: &undone)
            #expect(
                Self.content(undone) == Self.content(try Journey(json: before)),
                "undo through JSON restores the content")
        }
        #expect(accepted > 60, "the property is tried on enough accepted batches (\(accepted))")
    }
}
