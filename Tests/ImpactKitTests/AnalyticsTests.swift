import Testing
@testable import ImpactKit

/// Documents as rows of the analytics tables (issue 24): the columns in order, the figures of the seed examples
/// (worked by hand from the example journey and change log), pseudonyms that join with xAPI, and refusals.
@Suite("Analytics rows")
struct AnalyticsTests {
    static let salt = Array("analytics-test-salt-0123456789".utf8)
    static let settings = AnalyticsSettings(institution: "HvA", names: .pseudonymous, pseudonymSalt: salt)

    static func document(_ file: String) throws -> any ImpactDocument {
        let text = try #require(readFile(repositoryRoot + "/examples/data/" + file))
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBytes {
            try DocumentRegistry.open(UnsafeRawBufferPointer($0), limits: .default)
        }
    }

    /// Each line's members, in order, as parsed JSON objects.
    static func rows(
        _ document: any ImpactDocument, _ table: AnalyticsTable, _ settings: AnalyticsSettings = settings
    ) throws -> [JSONObject] {
        let text = String(decoding: try AnalyticsRows.ndjson(document, table: table, settings: settings), as: UTF8.self)
        return try text.split(separator: "\n").map { line in
            guard case .object(let object) = try JSONParser.parse(String(line)) else {
                throw ImpactKitError(.schema, "not an object")
            }
            return object
        }
    }

    @Test func everyRowHasItsTablesColumnsInOrder() throws {
        for file in ["pzw-bottendaal.journey.json", "pzw-bottendaal-end.json", "pwmi-changelog.json"] {
            let document = try Self.document(file)
            for table in AnalyticsTable.allCases {
                for row in try Self.rows(document, table) {
                    #expect(row.members.map(\.key) == table.columns.map(\.name), "\(file) \(table)")
                }
            }
        }
    }

