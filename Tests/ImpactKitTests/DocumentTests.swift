import Testing
@testable import ImpactKit

/// The one document protocol and the registry: every type opens by its schema, shares one verb set, and says
/// IK_ENOTSUP where it lacks a verb.
@Suite("Documents: one protocol, one registry")
struct DocumentTests {
    static let examples: [(file: String, kind: String)] = [
        ("pzw-bottendaal-week5.json", "canvas"), ("pzw-bottendaal.journey.json", "journey"),
        ("pwmi-changelog.json", "changelog"), ("instruments/lin-kirkpatrick.json", "kirkpatrick"),
        ("instruments/lin-actiescan.json", "actiescan"), ("instruments/lin-fasemodel.json", "fasemodel"),
        ("instruments/lin-plan.json", "lin"), ("instruments/proeftuin-praktijkleren.json", "factsheet"),
        ("instruments/value-in-the-valley.json", "iwp"),
    ]

    func open(_ file: String) throws -> any ImpactDocument {
        var text = try #require(readFile(repositoryRoot + "/examples/data/" + file))
        return try text.withUTF8 { try DocumentRegistry.open(UnsafeRawBufferPointer($0)) }
    }

    @Test(arguments: examples)
    func everyTypeOpensByItsSchemaAndReports(example: (file: String, kind: String)) throws {
        let document = try open(example.file)
        #expect(type(of: document).kindName == example.kind)
        #expect(try DocumentRegistry.type(named: example.kind).schemaID == type(of: document).schemaID)
        let again = try DocumentRegistry.open(document.jsonValue)
        #expect(JSONWriter.string(again.jsonValue) == JSONWriter.string(document.jsonValue))
        let report = try document.report(ReportSettings(language: .nl, asOf: "2026-11-23"))
        guard case .object(let object) = report.jsonValue, case .string(let schema)? = object["schema"] else {
            Issue.record("no report schema")
            return
        }
        #expect(schema.hasSuffix("-report/1"))
        #expect(object["lang"] == .string("nl"))
        #expect(!report.text.isEmpty)
    }

    @Test func verbsATypeLacksAreNotSupported() throws {
        let plan = try open("instruments/lin-plan.json")
        #expect(caught { try plan.svg(ReportSettings()) }?.code == .notSupported)
        #expect(caught { try plan.csv(ReportSettings()) }?.code == .notSupported)
        #expect(caught { try plan.xapiStatements(ReportSettings()) }?.code == .notSupported)
        #expect(caught { try Canvas.template(language: .en) }?.code == .notSupported)
        #expect(ErrorCode.notSupported.symbol == "IK_ENOTSUP" && ErrorCode.notSupported.rawValue == -11)
        let canvas = try open("pzw-bottendaal-week5.json")
        #expect(caught { try canvas.xapiStatements(ReportSettings()) }?.code == .invalidArgument)  // settings needed
        #expect(try canvas.svg(ReportSettings()).hasPrefix("<svg"))
        // The journey's table is every moment's placements: 12 + 21 rows and the header.
        let journey = try open("pzw-bottendaal.journey.json")
        #expect(try journey.csv(ReportSettings()).split(separator: "\r\n").count == 34)  // RFC 4180 line ends
    }

    @Test func settingsReachTheReport() throws {
        let log = try open("pwmi-changelog.json")
        let report = try log.report(ReportSettings(dimensions: [.being, .acting])).jsonValue
        #expect(report["selection"]?["changes"] == .int(3))  // c1 being, c3 and c7 acting
        let plan = try open("instruments/lin-kirkpatrick.json")
        let dated = try plan.report(ReportSettings(asOf: "2026-11-23")).jsonValue
        #expect(dated["overdue"]?[0]?["days_overdue"] == .int(21))
        #expect(caught { try plan.report(ReportSettings(asOf: "2026-02-30")) }?.path == "/as_of")
    }

    @Test func registryRefusesWhatItDoesNotKnow() {
        #expect(caught { try DocumentRegistry.open(.object(JSONObject())) }?.code == .schema)
        let unknown = caught { try DocumentRegistry.type(named: "sroi") }
        #expect(
            unknown?.code == .notFound && unknown?.message.contains("canvas, journey, changelog, kirkpatrick") == true)
        #expect(DocumentRegistry.schemaIDs.count == 9)
    }
}
