import Testing
@testable import ImpactKit

/// Figures computed by hand from `JourneyFixtures` (see its comment).
@Suite("Comparing two moments")
struct ComparisonTests {
    @Test func addedRemovedMovedPerDomainAndField() throws {
        let comparison = try JourneyFixtures.start().compare(to: JourneyFixtures.week5())
        #expect(comparison.added == 2)
        #expect(comparison.removed == 1)
        #expect(comparison.moved == 1)
        #expect(comparison.cardsBefore == 5)
        #expect(comparison.cardsAfter == 6)
        let byID = Dictionary(uniqueKeysWithValues: comparison.domains.map { ($0.domain.id, $0) })
        #expect(byID["target-group"]?.fields[2].added.map(\.card) == ["res.prototype"])
        #expect(byID["interprofessional"]?.fields[0].added.map(\.card) == ["act.peer-consultation"])
        #expect(byID["complexity"]?.fields[0].removed.map(\.card) == ["act.survey"])
        let moveOut = try #require(byID["partners"]?.fields[2].movedOut.first)
        #expect(moveOut.item.card == "res.new-contacts")
        #expect(moveOut.to == CanvasComparison.Slot(domain: "knowledge", field: .result))
        let moveIn = try #require(byID["knowledge"]?.fields[2].movedIn.first)
        #expect(moveIn.from == CanvasComparison.Slot(domain: "partners", field: .result))
        // Unchanged cards appear nowhere.
        #expect(byID["target-group"]?.fields[0].isEmpty == true)
        #expect(byID["target-group"]?.fields[1].isEmpty == true)
    }

    @Test func coverageAndPalette() throws {
        let comparison = try JourneyFixtures.start().compare(to: JourneyFixtures.week5())
        #expect(comparison.newlyCovered == ["target-group"])
        #expect(comparison.lostCoverage == [])
        // Shares in ten-thousandths: before 2/5, 2/5, 1/5, 0, 0; after 3/6, 1/6, 0, 1/6, 1/6.
        #expect(comparison.domains.map(\.shareBefore) == [4000, 4000, 2000, 0, 0])
        #expect(comparison.domains.map(\.shareAfter) == [5000, 1667, 0, 1667, 1667])
        #expect(comparison.domains.map(\.shareChange) == [1000, -2333, -2000, 1667, 1667])
        #expect(comparison.caveats.isEmpty)
    }

    @Test func summaryInBothLanguages() throws {
        let comparison = try JourneyFixtures.start().compare(to: JourneyFixtures.week5())
        #expect(
            comparison.summary.en
                == "From start to week 5: 2 added, 1 removed, 1 moved (5 → 6 cards). Newly covered: Engagement with the target group. Largest growth (tied, +1 each): Engagement with the target group, Interprofessional learning, Combining different kinds of knowledge."
        )
        #expect(
            comparison.summary.nl
                == "Van start naar week 5: 2 erbij, 1 weg, 1 verplaatst (5 → 6 kaarten). Nieuw gedekt: Betrokkenheid bij de doelgroep. Grootste groei (gelijk, elk +1): Betrokkenheid bij de doelgroep, Interprofessioneel leren, Combineren van verschillende kennis."
        )
    }

    @Test func reportDocument() throws {
        let report = try JourneyFixtures.start().compare(to: JourneyFixtures.week5()).reportValue(language: .en)
        let text = JSONWriter.string(report)
        #expect(text.contains("\"schema\": \"impactkit/comparison/1\""))
        #expect(text.contains("\"change\": -0.2333"))
        #expect(text.contains("\"moved_out\": [\n            {\n              \"card\": \"res.new-contacts\""))
    }

    @Test func differentDomainSelectionsAreNamedNotGuessed() throws {
        var old = try JourneyFixtures.start()
        let new = try JourneyFixtures.week5()
        try old.use(.selectedDomains)
        try old.selectDomains(["target-group", "partners", "complexity"])
        let comparison = old.compare(to: new)
        #expect(comparison.domains.map(\.domain.id) == ["target-group", "partners", "complexity"])
        let codes = comparison.caveats.map(\.code)
        #expect(codes == [.variantDiffers, .domainNotInUse])
        #expect(comparison.caveats[1].domains == ["interprofessional", "knowledge"])
        #expect(comparison.caveats[1].text.en == "Not compared: interprofessional, knowledge (not in use at start).")
        // res.new-contacts went to knowledge, which is not compared: it counts as removed from partners.
        #expect(comparison.removed == 2)
        #expect(comparison.moved == 0)
        #expect(comparison.added == 1)
        // Shares over the compared domains only: before 2/5, 2/5, 1/5; after 3/4, 1/4, 0.
        #expect(comparison.domains.map(\.shareAfter) == [7500, 2500, 0])
    }

    @Test func freeTextsMatchByTextNotByCard() throws {
        var old = try Canvas(id: "a", title: "A")
        try old.use(.withoutCards)
        try old.place(text: "Gesprek met de buurtvereniging", domain: "partners", field: .activity)
        try old.place(text: "Gesprek met de buurtvereniging", domain: "partners", field: .activity)
        var new = try Canvas(id: "b", title: "B")
        try new.place(text: "Gesprek met de buurtvereniging", domain: "partners", field: .activity)
        try new.place(card: "act.client-meeting", domain: "partners", field: .activity)
        let comparison = old.compare(to: new)
        // One of the two equal texts stays, one is removed; the card is added, not taken for the text.
        #expect(comparison.removed == 1)
        #expect(comparison.added == 1)
        #expect(comparison.domains[1].fields[0].removed.first?.text == "Gesprek met de buurtvereniging")
        #expect(comparison.caveats.map(\.code) == [.variantDiffers])
    }

    @Test func templateOnlyDomainsAreListed() throws {
        let lim = LIMTemplate.template
        let template = try CanvasTemplate(
            id: "own", name: lim.name,
            domains: Array(lim.domains.prefix(2)) + [
                Domain(
                    id: "sustainability", name: LocalizedText(nl: "Duurzaamheid", en: "Sustainability"),
                    question: LocalizedText(nl: "?", en: "?"))
            ],
            cards: lim.cards)
        let old = try JourneyFixtures.start()
        var new = try Canvas(id: "n", title: "N", template: template)
        try new.place(card: "act.workshop", domain: "target-group", field: .activity)
        let comparison = old.compare(to: new)
        #expect(comparison.domains.map(\.domain.id) == ["target-group", "partners"])
        #expect(comparison.caveats.map(\.code) == [.templateDiffers, .domainNotInTemplate, .domainNotInTemplate])
        #expect(comparison.caveats[1].domains == ["complexity", "interprofessional", "knowledge"])
        #expect(comparison.caveats[2].domains == ["sustainability"])
    }
}
