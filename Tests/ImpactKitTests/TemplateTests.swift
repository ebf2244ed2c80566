import Testing
@testable import ImpactKit

@Suite("LIM template and card catalog")
struct TemplateTests {
    let lim = LIMTemplate.template

    @Test func fiveDefaultDomainsInOrder() {
        #expect(lim.domains.map(\.id) == ["target-group", "partners", "complexity", "interprofessional", "knowledge"])
        #expect(lim.domains[0].name.nl == "Betrokkenheid bij de doelgroep")
        #expect(lim.domains[4].name.en == "Combining different kinds of knowledge")
        #expect(
            lim.domains.allSatisfy {
                !$0.question.nl.isEmpty && !$0.question.en.isEmpty && $0.question.nl != $0.question.en
            })
    }

    @Test func atLeastTwelveCardsOfEachKindWithStableIDs() {
        for kind in [CardKind.activity, .location, .result] {
            #expect(lim.cards.filter { $0.kind == kind }.count >= 12, "kind \(kind)")
        }
        #expect(Set(lim.cards.map(\.id)).count == lim.cards.count)
        #expect(lim.card("act.workshop")?.text == LocalizedText(nl: "Workshop", en: "Workshop"))
        #expect(lim.card("loc.care-home-ward")?.text.nl == "Afdeling van een verpleeghuis")
        #expect(lim.card("loc.clients-home")?.kind == .location)
        #expect(lim.card("res.advice-report")?.text.en == "Advice report")
        #expect(lim.card("res.prototype")?.kind == .result)
        #expect(lim.card("act.interview-target-group")?.kind == .activity)
    }

    /// The built-in template is built without checks; decoding its own JSON runs them all.
    @Test func builtinTemplatePassesItsOwnValidation() throws {
        let decoded = try CanvasTemplate.decode(try JSONParser.parse(JSONWriter.string(lim.json)))
        #expect(decoded == lim)
    }

    @Test func hostTemplateLoadsFromJSON() throws {
        let text = """
            {"schema": "impactkit/template/1", "id": "hanze-iwp",
             "name": {"nl": "Eigen canvas", "en": "Own canvas"},
             "domains": [{"id": "region", "name": {"nl": "Regio", "en": "Region"},
                          "question": {"nl": "Wat merkt de regio?", "en": "What does the region notice?"},
                          "color": "#123abc"}],
             "cards": [{"id": "act.hackathon", "kind": "activity", "text": {"nl": "Hackathon", "en": "Hackathon"}}],
             "x-origin": "hanze"}
            """
        let template = try CanvasTemplate.decode(try JSONParser.parse(text))
        #expect(template.domains.map(\.id) == ["region"])
        #expect(template.card("act.hackathon")?.kind == .activity)
        #expect(template.unknown["x-origin"] == .string("hanze"))
        var canvas = try Canvas(title: "Regio", template: template)
        try canvas.place(card: "act.hackathon", domain: "region", field: .activity)
        let reread = try Canvas(json: canvas.json())
        #expect(reread.template == template)
        #expect(reread.templateIsBuiltin == false)
    }

    @Test func templateErrorsPointAtTheValue() throws {
        let duplicate = """
            {"schema": "impactkit/template/1", "id": "t", "name": {"nl": "a", "en": "b"},
             "domains": [{"id": "d", "name": {"nl": "a", "en": "b"}, "question": {"nl": "a", "en": "b"}},
                         {"id": "d", "name": {"nl": "a", "en": "b"}, "question": {"nl": "a", "en": "b"}}]}
            """
        let error = try #require(caught { try CanvasTemplate.decode(try JSONParser.parse(duplicate)) })
        #expect(error.code == .exists)
        #expect(error.path == "/domains/1/id")
        let badColor = """
            {"schema": "impactkit/template/1", "id": "t", "name": {"nl": "a", "en": "b"},
             "domains": [{"id": "d", "name": {"nl": "a", "en": "b"}, "question": {"nl": "a", "en": "b"}, "color": "red"}]}
            """
        #expect(caught { try CanvasTemplate.decode(try JSONParser.parse(badColor)) }?.path == "/domains/0/color")
        let noEnglish = """
            {"schema": "impactkit/template/1", "id": "t", "name": {"nl": "a"}, "domains": []}
            """
        let missing = try #require(caught { try CanvasTemplate.decode(try JSONParser.parse(noEnglish)) })
        #expect(missing.code == .schema)
        #expect(missing.path == "/name")
        #expect(missing.message == "missing required field \"en\"")
    }
}
