import Testing
@testable import ImpactKit

/// Every figure below is computed by hand from the placements listed in `handExample`.
@Suite("Canvas evaluation")
struct EvaluationTests {
    /// target-group 2/1/1 (4), partners 1/0/1 (2), complexity empty, interprofessional 1/1/0 (2),
    /// knowledge 0/0/1 (1, an own blank card): 9 cards, 4 activities, 2 places, 3 results.
    func handExample() throws -> Canvas {
        var canvas = try Canvas(id: "hand", title: "Handmatig")
        try canvas.addCard(CustomCard(id: "own.blank", kind: .blank, text: "Kennisclip"))
        try canvas.place(card: "act.workshop", domain: "target-group", field: .activity)
        try canvas.place(card: "act.home-visit", domain: "target-group", field: .activity)
        try canvas.place(card: "loc.clients-home", domain: "target-group", field: .place)
        try canvas.place(card: "res.prototype", domain: "target-group", field: .result)
        try canvas.place(card: "act.client-meeting", domain: "partners", field: .activity)
        try canvas.place(card: "res.new-contacts", domain: "partners", field: .result)
        try canvas.place(card: "act.peer-consultation", domain: "interprofessional", field: .activity)
        try canvas.place(card: "loc.university", domain: "interprofessional", field: .place)
        try canvas.place(card: "own.blank", domain: "knowledge", field: .result)
        return canvas
    }

    @Test func countsPerDomainAndField() throws {
        let evaluation = try handExample().evaluate()
        let counts = evaluation.domains.map { [$0.activity, $0.place, $0.result] }
        #expect(counts == [[2, 1, 1], [1, 0, 1], [0, 0, 0], [1, 1, 0], [0, 0, 1]])
        #expect(evaluation.totalCards == 9)
        #expect(evaluation.total(in: .activity) == 4)
        #expect(evaluation.total(in: .place) == 2)
        #expect(evaluation.total(in: .result) == 3)
    }

    @Test func coverage() throws {
        let evaluation = try handExample().evaluate()
        #expect(evaluation.domains(.covered) == ["target-group"])
        #expect(evaluation.domains(.partial) == ["partners", "interprofessional", "knowledge"])
        #expect(evaluation.domains(.empty) == ["complexity"])
        #expect(evaluation.domains[4].missing == [.activity, .place])
    }

    @Test func palette() throws {
        let evaluation = try handExample().evaluate()
        // 4/9 = 0.44444…, 2/9 = 0.22222…, 0, 2/9, 1/9 = 0.11111… (four decimals, half up)
        #expect(evaluation.domains.map { evaluation.share(of: $0) } == [0.4444, 0.2222, 0, 0.2222, 0.1111])
        #expect(evaluation.domains.map { evaluation.percent(of: $0) } == [44, 22, 0, 22, 11])
    }

