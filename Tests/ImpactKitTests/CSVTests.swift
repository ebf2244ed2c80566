import Testing
@testable import ImpactKit

@Suite("CSV export (RFC 4180)")
struct CSVTests {
    @Test func quotingLineEndsAndFormulaInjection() {
        let table = CSVTable(
            header: ["a", "b"],
            rows: [
                ["plain", "with, comma"],
                ["say \"hi\"", "two\nlines"],
                ["=HYPERLINK(\"http://x\")", "-12.5"],
                ["@SUM(A1)", "+31 6 1234"],
            ])
        #expect(
            table.text
                == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-12.5\r\n'@SUM(A1),'+31 6 1234\r\n")
    }

    @Test func placementsOfTheDemoEndCanvas() throws {
        let canvas = try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
        let table = canvas.placementsCSV(language: .nl)
        #expect(table.rows.count == 21)
        #expect(table.header.count == 14)
        let prototype = try #require(table.rows.first { $0[6] == "res.prototype" })
        #expect(prototype[4] == "Betrokkenheid bij de doelgroep")
        #expect(prototype[8] == "Beweegkaart voor de wijk")
        #expect(prototype[9] == "yes")
        #expect(prototype[10] == "practice;society")
        #expect(prototype[11] == "target-group;work-field-partners")
    }

    @Test func cohortHeatMapAndChangeLog() throws {
        var cohort = try Cohort()
        cohort.add(
            try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json"))),
            source: "a")
        cohort.add(try Canvas(id: "empty", title: "Leeg"), source: "b")
        let heat = cohort.heatMapCSV(language: .en)
        #expect(heat.rows.count == 15)
        #expect(
            heat.rows[0] == [
                "target-group", "Engagement with the target group", "activity", "4", "1", "0.5000", "2", "0.5000",
            ])
        let log = try ChangeLog(json: try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json")))
        let changes = log.changesCSV()
        #expect(changes.rows.count == 12)
        #expect(
            changes.rows[0] == [
                "c1", "s1", "students", "student social work",
                "Ik ervaar meer betekenis in wat ik doe doordat ik direct bijdraag aan bewoners en de wijk.", "", "5",
                "",
                "being", "inner-compass", "4;11", "education;civil-society",
            ])
        #expect(changes.rows[10][8] == "")  // c11 is unclassified
        #expect(changes.rows[6][7] == "2.5")
    }
}
