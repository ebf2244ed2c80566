import Foundation
import Testing
@testable import ImpactKit

/// Documents are `Codable` as the JSON they are: through Foundation's encoder and decoder they come back equal,
/// unknown members included, and a decoder cannot slip past the checks `init(jsonValue:)` makes.
@Suite("Documents are Codable")
struct CodableTests {
    static let examples = [
        "pzw-bottendaal-end.json", "pzw-bottendaal.journey.json", "pwmi-changelog.json",
        "instruments/lin-kirkpatrick.json", "instruments/lin-actiescan.json", "instruments/lin-fasemodel.json",
        "instruments/lin-plan.json", "instruments/proeftuin-praktijkleren.json", "instruments/value-in-the-valley.json",
    ]

    struct Portfolio: Codable {
        var owner: String
        var canvas: Canvas
        var journey: Journey
    }

    @Test(arguments: examples)
    func everyKindComesBackEqual(name: String) throws {
        let text = try #require(readFile(repositoryRoot + "/examples/data/" + name))
        let document = try DocumentRegistry.open(try JSONValue(jsonText: text))
        #expect(try Self.roundTrip(document) == document.json())
    }

    /// Encodes with Foundation and decodes as the same type.
    static func roundTrip<Document: ImpactDocument>(_ document: Document) throws -> String {
        try JSONDecoder().decode(Document.self, from: JSONEncoder().encode(document)).json()
    }

    @Test func aCanvasInsideTheAppsOwnModel() throws {
        var canvas = try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
        guard case .object(var tree) = canvas.jsonValue else { throw ImpactKitError(.schema, "not an object") }
        tree["x-platform"] = .object(JSONObject([.init(key: "course", value: .int(42))]))
        canvas = try Canvas(jsonValue: .object(tree))
        let journey = try Journey(
            json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json")))
        let portfolio = Portfolio(owner: "s1", canvas: canvas, journey: journey)
        let again = try JSONDecoder().decode(Portfolio.self, from: JSONEncoder().encode(portfolio))
        #expect(again.canvas.json() == canvas.json())
        #expect(again.canvas.jsonValue["x-platform"]?["course"] == .int(42))
        #expect(again.journey.json() == journey.json())
    }

    @Test func aDecoderGetsTheSameRefusals() throws {
        let wrongField = Data(
            #"{"schema": "impactkit/canvas/1", "id": "c", "title": "T", "template": "lim", "variant": "standard", "placements": [{"id": "p1", "card": "res.prototype", "domain": "target-group", "field": "place"}]}"#
                .utf8)
        let refusal = caught { _ = try JSONDecoder().decode(Canvas.self, from: wrongField) }
        #expect(refusal?.code == .invalidArgument)
        #expect(refusal?.path == "/placements/0/field")
        let notOurs = Data(#"{"schema": "impactkit/canvas/9"}"#.utf8)
        #expect(caught { _ = try JSONDecoder().decode(Canvas.self, from: notOurs) }?.code == .schema)
    }

    @Test func valuesKeepTheirType() throws {
        let value = JSONValue.array([.null, .bool(true), .int(-3), .double(2.5), .string("é"), .object(JSONObject())])
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) == value)
    }
}
