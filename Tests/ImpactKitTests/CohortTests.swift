import Testing
@testable import ImpactKit

@Suite("Cohort view")
struct CohortTests {
    /// Three groups: g1 (journey start → week 5), g2 (one empty canvas), g3 (journey whose week 5 is its start
    /// minus the one result card: no progress, no results), and one broken document.
    func cohort(_ thresholds: CohortThresholds = .default) throws -> Cohort {
        var cohort = try Cohort(thresholds: thresholds)
        cohort.add(try JourneyFixtures.journey(), source: "g1.json")
        cohort.add(try Canvas(id: "g2", title: "Groep 2"), source: "g2.json")
        var g3 = try Journey(id: "g3", title: "Groep 3")
        var start = try JourneyFixtures.start()
        start.id = "g3-start"
        try g3.append(start)
        var later = start
        later.id = "g3-week5"
        later.moment = Moment(label: "week 5")
        try later.unplace("p4")  // res.new-contacts: no result left
        try g3.append(later)
        cohort.add(g3, source: "g3.json")
        let broken = "{\"schema\": \"impactkit/canvas/1\", \"id\": \"x\""
        var bytes = Array(broken.utf8)
        let error = bytes.withUnsafeMutableBytes { buffer in
            caught { try cohort.add(json: UnsafeRawBufferPointer(buffer), source: "broken.json") }
        }
        #expect(error?.code == .json)
        return cohort
    }

    @Test func heatMapAtTheLatestMoment() throws {
        let cohort = try cohort()
        #expect(cohort.groups == 3)
        #expect(cohort.moments == 5)
        // Latest canvases: g1 week 5 (tg 1/1/1, partners 1/0/0, complexity 0, interprof 1/0/0, knowledge 0/0/1),
        // g2 empty, g3 week 5 (tg 1/1/0, partners 1/0/0, complexity 1/0/0).
        let rows = cohort.domains
        #expect(rows.map(\.id) == ["target-group", "partners", "complexity", "interprofessional", "knowledge"])
        #expect(rows[0].cells.map(\.cards) == [2, 2, 1])
        #expect(rows[0].cells.map(\.groups) == [2, 2, 1])
        #expect(rows[1].cells.map(\.cards) == [2, 0, 0])
        #expect(rows[2].cells.map(\.groups) == [1, 0, 0])
        #expect(rows[0].covered == 1 && rows[0].partial == 1 && rows[0].empty == 1)
        #expect(rows[4].groupsInUse == 3)
        #expect(cohort.coverageDistribution == [2, 1])
        #expect(cohort.share(2) == 6667)
    }

    @Test func groupsThatNeedAttention() throws {
        let cohort = try cohort()
        #expect(cohort.attention.map(\.id) == ["g1", "g2", "g3"])
        #expect(cohort.attention[0].reasons.map(\.code) == [.emptyDomains])
        #expect(cohort.attention[0].reasons[0].domains == ["complexity"])
        #expect(cohort.attention[1].reasons.map(\.code) == [.emptyDomains])
        #expect(cohort.attention[1].reasons[0].domains.count == 5)
        #expect(cohort.attention[2].reasons.map(\.code) == [.emptyDomains, .fewResults, .noProgress])
        #expect(cohort.attention[2].reasons[1].text.en == "No result cards at week 5.")
        #expect(
            cohort.attention[2].reasons[2].text.nl
                == "Geen voortgang van start naar week 5: 0 kaarten erbij, geen domein nieuw gedekt.")
        #expect(cohort.skipped.map(\.source) == ["broken.json"])
    }

    @Test func thresholdsChangeWhoIsFlagged() throws {
        let lenient = try cohort(
            CohortThresholds(maxEmptyDomains: 2, minResultCards: 1, resultsExpectedFromMoment: 3, minCardsAdded: 0))
        // g1: 1 empty ≤ 2; g2: 5 empty > 2; g3: 2 empty ≤ 2, results not expected before moment 3, and 0 added
        // is not below 0.
        #expect(lenient.attention.map(\.id) == ["g2"])
        let strict = try cohort(
            CohortThresholds(maxEmptyDomains: 0, minResultCards: 2, resultsExpectedFromMoment: 1, minCardsAdded: 3))
        // g1: start has 1 result (< 2), week 5 has 2; 2 cards added (< 3) but target-group newly covered.
        #expect(strict.attention[0].reasons.map(\.code) == [.emptyDomains, .fewResults])
        #expect(strict.attention[0].reasons[1].moments == ["start"])
        #expect(strict.attention[0].reasons[1].text.en == "Fewer than 2 result cards at start.")
        #expect(strict.attention[2].reasons[1].moments == ["start", "week 5"])
        #expect(strict.attention[2].reasons[1].text.en == "Fewer than 2 result cards at start, week 5.")
    }

    @Test func thresholdsOutOfRange() {
        let error = caught {
            try Cohort(
                thresholds: CohortThresholds(
                    maxEmptyDomains: -1, minResultCards: 1, resultsExpectedFromMoment: 2, minCardsAdded: 1))
        }
        #expect(error?.code == .range)
        #expect(error?.message == "max_empty_domains is -1; it must be 0…1000000")
        #expect(
            caught {
                try Cohort(
                    thresholds: CohortThresholds(
                        maxEmptyDomains: 0, minResultCards: 1, resultsExpectedFromMoment: 0, minCardsAdded: 1))
            }?.message == "results_expected_from_moment is 0; it must be 1…1000000")
    }

    @Test func otherDocumentsAreSkippedWithTheReason() throws {
        var cohort = try Cohort()
        var template = Array(JSONWriter.string(LIMTemplate.template.json).utf8)
        let error = template.withUnsafeMutableBytes { buffer in
            caught { try cohort.add(json: UnsafeRawBufferPointer(buffer), source: "template.json") }
        }
        #expect(error?.code == .schema)
        #expect(cohort.groups == 0)
        #expect(cohort.skipped.first?.error.path == "/schema")
        let report = JSONWriter.string(cohort.reportValue(language: .en))
        #expect(report.contains("\"code\": \"IK_ESCHEMA\""))
    }

    @Test func reportTexts() throws {
        let text = try cohort().reportText(language: .en)
        #expect(text.hasPrefix("Cohort: 3 groups, 5 canvases, 1 skipped."))
        #expect(text.contains("Engagement with the target group        2 (67%)     2 (67%)     1 (33%)     1/3"))
        #expect(text.contains("Groups that need attention (3):"))
        #expect(text.contains("• broken.json: IK_EJSON"))
    }

    /// The report the C ABI hands out is written straight from the figures; the Swift tree comes from the same
    /// code: both equal, byte for byte, in both languages, with attention entries, a null moment and a skip.
    @Test func reportWrittenStraightEqualsItsTreeWritten() throws {
        let cohort = try cohort()
        for language in [Language.nl, .en] {
            let tree = cohort.reportValue(language: language)
            #expect(cohort.reportOutput(language: language).array() == JSONWriter.bytes(tree))
        }
        let text = String(decoding: cohort.reportOutput(language: .en).array(), as: UTF8.self)
        #expect(text.contains("\"code\": \"IK_EJSON\"") && text.contains("\"attention\": [\n    {"))
    }
}
