import Testing
@testable import ImpactKit

/// Figures computed by hand from examples/data/pwmi-changelog.json (12 changes, 8 people, 6 roles, 4 groups in
/// scope): being c1; thinking c2; relating c6 c9 c10 c12; collaborating c4 c5 c8; acting c3 c7; unclassified c11.
@Suite("Change log: IDG, SDGs, SROI")
struct ChangeLogTests {
    func log() throws -> ChangeLog {
        try ChangeLog(json: try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json")))
    }

    @Test func verifiedChangesAreCountedPerGroupAndDimension() throws {
        var log = try log()
        // c5 (work-field, collaborating) and c10 (residents, relating) verified; 12 changes in scope.
        for index in log.changes.indices where ["c5", "c10"].contains(log.changes[index].id) {
            log.changes[index].verified = ChangeLog.Verification(by: "teamleider", how: "interview")
        }
        let report = log.report()
        #expect(report.verified == 2 && report.total == 12)
        #expect(
            report.verifiedPerGroup.map { "\($0.group.id) \($0.verified)/\($0.unverified)" }
                == ["students 0/4", "work-field 1/2", "bridge-builders 0/2", "residents 1/2"])
        #expect(
            report.verifiedPerDimension.map { "\($0.dimension?.rawValue ?? "-") \($0.verified)/\($0.unverified)" }
                == ["being 0/1", "thinking 0/1", "relating 1/3", "collaborating 1/2", "acting 0/2", "- 0/1"])
        let again = try ChangeLog(json: log.json())
        #expect(again.changes.first { $0.id == "c5" }?.verified?.how == "interview")
    }

    @Test func preAssuranceFindingsPerPrinciple() throws {
        var log = try log()
        // By hand from the example: c11 unclassified; o2 has no proxy source and deadweight 0; o1's source has no
        // licence; nothing verified;
        // three decisions in step 5; the municipality out of scope and counted nowhere.
        var findings = SVIPrinciples(log, report: log.report()).findings
        #expect(findings.map(\.principle) == SVIPrinciples.Principle.allCases)
        #expect(
            findings.map { $0.missing.map(\.en) } == [
                [], ["1 change not classified"], ["o2 Efficiënter werken in het werkveld: proxy without a source"], [],
                ["o2: deadweight never set (0 %)"], ["o1: the licence of the proxy's source is not stated"],
                ["no change verified"], [],
            ])
        #expect(
            findings[0].shows.map(\.en) == [
                "4 groups in scope, 8 people, 12 changes in their own words", "named out of scope: Gemeente",
            ])
        // Verifying one change per group but the residents leaves one group unverified; an outcome for the
        // municipality (out of scope) is not material; no decisions makes the study unresponsive.
        for index in log.changes.indices where ["c1", "c5", "c8"].contains(log.changes[index].id) {
            log.changes[index].verified = ChangeLog.Verification(by: "docent-onderzoeker", how: "interview")
        }
        log.sroi?.outcomes[0].group = "municipality"
        log.steps.learn = []
        log.steps.focus = []
        log.steps.scale = []
        findings = SVIPrinciples(log, report: log.report()).findings
        #expect(findings[6].missing.map(\.en) == ["Bewoners (ouder-kindgroep): no change verified"])
        #expect(findings[3].missing.map(\.nl) == ["o1 telt mee voor Gemeente, dat buiten de scope valt"])
        #expect(findings[7].missing.map(\.en) == ["no decisions recorded (step 5)"] && findings[7].shows.isEmpty)
    }

    @Test func proxyCatalogueSuppliesValueAndProvenance() throws {
        let text = try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json"))
            .replacing(#""proxy": 500,"#, with: #""proxy_id": "eenzaamheid","#)
            .replacing(
                #""outcomes": ["#,
                with:
                    #""proxies": [{"id": "eenzaamheid", "description": "Minder eenzaamheid", "value": 500, "year": 2024, "source": "Eigen waardering", "licence": "CC BY 4.0"}], "outcomes": ["#
            )
        let log = try ChangeLog(json: text)
        let outcome = try #require(log.sroi?.outcomes.first)
        #expect(outcome.proxy == 500 && outcome.proxyID == "eenzaamheid" && !outcome.proxyGiven)
        #expect(log.sroi?.proxy(of: outcome)?.licence == "CC BY 4.0")
        // Written back as read: the catalogue, and the outcome without a proxy of its own.
        let again = try ChangeLog(json: log.json())
        #expect(again == log && !log.json().contains(#""proxy": 500"#))
        let broken = text.replacing(#""proxy_id": "eenzaamheid""#, with: #""proxy_id": "x""#)
        #expect(caught { try ChangeLog(json: broken) }?.path == "/sroi/outcomes/0/proxy_id")
    }

    @Test func roundTripIsByteStable() throws {
        let text = try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json"))
        #expect(try ChangeLog(json: text).json() == text)
    }

    @Test func countsAndShares() throws {
        let report = try log().report()
        #expect(report.total == 12)
        #expect(report.perDimension == [1, 1, 4, 3, 2])
        #expect(report.unclassified == 1)
        #expect(IDGDimension.allCases.map { report.share(report.count($0)) } == [833, 833, 3333, 2500, 1667])
        #expect((report.people, report.roles, report.groupsInScope) == (8, 6, 4))
        // "Collaborating and connecting" = relating + collaborating = 7 of 12.
        #expect(report.chosenCount == 7)
        #expect(report.share(report.chosenCount) == 5833)
        #expect(try log().report(dimensions: [.being, .acting]).chosenCount == 3)
        #expect(report.perSkill.map(\.skill.id).prefix(2) == ["inner-compass", "sense-making"])
        #expect(report.perSkill.first { $0.skill.id == "connectedness" }?.count == 2)
    }

    @Test func topThreePerGroupWithDeterministicTies() throws {
        let groups = try log().report().groups
        // The municipality is out of scope: reported apart, not ranked (issue 15 item 6).
        #expect(groups.map(\.group.id) == ["students", "work-field", "bridge-builders", "residents"])
        // Students: c1 (5 votes), then c2, c3, c4 all 4 votes: order in the log decides, and the report says so.
        #expect(groups[0].top.map(\.id) == ["c1", "c2", "c3"])
        #expect(groups[0].cutByTie)
        #expect(groups[1].top.map(\.id) == ["c5", "c6", "c7"])
        #expect(!groups[1].cutByTie)
        // Residents: c10 (6), then c11 and c12 (5 each) in log order.
        #expect(groups[3].top.map(\.id) == ["c10", "c11", "c12"])
        #expect(groups[3].quotes.count == 1)
        #expect(try log().report().outOfScope.groups.map(\.id) == ["municipality"])
    }

    @Test func sdgsTouched() throws {
        let sdgs = try log().report().sdgs
        #expect(sdgs.map(\.sdg) == [3, 4, 8, 10, 11, 17])
        #expect(sdgs[1].changes == ["c1", "c2", "c3", "c8", "c11"])
        #expect(sdgs[0].changes == ["c10"])
    }

    /// SROI guide formulas worked by hand: o1 = 20 × 500 × (1 − .25) × (1 − 0) × (1 − .20) = 6000 in year 1, then
    /// × (1 − .10) = 5400 in year 2; o2 = 5 × 1200 × 1 × (1 − .10) × (1 − .50) = 2700 in year 1; discount 3.5 %.
    @Test func sroiWorkedExample() throws {
        let result = try #require(try log().sroi).calculate()
        #expect(result.outcomes.map(\.impact) == [6000, 2700])
        #expect(result.outcomes[0].values == [6000, 5400])
        let pv = 6000 / 1.035 + 5400 / (1.035 * 1.035) + 2700 / 1.035
        #expect(abs(result.totalPresentValue - pv) < 1e-9)
        #expect(abs(result.presentValuePerYear[0] - (6000 + 2700) / 1.035) < 1e-9)
        #expect(abs(result.presentValuePerYear[1] - 5400 / (1.035 * 1.035)) < 1e-9)
        #expect(result.inputs == 10_000)
        #expect(abs(result.netPresentValue - (pv - 10_000)) < 1e-9)
        #expect(abs((result.ratio ?? 0) - pv / 10_000) < 1e-12)
        let json = JSONWriter.string(try log().report().jsonValue(for: try log(), language: .en))
        #expect(json.contains("\"total_present_value\": 13446.75"))
        #expect(json.contains("\"ratio\": 1.34"))
    }

    @Test func sensitivityOverOneParameter() throws {
        let sroi = try #require(try log().sroi)
        let runs = try sroi.sensitivity(.attribution, values: [0, 50], outcome: "o1")
        // attribution 0 for o1: 7500 and 6750 in years 1 and 2; o2 unchanged.
        let pv0 = 7500 / 1.035 + 6750 / (1.035 * 1.035) + 2700 / 1.035
        #expect(abs(runs[0].result.totalPresentValue - pv0) < 1e-9)
        let pv50 = 3750 / 1.035 + 3375 / (1.035 * 1.035) + 2700 / 1.035
        #expect(abs(runs[1].result.totalPresentValue - pv50) < 1e-9)
        let rates = try sroi.sensitivity(.discountRate, values: [0])
        #expect(rates[0].result.totalPresentValue == 6000 + 5400 + 2700)
        #expect(caught { try sroi.sensitivity(.deadweight, values: [120]) }?.code == .range)
        #expect(caught { try sroi.sensitivity(.duration, values: [1.5]) }?.code == .range)
        #expect(caught { try sroi.sensitivity(.proxy, values: [1], outcome: "o9") }?.code == .notFound)
    }

    @Test func badInputNamesThePointer() throws {
        let text = try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json"))
        let cases: [(String, String, ErrorCode, String)] = [
            ("\"dimension\": \"being\"", "\"dimension\": \"feeling\"", .invalidArgument, "/changes/0/dimension"),
            ("\"skill\": \"inner-compass\"", "\"skill\": \"juggling\"", .invalidArgument, "/changes/0/skill"),
            ("\"skill\": \"sense-making\"", "\"skill\": \"trust\"", .invalidArgument, "/changes/1/skill"),
            ("\"person\": \"w1\"", "\"person\": \"w9\"", .notFound, "/changes/4/person"),
            ("\"votes\": 6", "\"votes\": -1", .range, "/changes/9/votes"),
            ("\"sdgs\": [\n        3,", "\"sdgs\": [\n        18,", .range, "/changes/9/sdgs/0"),
            ("\"deadweight\": 25", "\"deadweight\": 125", .range, "/sroi/outcomes/0/deadweight"),
            ("\"quantity\": 20", "\"quantity\": -20", .range, "/sroi/outcomes/0/quantity"),
            (
                "\"group\": \"residents\",\n      \"role\"", "\"group\": \"pupils\",\n      \"role\"", .notFound,
                "/people/6/group"
            ),
            (
                "\"helices\": [\n        \"business\",\n        \"government\"",
                "\"helices\": [\n        \"business\",\n        \"media\"", .invalidArgument, "/changes/5/helices/1"
            ),
        ]
        for (old, new, code, path) in cases {
            let broken = text.replacing(old, with: new)
            #expect(broken != text, "\(old)")
            let error = caught { try ChangeLog(json: broken) }
            #expect(error?.code == code, "\(path): \(String(describing: error))")
            #expect(error?.path == path)
        }
    }

    @Test func hugeAmountsDoNotTrap() throws {
        var log = try log()
        log.sroi?.outcomes[0].quantity = 1e300
        log.sroi?.outcomes[0].proxy = 1e300
        let text = log.report().text(for: log, language: .en)
        #expect(text.contains("Present value: EUR inf"))
        #expect(
            JSONWriter.string(log.report().jsonValue(for: log, language: .en)).contains("\"total_present_value\": null")
        )
    }

    @Test func textInBothLanguages() throws {
        let log = try log()
        let en = log.report().text(for: log, language: .en)
        #expect(en.contains("12 changes experienced by 8 people in 6 roles, 4 groups."))
        #expect(en.contains("58% of the changes are about Relating + Collaborating."))
        #expect(en.contains("  SROI ratio: 1.34 : 1"))
        #expect(log.report().text(for: log, language: .nl).contains("Bijdrage aan 6 van de 17 SDG's."))
    }
}
