// What an app does with a report and a canvas beyond printing them, from a plain import: read a figure out of the
// report's JSON, and list the canvas's parts by their ids (SwiftUI's ForEach wants Identifiable).
import ImpactKit
import Testing

@Suite("Reading reports and listing parts, from an app")
struct ReadingReportsTests {
    @Test func aFigureOutOfTheReport() throws {
        var canvas = try Canvas(title: "Samen gezond in de wijk")
        try canvas.place(card: "act.interview-target-group", domain: "target-group", field: .activity)
        let report = try canvas.report(ReportSettings(language: .en)).jsonValue
        #expect(report["schema"]?.asString == "impactkit/canvas-report/1")
        #expect(report["domains"]?[0]?["id"]?.asString == "target-group")
        #expect(report["domains"]?[0]?["cards"]?.asInteger == 1)
        #expect(report["domains"]?[0]?["fields"]?["activity"]?.asNumber == 1)
        #expect(report["domains"]?[0]?["coverage"]?.asString == "partial")
        // A step that is not there is nil, never a trap.
        #expect(report["no such member"]?[3]?["x"] == nil && report["domains"]?[99] == nil)
        #expect(report["schema"]?[0] == nil && report[0] == nil)
    }

    @Test func partsAreIdentifiable() throws {
        func ids<T: Identifiable>(_ items: [T]) -> [T.ID] { items.map(\.id) }
        var canvas = try Canvas(id: "wijkteam", title: "Samen gezond in de wijk")
        let placed = try canvas.place(card: "act.interview-target-group", domain: "target-group", field: .activity)
        try canvas.addCard(CustomCard(id: "own.tuin", kind: .location, text: "Moestuin"))
        #expect(ids(canvas.placements) == [placed.id] && ids(canvas.customCards) == ["own.tuin"])
        #expect(ids([canvas]) == ["wijkteam"] && ids(canvas.chains).isEmpty)
    }
}