    @Test func roundingIsHalfUp() throws {
        var canvas = try Canvas(id: "r", title: "r")
        try canvas.selectDomains(["target-group", "partners"])
        for card in [
            "act.workshop", "act.survey", "act.pilot", "act.focus-group", "act.observation", "act.presentation",
            "act.home-visit",
        ] {
            try canvas.place(card: card, domain: "target-group", field: .activity)
        }
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity)
        let evaluation = canvas.evaluate()
        // 7/8 = 0.875 and 1/8 = 0.125 exactly; in percent 87.5 → 88 and 12.5 → 13.
        #expect(evaluation.domains.map { evaluation.share(of: $0) } == [0.875, 0.125])
        #expect(evaluation.domains.map { evaluation.percent(of: $0) } == [88, 13])
    }

    @Test func strongestAndWeakest() throws {
        let evaluation = try handExample().evaluate()
        #expect(evaluation.strongest == .init(domain: "target-group", cards: 4, tiedWith: []))
        #expect(evaluation.weakest == .init(domain: "complexity", cards: 0, tiedWith: []))
    }

    @Test func equalCardCountsAreTiesWhateverTheFields() throws {
        var canvas = try Canvas(id: "t", title: "t")
        try canvas.selectDomains(["target-group", "partners", "complexity"])
        // target-group and partners: 2 cards in 2 fields each; complexity: 2 cards in 1 field.
        try canvas.place(card: "act.workshop", domain: "target-group", field: .activity)
        try canvas.place(card: "loc.online", domain: "target-group", field: .place)
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity)
        try canvas.place(card: "res.video", domain: "partners", field: .result)
        try canvas.place(card: "act.workshop", domain: "complexity", field: .activity)
        try canvas.place(card: "act.survey", domain: "complexity", field: .activity)
        // Issue 15 item 5: all three hold 2 cards, so none is "strongest" (fields filled no longer break the tie).
        var evaluation = canvas.evaluate()
        #expect(evaluation.strongest == nil && evaluation.weakest == nil)
        try canvas.place(card: "res.prototype", domain: "complexity", field: .result)
        evaluation = canvas.evaluate()
        #expect(evaluation.strongest == .init(domain: "complexity", cards: 3, tiedWith: []))
        #expect(evaluation.weakest == .init(domain: "target-group", cards: 2, tiedWith: ["partners"]))
        let text = evaluation.text(for: canvas, language: .en)
        #expect(
            text.contains(
                "Weakest domains (tied, 2 cards each): Engagement with the target group, Collaboration with partners"))
        #expect(
            evaluation.text(for: canvas, language: .nl).contains(
                "Zwakste domeinen (gelijk, elk 2 kaarten): Betrokkenheid bij de doelgroep, Samenwerking met partners"))
        #expect(
            evaluation.reportJSON(for: canvas, language: .en)["weakest"]?["domains"]
                == .array([.string("target-group"), .string("partners")]))
    }

    @Test func nothingStandsOutWhenAllAreEqualOrOnlyOneDomain() throws {
        let empty = try Canvas(id: "e", title: "e").evaluate()
        #expect(empty.strongest == nil)
        #expect(empty.weakest == nil)
        var single = try Canvas(id: "s", title: "s")
        try single.selectDomains(["partners"])
        try single.place(card: "act.workshop", domain: "partners", field: .activity)
        let evaluation = single.evaluate()
        #expect(evaluation.strongest == nil)
        #expect(
            evaluation.prompts.map(\.question.id) == ["lim.students.notice", "lim.students.judge", "lim.students.gain"])
        #expect(evaluation.prompts[2].basis.en == "Collaboration with partners still lacks: place, result.")
    }

    @Test func reflectionQuestionsTiedToTheCanvas() throws {
        let prompts = try handExample().evaluate().prompts
        #expect(
            prompts.map(\.question.id) == [
                "lim.students.notice", "lim.students.judge", "lim.students.most", "lim.students.gain",
            ])
        #expect(
            prompts[0].basis.en
                == "1 of 5 domains is covered (all three fields filled). Still empty: Dealing with complexity.")
        #expect(
            prompts[0].basis.nl
                == "1 van de 5 domeinen is gedekt (alle drie velden gevuld). Nog leeg: Omgaan met complexiteit.")
        #expect(prompts[0].domains == ["complexity"])
        #expect(
            prompts[1].basis.en
                == "9 cards: 4 activities, 2 places, 3 results. There are fewer results than activities.")
        #expect(prompts[2].basis.en == "Most cards lie in Engagement with the target group (4, 44% of all cards).")
        #expect(prompts[2].domains == ["target-group"])
        #expect(
            prompts[3].basis.en
                == "Fewest cards lie in Dealing with complexity (0). Collaboration with partners still lacks: place. Interprofessional learning still lacks: result. Combining different kinds of knowledge still lacks: activity, place."
        )
        #expect(prompts[3].domains == ["complexity", "partners", "interprofessional", "knowledge"])
        #expect(prompts[3].question.text.nl == "Waar kun je nog winst behalen? En hoe zou je dat kunnen doen?")
    }

    @Test func emptyCanvasPrompt() throws {
        let prompts = try Canvas(id: "e", title: "e").evaluate().prompts
        #expect(prompts.map(\.question.id) == ["lim.students.notice", "lim.students.gain"])
        #expect(prompts[0].basis.nl == "Het canvas is nog leeg.")
    }

    @Test func reportDocument() throws {
        var canvas = try handExample()
        try canvas.answer("lim.students.most", "Bij de doelgroep")
        let report = canvas.evaluate().reportJSON(for: canvas, language: .nl)
        guard case .object(let object) = report else { Issue.record("report is not an object"); return }
        #expect(
            object.members.map(\.key) == [
                "schema", "canvas", "title", "template", "variant", "purpose", "lang", "totals", "domains", "coverage",
                "palette", "strongest", "weakest", "reflection", "questions", "impact", "contributions",
            ])
        #expect(object["schema"] == .string("impactkit/canvas-report/1"))
        #expect(object["lang"] == .string("nl"))
        let text = JSONWriter.string(report)
        #expect(text.contains("\"name\": \"Omgaan met complexiteit\""))
        #expect(text.contains("\"share\": 0.4444"))
        #expect(text.contains("\"answers\": [\n        \"Bij de doelgroep\"\n      ]"))
    }
}
