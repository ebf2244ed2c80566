import Testing
@testable import ImpactKit

/// Hand-computed from `example()`:
/// results r1 (prototype: intended, positive, valued by target group + partners, practice + society),
///         r2 (advice report: intended, valued by partners, research), r3 (new contacts: unintended, negative,
///         valued by nobody, practice), r4 (poster: no effect recorded);
/// activities a1 (workshop: direct, co-created with the target group), a2 (survey: indirect via "enquête"),
///            a3 (client meeting: nothing recorded); place l1 (community centre);
/// chains c1: a1 → l1 → r1, r2;  c2: a2 → r3.
@Suite("Impact: chains, effects, interactions")
struct ImpactTests {
    func example() throws -> Canvas {
        var canvas = try Canvas(id: "impact", title: "Impact")
        try canvas.place(card: "res.prototype", domain: "target-group", field: .result, id: "r1")
        try canvas.place(card: "res.advice-report", domain: "complexity", field: .result, id: "r2")
        try canvas.place(card: "res.new-contacts", domain: "partners", field: .result, id: "r3")
        try canvas.place(card: "res.poster", domain: "knowledge", field: .result, id: "r4")
        try canvas.place(card: "act.workshop", domain: "target-group", field: .activity, id: "a1")
        try canvas.place(card: "act.survey", domain: "complexity", field: .activity, id: "a2")
        try canvas.place(card: "act.client-meeting", domain: "partners", field: .activity, id: "a3")
        try canvas.place(card: "loc.community-centre", domain: "target-group", field: .place, id: "l1")
        try canvas.setEffect(
            Effect(
                intended: true, valence: .positive, valuedBy: [.targetGroup, .workFieldPartners],
                spheres: [.practice, .society]),
            of: "r1")
        try canvas.setEffect(Effect(intended: true, valuedBy: [.workFieldPartners], spheres: [.research]), of: "r2")
        try canvas.setEffect(Effect(intended: false, valence: .negative, spheres: [.practice]), of: "r3")
        try canvas.setInteraction(Interaction(mode: .direct, partners: [.targetGroup]), of: "a1")
        try canvas.setInteraction(Interaction(mode: .indirect, carrier: "enquête"), of: "a2")
        try canvas.addChain(activity: "a1", places: ["l1"], results: ["r1", "r2"], id: "c1")
        try canvas.addChain(activity: "a2", results: ["r3"], id: "c2")
        return canvas
    }

    @Test func figures() throws {
        let impact = try example().impact
        #expect(impact.results == 4)
        #expect(impact.resultsWithSpheres == 3)
        #expect(Sphere.allCases.map { impact.count(in: $0) } == [0, 1, 2, 1])  // education, research, practice, society
        #expect(Sphere.allCases.map { impact.share(of: $0) } == [0, 3333, 6667, 3333])
        #expect((impact.intended, impact.unintended, impact.unknownIntention) == (2, 1, 1))
        #expect((impact.positive, impact.negative) == (1, 1))
        #expect(impact.count(valuedBy: .workFieldPartners) == 2)
        #expect(impact.count(valuedBy: .targetGroup) == 1)
        #expect(impact.count(valuedBy: .students) == 0)
        #expect(impact.unvalued == 1)
        #expect((impact.activities, impact.direct, impact.indirect, impact.unknownMode) == (3, 1, 1, 1))
        #expect((impact.coCreated, impact.activitiesWithInteraction, impact.coCreatedShare) == (1, 2, 5000))
        #expect(impact.chains == 2)
        #expect(impact.activitiesWithoutResult == ["a3"])
        #expect(impact.resultsWithoutActivity == ["r4"])
    }

