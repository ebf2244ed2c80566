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
        let compact = JSONWriter.string(try JSONParser.parse(text)).split(separator: "\n").map { $0.drop { $0 == " " } }.joined()
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
        canvas.team = [TeamMember(id: "s1", name: "Noor"), TeamMember(id: "s2", name: "Daan"), TeamMember(name: "Coach")]
        return canvas
    }

    @Test func placementsChainsAndAnswersSayWhoAndWhen() throws {
        var canvas = try Self.team()
        let workshop = try canvas.place(card: "act.workshop", domain: "partners", field: .activity, by: "s1", at: "2026-09-28T10:15:00Z")
        let place = try canvas.place(card: "loc.community-centre", domain: "partners", field: .place, by: "s2", at: "2026-09-28T12:15:00.250+02:00")
        let result = try canvas.place(card: "res.report", domain: "partners", field: .result, by: "s1")
        _ = try canvas.place(card: "act.survey", domain: "knowledge", field: .activity)
        try canvas.addChain(activity: workshop.id, places: [place.id], results: [result.id], by: "s2", at: "2026-09-29T08:00:00Z")
        try canvas.answer("lim.students.notice", "Veel bij partners", by: "s1", at: "2026-09-29T09:00:00Z")
        try canvas.answer("lim.students.judge", "Goed")
        // Round trip: every by and at is kept, in the document's fixed order.
        let again = try Canvas(json: canvas.json())
        #expect(again == canvas)
        #expect(canvas.json().contains(#""note": "#) == false && canvas.json().contains(#""by": "s1",\#n      "at": "2026-09-28T10:15:00Z""#))
        // Who contributed what.
        let report = canvas.evaluate().reportJSON(for: canvas, language: .en)
        let members = report["contributions"]?["members"]
        #expect(members?[0]?["member"] == .string("s1") && members?[0]?["placements"] == .int(2) && members?[0]?["answers"] == .int(1))
        #expect(members?[0]?["fields"]?["result"] == .int(1) && members?[0]?["domains"]?["partners"] == .int(2))
        #expect(members?[1]?["member"] == .string("s2") && members?[1]?["chains"] == .int(1) && members?[1]?["placements"] == .int(1))
        #expect(report["contributions"]?["unattributed"]?["placements"] == .int(1) && report["contributions"]?["unattributed"]?["answers"] == .int(1))
        let text = canvas.evaluate().text(for: canvas, language: .nl)
        #expect(text.contains("Bijdragen per teamlid:\n  Noor (s1): 2 kaarten (activiteit 1, plaats 0, opbrengst 1), 0 impactketens, 1 antwoord\n"))
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
        #expect(caught { try canvas.place(card: "act.workshop", domain: "partners", field: .activity, by: "s9") }?.code == .notFound)
        #expect(caught { try canvas.place(card: "act.workshop", domain: "partners", field: .activity, by: "Noor de Vries") }?.code == .invalidArgument)
        for time in ["2026-09-28 10:15:00Z", "2026-09-28T10:15:00", "2026-02-30T10:15:00Z", "2026-09-28T24:00:00Z", "2026-09-28T10:15:00+2:00"] {
            #expect(caught { try canvas.place(card: "act.workshop", domain: "partners", field: .activity, at: time) } != nil, "\(time)")
        }
        // An empty "by" on an answer was accepted and then refused on every read (issue 37 item 1).
        #expect(caught { try canvas.answer("lim.students.judge", "Goed", by: "") }?.code == .invalidArgument)
        #expect(canvas == before)
        // Reading refuses the same, with the pointer.
        let unknownMember = #"{"schema": "impactkit/canvas/1", "id": "c", "title": "T", "template": "lim", "team": [{"id": "s1", "name": "Noor"}], "placements": [{"id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s2"}]}"#
        #expect(caught { try Canvas(json: unknownMember) }?.path == "/placements/0/by")
        let twice = #"{"schema": "impactkit/canvas/1", "id": "c", "title": "T", "template": "lim", "team": [{"id": "s1", "name": "Noor"}, {"id": "s1", "name": "Daan"}]}"#
        #expect(caught { try Canvas(json: twice) }?.code == .exists)
        // A team without ids accepts any member id (1.0 documents, and hosts that keep the roster elsewhere).
        var open = try Canvas(id: "o", title: "O")
        #expect(try open.place(card: "act.workshop", domain: "partners", field: .activity, by: "lti-sub-1234").by == "lti-sub-1234")
    }
}