    /// The example journey: week 5 has 12 cards (6 activity, 4 place, 2 result), 2 domains covered and knowledge
    /// empty; the end of the semester 21 cards (8/6/7), all five covered: 9 cards added, 3 domains newly covered.
    @Test func theExampleJourneysMoments() throws {
        let journey = try Self.document("pzw-bottendaal.journey.json")
        let moments = try Self.rows(journey, .moments)
        #expect(moments.count == 2)
        let (week5, end) = (moments[0], moments[1])
        #expect(
            week5["moment_label"] == .string("Week 5") && week5["moment_index"] == .int(1)
                && week5["is_latest"] == .bool(false))
        #expect(
            week5["cards"] == .int(12) && week5["activity"] == .int(6) && week5["place"] == .int(4)
                && week5["result"] == .int(2))
        #expect(week5["covered"] == .int(2) && week5["empty"] == .int(1) && week5["partial"] == .int(2))
        #expect(week5["cards_added"] == .null && week5["domains_newly_covered"] == .null)
        #expect(week5["moment_date"] == .string("2026-10-02") && week5["moment_month"] == .string("2026-10"))
        #expect(end["cards"] == .int(21) && end["covered"] == .int(5) && end["is_latest"] == .bool(true))
        #expect(end["cards_added"] == .int(9) && end["domains_newly_covered"] == .int(3))
        // Every moment's domain rows add up to its cards; the latest one has five covered domains.
        let domains = try Self.rows(journey, .momentDomains)
        #expect(domains.count == 10)
        #expect(domains.filter { $0["is_latest"] == .bool(true) }.allSatisfy { $0["coverage"] == .string("covered") })
        let week5Cards = domains.filter { $0["moment_index"] == .int(1) }.reduce(0) { sum, row in
            guard case .int(let cards)? = row["cards"] else { return sum }
            return sum + Int(cards)
        }
        #expect(week5Cards == 12)
        #expect(try Self.rows(journey, .placements).count == 12 + 21)
        let groups = try Self.rows(journey, .groups)
        #expect(groups.count == 1 && groups[0]["moments"] == .int(2) && groups[0]["kind"] == .string("journey"))
        #expect(groups[0]["title"] == .null)
        #expect(try Self.rows(journey, .changes).isEmpty && (try Self.rows(journey, .sroiOutcomes)).isEmpty)
    }

    /// Names are keyed hashes by default; the group is the journey's group, the programme the journey's own; people
    /// get the same pseudonym as in xAPI statements, so the two join.
    @Test func pseudonymsByDefaultRealNamesWhenAsked() throws {
        let journey = try Self.document("pzw-bottendaal.journey.json")
        let row = try #require(try Self.rows(journey, .moments).first)
        #expect(row["group"] == .string(XAPISettings.pseudonym(of: "group:PZW groep 3", salt: Self.salt)))
        #expect(
            row["programme"]
                == .string(XAPISettings.pseudonym(of: "programme:Praktijkinnovatie Zorg en Welzijn", salt: Self.salt)))
        #expect(row["institution"] == .string(XAPISettings.pseudonym(of: "institution:HvA", salt: Self.salt)))
        #expect(row["document"] == .string(XAPISettings.pseudonym(of: "document:pzw-bottendaal", salt: Self.salt)))
        guard case .string(let group)? = row["group"] else { return }
        #expect(group.hasPrefix("ik-") && group.utf8.count == 35)

        var xapi = try XAPISettings(homepage: "https://lms.example.org")
        xapi.pseudonymSalt = Self.salt
        let log = try Self.document("pwmi-changelog.json")
        let change = try #require(try Self.rows(log, .changes).first)
        #expect(change["person"] == .string(try xapi.identity(of: "s1").account))

        let real = AnalyticsSettings(institution: "HvA", names: .real)
        let named = try #require(try Self.rows(journey, .groups, real).first)
        #expect(
            named["group"] == .string("PZW groep 3") && named["title"] != .null
                && named["institution"] == .string("HvA"))
    }

    /// The example change log: twelve changes (c1 by s1: being, inner-compass, SDGs 4 and 11) and two SROI
    /// outcomes. o1: 20 × €500 less 25 % deadweight and 20 % attribution = €6 000 in the first year; o2: 5 × €1 200
    /// less 50 % attribution and 10 % displacement = €2 700.
    @Test func theExampleChangeLog() throws {
        let log = try Self.document("pwmi-changelog.json")
        let changes = try Self.rows(log, .changes)
        #expect(changes.count == 12)
        #expect(changes[0]["dimension"] == .string("being") && changes[0]["skill"] == .string("inner-compass"))
        #expect(
            changes[0]["sdgs"] == .array([.int(4), .int(11)]) && changes[0]["stakeholder_group"] == .string("students"))
        #expect(changes[0]["in_scope"] == .bool(true))
        let outcomes = try Self.rows(log, .sroiOutcomes)
        #expect(outcomes.map { $0["outcome"] } == [.string("o1"), .string("o2")])
        #expect(outcomes[0]["impact"] == .double(6000) && outcomes[1]["impact"] == .double(2700))
        #expect(outcomes[0]["inputs"] == .double(10000) && outcomes[0]["discount_rate"] == .double(3.5))
        let changeLog = try #require(log as? ChangeLog)
        let result = try #require(changeLog.sroi).calculate()
        #expect(outcomes[0]["total_present_value"] == .double(result.totalPresentValue))
        #expect(outcomes[1]["ratio"] == result.ratio.map(JSONValue.double))
    }

    @Test func refusals() throws {
        #expect(caught { try AnalyticsSettings(jsonValue: try JSONParser.parse("{}")) }?.path == "/pseudonym_salt")
        #expect(
            caught { try AnalyticsSettings(jsonValue: try JSONParser.parse("{\"names\": \"real\", \"salt\": \"x\"}")) }?
                .message
                == "unknown analytics setting \"salt\"")
        #expect(
            caught { try AnalyticsSettings(jsonValue: try JSONParser.parse("{\"pseudonym_salt\": \"short\"}")) }?.code
                == .invalidArgument)
        #expect(caught { try AnalyticsTable(id: "cells") }?.code == .invalidArgument)
        let real = try AnalyticsSettings(jsonValue: try JSONParser.parse("{\"names\": \"real\"}"))
        #expect(real.institution == nil && real.names == .real)
    }
}
