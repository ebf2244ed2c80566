import Testing
@testable import ImpactKit

@Suite("Canvas model")
struct CanvasTests {
    func fresh() throws -> Canvas {
        try Canvas(id: "c1", title: "Test")
    }

    @Test func placingFollowsTheFieldRules() throws {
        var canvas = try fresh()
        // A new id is drawn (issue 32); a host's own is kept.
        let first = try canvas.place(
            card: "act.workshop", domain: "partners", field: .activity, note: "met de wijkagent")
        #expect(first.id.hasPrefix("p-") && first.id.count == 14)
        #expect(try canvas.place(card: "act.workshop", domain: "target-group", field: .activity, id: "p1").id == "p1")
        let before = canvas

        #expect(
            caught { try canvas.place(card: "act.workshop", domain: "partners", field: .result) }?.code
                == .invalidArgument)
        #expect(caught { try canvas.place(card: "act.nope", domain: "partners", field: .activity) }?.code == .notFound)
        #expect(
            caught { try canvas.place(card: "act.workshop", domain: "nowhere", field: .activity) }?.code == .notFound)
        #expect(caught { try canvas.place(domain: "partners", field: .activity) }?.code == .invalidArgument)
        #expect(
            caught { try canvas.place(card: "act.survey", text: "x", domain: "partners", field: .activity) }?.code
                == .invalidArgument)
        #expect(
            caught { try canvas.place(card: "act.survey", domain: "partners", field: .activity, id: "p1") }?.code
                == .exists)
        #expect(
            caught { try canvas.place(card: "act.survey", domain: "partners", field: .activity, id: "bad id") }?.code
                == .invalidArgument)
        #expect(caught { try canvas.place(text: "", domain: "partners", field: .activity) }?.code == .invalidArgument)
        #expect(canvas == before, "a failed change leaves the canvas as it was")
    }

    @Test func blankAndOwnCards() throws {
        var canvas = try fresh()
        try canvas.addCard(CustomCard(id: "own.lunch", text: "Buurtlunch"))
        try canvas.place(card: "own.lunch", domain: "partners", field: .result)
        try canvas.place(card: "own.lunch", domain: "partners", field: .place)
        #expect(canvas.card("own.lunch")?.isCustom == true)
        #expect(canvas.availableCards.count == LIMTemplate.template.cards.count + 1)
        #expect(caught { try canvas.addCard(CustomCard(id: "own.lunch", text: "again")) }?.code == .exists)
        #expect(caught { try canvas.addCard(CustomCard(id: "act.workshop", text: "clash")) }?.code == .exists)
        #expect(caught { try canvas.addCard(CustomCard(id: "own.empty", text: "")) }?.code == .invalidArgument)
    }

    @Test func freeTextWithoutCards() throws {
        var canvas = try fresh()
        try canvas.use(.withoutCards)
        let placement = try canvas.place(text: "Spreekuur in de bibliotheek", domain: "target-group", field: .place)
        #expect(placement.text == "Spreekuur in de bibliotheek")
        #expect(canvas.evaluate().domains[0].place == 1)
    }

    @Test func unplace() throws {
        var canvas = try fresh()
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity, id: "p1")
        try canvas.place(card: "loc.online", domain: "partners", field: .place, id: "p2")
        #expect(try canvas.unplace("p1").card == "act.workshop")
        #expect(canvas.placements.map(\.id) == ["p2"])
        #expect(caught { try canvas.unplace("p1") }?.code == .notFound)
        // New ids are drawn at random (48 bits), so an id removed is not given to another card.
        let survey = try canvas.place(card: "act.survey", domain: "partners", field: .activity).id
        try canvas.unplace(survey)
        #expect(try canvas.place(card: "act.pilot", domain: "partners", field: .activity).id != survey)
    }

    @Test func selectedDomains() throws {
        var canvas = try fresh()
        try canvas.selectDomains(["knowledge", "target-group"])
        #expect(canvas.domains.map(\.id) == ["target-group", "knowledge"], "template order")
        #expect(
            caught { try canvas.place(card: "act.survey", domain: "partners", field: .activity) }?.code == .notFound)
        try canvas.place(card: "act.survey", domain: "knowledge", field: .activity)
        #expect(caught { try canvas.selectDomains(["target-group"]) }?.code == .invalidArgument)
        #expect(caught { try canvas.selectDomains(["target-group", "target-group"]) }?.code == .exists)
        #expect(caught { try canvas.selectDomains([]) }?.code == .invalidArgument)
        #expect(canvas.domains.count == 2)
    }

    @Test func reflectionAnswers() throws {
        var canvas = try fresh()
        try canvas.answer("lim.students.gain", "Meer met de doelgroep")
        try canvas.answer("lim.students.gain", "Meer met de gemeente")
        try canvas.answer("lim.students.gain", "Eigen idee", by: "Sanne")
        #expect(canvas.reflections.map(\.answer) == ["Meer met de gemeente", "Eigen idee"])
        #expect(caught { try canvas.answer("lim.students.nope", "x") }?.code == .notFound)
        #expect(caught { try canvas.answer("lim.students.gain", "") }?.code == .invalidArgument)
    }

    @Test func calendarDates() {
        #expect((try? CalendarDate.validate("2028-02-29")) == "2028-02-29")
        #expect(caught { try CalendarDate.validate("2027-02-29") }?.code == .range)
        #expect(caught { try CalendarDate.validate("2027-13-01") }?.code == .range)
        #expect(caught { try CalendarDate.validate("27-1-1") }?.code == .invalidArgument)
        #expect(caught { try CalendarDate.validate("2027-0x-01") }?.code == .invalidArgument)
    }
}