    @Test func promptsWhereTheFiguresShowAGap() throws {
        let codes = try example().impact.prompts.map(\.code)
        #expect(
            codes == [.sphereMissing, .negativeEffects, .unvalued, .activitiesWithoutResult, .resultsWithoutActivity])
        let prompts = try example().impact.prompts
        #expect(prompts[0].text.en == "No result lands in education — is that intended?")
        #expect(prompts[0].text.nl == "Geen enkele opbrengst landt in onderwijs — is dat de bedoeling?")
        #expect(prompts[3].subjects == ["a3"])
        // Only intended effects, only direct contact, no co-creation: each says so.
        var canvas = try Canvas(id: "x", title: "x")
        try canvas.place(card: "res.prototype", domain: "partners", field: .result, id: "r")
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity, id: "a")
        try canvas.setEffect(Effect(intended: true, valuedBy: [.students], spheres: Sphere.allCases), of: "r")
        try canvas.setInteraction(Interaction(mode: .direct), of: "a")
        #expect(canvas.impact.prompts.map(\.code) == [.noUnintended, .onlyDirect, .noCoCreation])
    }

    @Test func oldCanvasesMeanUnknownNotNo() throws {
        let week5 = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-week5.json"))
        let impact = try Canvas(json: week5).impact
        #expect(impact.results == 2)
        #expect((impact.intended, impact.unintended, impact.unknownIntention) == (0, 0, 2))
        #expect(impact.resultsWithSpheres == 0)
        // No "no result lands in …" claims from a canvas that never recorded spheres; one prompt says so.
        #expect(impact.prompts.map(\.code) == [.notRecorded])
    }

    @Test func roundTripKeepsEffectsInteractionsChainsAndUnknownMembers() throws {
        var text = try example().json()
        text = text.replacing(
            "\"carrier\": \"enquête\"", with: "\"carrier\": \"enquête\",\n        \"x-medium\": \"online\"")
        let canvas = try Canvas(json: text)
        #expect(canvas.json() == text)
        #expect(canvas.placements[1].effect?.spheres == [.research])
        #expect(canvas.chains.map(\.id) == ["c1", "c2"])
    }

    @Test func badInputNamesThePointerAndChangesNothing() throws {
        var canvas = try example()
        let before = canvas
        #expect(caught { try canvas.setEffect(Effect(intended: true), of: "a1") }?.code == .invalidArgument)
        #expect(caught { try canvas.setInteraction(Interaction(mode: .direct), of: "r1") }?.code == .invalidArgument)
        #expect(
            caught { try canvas.setInteraction(Interaction(mode: .direct, carrier: "video"), of: "a1") }?.code
                == .invalidArgument)
        #expect(caught { try canvas.setEffect(nil, of: "p99") }?.code == .notFound)
        #expect(caught { try canvas.addChain(activity: "r1", results: ["r2"]) }?.path == "/activity")
        #expect(caught { try canvas.addChain(activity: "a3", results: ["l1"]) }?.path == "/results/0")
        #expect(caught { try canvas.addChain(activity: "a3", results: ["r4", "r4"]) }?.path == "/results/1")
        #expect(caught { try canvas.addChain(activity: "a3") }?.code == .invalidArgument)
        #expect(caught { try canvas.addChain(activity: "a3", results: ["r4"], id: "c1") }?.code == .exists)
        let unplace = caught { try canvas.unplace("r1") }
        #expect(unplace?.code == .invalidArgument)
        #expect(unplace?.message == "placement \"r1\" is part of impact chain \"c1\"; remove the chain first")
        #expect(canvas == before)
        try canvas.removeChain("c1")
        try canvas.unplace("r1")

        let cases: [(String, String, ErrorCode, String)] = [
            (
                "\"spheres\": [\n          \"research\"", "\"spheres\": [\n          \"space\"", .invalidArgument,
                "/placements/1/effect/spheres/0"
            ),
            ("\"intended\": false", "\"intended\": \"no\"", .schema, "/placements/2/effect/intended"),
            ("\"valence\": \"negative\"", "\"valence\": \"bad\"", .invalidArgument, "/placements/2/effect/valence"),
            ("\"mode\": \"indirect\"", "\"mode\": \"direct\"", .invalidArgument, "/placements/5/interaction/carrier"),
            ("\"activity\": \"a2\"", "\"activity\": \"a9\"", .notFound, "/chains/1/activity"),
            (
                "\"partners\": [\n          \"target-group\"\n        ]",
                "\"partners\": [\n          \"target-group\", \"target-group\"\n        ]", .exists,
                "/placements/4/interaction/partners/1"
            ),
        ]
        let text = try example().json()
        for (old, new, code, path) in cases {
            let broken = text.replacing(old, with: new)
            #expect(broken != text, "\(old)")
            let error = caught { try Canvas(json: broken) }
            #expect(error?.code == code, "\(path)")
            #expect(error?.path == path)
        }
    }

    @Test func comparisonShowsHowImpactMoved() throws {
        var before = try example()
        try before.removeChain("c1")
        try before.setEffect(nil, of: "r2")
        let comparison = before.compare(to: try example())
        #expect(comparison.impactBefore.count(in: .research) == 0)
        #expect(comparison.impactAfter.count(in: .research) == 1)
        #expect(comparison.impactChanges(.en) == "research 0 → 1, intended 1 → 2")
        let report = JSONWriter.string(comparison.reportValue(language: .en))
        #expect(report.contains("\"chains\": 1"))
        #expect(report.contains("\"chains\": 2"))
    }

    @Test func reportSection() throws {
        let canvas = try example()
        let report = JSONWriter.string(canvas.evaluate().reportJSON(for: canvas, language: .nl))
        #expect(report.contains("\"co_created_share\": 0.5"))
        #expect(report.contains("\"activities_without_result\": [\n        \"a3\"\n      ]"))
        let text = canvas.evaluate().text(for: canvas, language: .nl)
        #expect(text.contains("  Opbrengsten landen in: onderwijs 0, onderzoek 1, beroepspraktijk 2, maatschappij 1"))
        #expect(text.contains("  Bedoeld 2, niet bedoeld 1, onbekend 1"))
        #expect(text.contains("  Interacties: direct 1, indirect 1; co-creatie 1 van 2"))
    }
}
