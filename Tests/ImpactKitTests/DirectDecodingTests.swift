import Foundation
import Testing
@testable import ImpactKit

/// Documents read from text go from jansson's tree straight into the model (JanssonView); documents built in memory
/// through a JSONValue. Both must give the same model, keep the same unknown members and refuse alike.
@Suite("Decoding straight from jansson's tree")
struct DirectDecodingTests {
    /// Unknown members of every JSON type at every level a canvas keeps them, written back where they were.
    static let canvasWithUnknowns = """
        {
          "schema": "impactkit/canvas/1",
          "id": "u1",
          "title": "Onbekend \\u00e9n \\"bekend\\"",
          "template": "lim",
          "x-top": {"n": null, "t": true, "f": false, "i": -42, "d": 0.125, "e": 1e300, "s": "\\u2713 \\ud83d\\ude00", "a": [1, [2, {}]], "o": {"z": 1, "a": 2}},
          "moment": {"label": "Week 1", "date": "2026-09-07", "x-moment": [null]},
          "team": [{"name": "Ayla", "x-member": 1}],
          "cards": [{"id": "own.a", "kind": "result", "text": "Eigen", "x-card": "c"}],
          "placements": [
            {"id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity", "x-p": {"deep": [true]},
             "interaction": {"mode": "indirect", "carrier": "video", "x-i": 2}},
            {"id": "p2", "card": "own.a", "domain": "partners", "field": "result",
             "effect": {"intended": true, "spheres": ["practice"], "x-e": "e"}},
            {"id": "p3", "text": "Buurthuis", "domain": "partners", "field": "place", "note": "met bewoners"}
          ],
          "reflections": [{"question": "lim.students.notice", "answer": "Veel", "x-r": []}],
          "chains": [{"id": "c1", "activity": "p1", "places": ["p3"], "results": ["p2"], "x-c": {}}],
          "x-last": 1
        }
        """

    @Test func bothPathsGiveTheSameCanvasAndKeepEveryUnknownMember() throws {
        let fromText = try Canvas(json: Self.canvasWithUnknowns)
        let fromValue = try Canvas(jsonValue: try JSONParser.parse(Self.canvasWithUnknowns))
        #expect(fromText == fromValue)
        #expect(fromText.json() == fromValue.json())
        #expect(fromText.unknown.members.map(\.key) == ["x-top", "x-last"])
        let top = try #require(fromText.unknown["x-top"])
        #expect(
            top
                == .object(
                    JSONObject([
                        .init(key: "n", value: .null), .init(key: "t", value: .bool(true)),
                        .init(key: "f", value: .bool(false)),
                        .init(key: "i", value: .int(-42)), .init(key: "d", value: .double(0.125)),
                        .init(key: "e", value: .double(1e300)),
                        .init(key: "s", value: .string("✓ 😀")),
                        .init(key: "a", value: .array([.int(1), .array([.int(2), .object(JSONObject())])])),
                        .init(
                            key: "o",
                            value: .object(
                                JSONObject([.init(key: "z", value: .int(1)), .init(key: "a", value: .int(2))]))),
                    ])))
        #expect(fromText.title == "Onbekend én \"bekend\"")
        #expect(fromText.moment?.unknown["x-moment"] == .array([.null]))
        #expect(fromText.team.first?.unknown["x-member"] == .int(1))
        #expect(fromText.customCards.first?.unknown["x-card"] == .string("c"))
        #expect(fromText.placement("p1")?.unknown["x-p"] != nil)
        #expect(fromText.placement("p1")?.interaction?.unknown["x-i"] == .int(2))
        #expect(fromText.placement("p2")?.effect?.unknown["x-e"] == .string("e"))
        #expect(fromText.reflections.first?.unknown["x-r"] == .array([]))
        #expect(fromText.chains.first?.unknown["x-c"] == .object(JSONObject()))
        // Written back and read again: byte for byte the same.
        #expect(try Canvas(json: fromText.json()).json() == fromText.json())
    }

    @Test func everyExampleDocumentDecodesTheSameBothWays() throws {
        let folder = "\(repositoryRoot)/examples/data"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
            .sorted()
        var compared = 0
        for name in names {
            let text = try #require(readFile("\(folder)/\(name)"))
            let value = try JSONParser.parse(text)
            guard case .string(let schema)? = value.asMembers?.value("schema") else { continue }
            switch schema {
            case Canvas.schemaID:
                #expect(try Canvas(json: text) == Canvas(jsonValue: value), "\(name)")
            case Journey.schemaID:
                #expect(try Journey(json: text) == Journey(jsonValue: value), "\(name)")
            default:
                continue
            }
            compared += 1
        }
        #expect(compared == 3, "pzw-bottendaal week 5, end and the journey")
    }

    @Test func aJourneyRefusesAlikeBothWays() throws {
        var broken = try #require(readFile("\(repositoryRoot)/examples/data/pzw-bottendaal.journey.json"))
        broken = broken.replacingOccurrences(of: "\"field\": \"result\"", with: "\"field\": 3")
        let fromText = caught { try Journey(json: broken) }
        let fromValue = caught { try Journey(jsonValue: try JSONParser.parse(broken)) }
        #expect(fromText?.code == .schema)
        #expect(fromText?.path == fromValue?.path && fromText?.message == fromValue?.message)
        #expect(fromText?.path.hasPrefix("/moments/") == true)
    }

    /// A document's text is written straight from the model; its tree comes from the same writing code. Both must
    /// give what JSONWriter gives for the tree, byte for byte, in every shape: empty lists, inline templates,
    /// selected domains, unknown members, compact.
    @Test func textWrittenFromTheModelEqualsTheTreeWritten() throws {
        var shapes: [Canvas] = [try Canvas(json: Self.canvasWithUnknowns), try Canvas(id: "leeg", title: "Leeg")]
        var custom = LIMTemplate.template
        custom.id = "eigen-sjabloon"
        var inline = try Canvas(id: "inline", title: "Eigen sjabloon", template: custom)
        try inline.selectDomains(["knowledge", "partners"])
        try inline.place(text: "Tekst met \"aanhalingstekens\", \\ en een\ttab\n", domain: "knowledge", field: .result)
        shapes.append(inline)
        for canvas in shapes {
            #expect(canvas.jsonBytes() == JSONWriter.bytes(canvas.jsonValue), "\(canvas.id)")
            #expect(canvas.sinkText(pretty: false) == JSONWriter.bytes(canvas.jsonValue, pretty: false), "\(canvas.id)")
            #expect(try Canvas(json: canvas.json()) == canvas, "\(canvas.id)")
        }
        let journey = try JourneyFixtures.journey()
        #expect(journey.jsonBytes() == JSONWriter.bytes(journey.jsonValue))
        #expect(try Journey(json: journey.json()) == journey)
    }

    /// The canvas report is written straight into the caller's buffer and built as a tree from one writing
    /// code; both give what JSONWriter gives for the tree, in both languages, with and without moment, purpose,
    /// standouts, impact figures, chains and answers.
    @Test func theCanvasReportWrittenStraightEqualsItsTreeWritten() throws {
        var shapes: [Canvas] = [
            try Canvas(json: Self.canvasWithUnknowns), try Canvas(id: "leeg", title: "Leeg"), try Self.largeCanvas(),
        ]
        shapes.append(
            try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json"))))
        for canvas in shapes {
            for language in [Language.nl, .en] {
                let report = try canvas.report(ReportSettings(language: language))
                let tree = report.jsonValue
                #expect(tree == canvas.evaluate().reportJSON(for: canvas, language: language))
                #expect(report.jsonOutput().array() == JSONWriter.bytes(tree), "\(canvas.id) \(language)")
                let text = String(decoding: report.jsonOutput().array(), as: UTF8.self)
                #expect(try JSONParser.parse(text) == tree)
            }
        }
        // The seed example's report through the C-bound path equals the report file shipped beside it.
        let shipped = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.report.json"))
        let written = String(
            decoding: try shapes[3].report(ReportSettings(language: .en)).jsonOutput().array(), as: UTF8.self)
        #expect(written == shipped)
    }

    /// The output buffer grows by reallocating (what was written stays), hands over a NUL-terminated copy-free
    /// buffer, and an empty buffer is an empty text.
    @Test func theOutputBufferKeepsWhatWasWrittenAcrossGrowth() throws {
        var out = OutputBytes(capacity: 1)
        var expected: [UInt8] = []
        for number in 0..<5_000 {
            let text = "regel \(number) — één\n"
            out.append(text)
            expected.append(contentsOf: text.utf8)
            if number % 7 == 0 {
                out.append(repeating: UInt8(ascii: " "), count: number % 40)
                expected.append(contentsOf: repeatElement(UInt8(ascii: " "), count: number % 40))
            }
        }
        let (count, failed) = (out.count, out.failed)
        #expect(count == expected.count && !failed)
        let handedOver = out.handOver()
        let handed = try #require(handedOver)
        defer { free(handed) }
        #expect(Array(UnsafeBufferPointer(start: handed, count: expected.count)) == expected)
        #expect(handed[expected.count] == 0)
        #expect(OutputBytes().array() == [])
    }

    // MARK: Large canvases read piecewise

    /// A canvas of 1 200 placements (over 64 KiB) with notes, effects, interactions, a chain and unknown members.
    static func largeCanvas() throws -> Canvas {
        var canvas = try Canvas(id: "groot", title: "Groot canvas")
        try canvas.addCard(CustomCard(id: "own.x", kind: .blank, text: "Eigen kaart"))
        for number in 1...1_200 {
            let field: Field = [.activity, .place, .result][number % 3]
            let placement = try canvas.place(
                text: "Kaart \(number) — \"tekst\"", domain: ["partners", "knowledge", "complexity"][number % 3],
                field: field, note: number % 2 == 0 ? "notitie \(number)" : nil, id: "p\(number)")
            if field == .result {
                try canvas.setEffect(Effect(intended: number % 4 == 0, spheres: [.practice]), of: placement.id)
            }
            if field == .activity { try canvas.setInteraction(Interaction(mode: .direct), of: placement.id) }
        }
        try canvas.place(card: "own.x", domain: "partners", field: .place, id: "own-1")
        try canvas.addChain(activity: "p3", places: ["p1"], results: ["p2"], id: "c1")
        canvas.unknown = JSONObject([
            .init(key: "x-lms", value: .object(JSONObject([.init(key: "course", value: .int(12))])))
        ])
        return canvas
    }

    static func wholeRead(_ text: String) throws -> Canvas {
        var text = text
        return try text.withUTF8 { bytes in
            try JSONParser.withTree(UnsafeRawBufferPointer(bytes), limits: .default) {
                try Canvas(node: JanssonView(json: $0))
            }
        }
    }

    static func piecewise(_ text: String) -> Canvas? {
        var text = text
        return text.withUTF8 { Canvas.piecewise(UnsafeRawBufferPointer($0), limits: .default) }
    }

    @Test func aLargeCanvasReadPiecewiseEqualsTheWholeRead() throws {
        let text = try Self.largeCanvas().json()
        #expect(text.utf8.count > Canvas.piecewiseFrom)
        let piecewise = try #require(Self.piecewise(text))
        #expect(piecewise == (try Self.wholeRead(text)))
        #expect(piecewise.json() == text)
        #expect(piecewise.placementCount == 1_201)
        // Compact text too (no whitespace around the commas), and an empty list of placements.
        let compact = String(decoding: try Self.largeCanvas().sinkText(pretty: false), as: UTF8.self)
        #expect(try #require(Self.piecewise(compact)) == (try Self.wholeRead(compact)))
        var empty = try Self.largeCanvas()
        for placement in empty.placements { _ = try? empty.unplace(placement.id) }
        empty.unknown = JSONObject([
            .init(
                key: "x-pad", value: .array(Array(repeating: .string(String(repeating: "x", count: 40_000)), count: 2)))
        ])
        try empty.removeChain("c1")
        for placement in empty.placements { try empty.unplace(placement.id) }
        let emptyText = empty.json()
        #expect(try #require(Self.piecewise(emptyText)).placements.isEmpty)
    }

    /// Whatever is wrong in a large canvas, it is refused exactly as the whole read refuses it: the piecewise read
    /// steps aside (nil) and the whole read gives the error.
    @Test func aBrokenLargeCanvasIsRefusedAsTheWholeReadRefusesIt() throws {
        let text = try Self.largeCanvas().json()
        let placementsStart = try #require(text.range(of: "\"placements\": ["))
        let firstPlacement = try #require(text.range(of: "{", range: placementsStart.upperBound..<text.endIndex))
        let breakages: [(String, (String) -> String)] = [
            ("syntax inside a placement", { $0.replacingOccurrences(of: "\"id\": \"p7\",", with: "\"id\": \"p7\" ") }),
            ("wrong type in a placement", { $0.replacingOccurrences(of: "\"id\": \"p9\"", with: "\"id\": 9") }),
            (
                "duplicate key in a placement",
                { $0.replacingOccurrences(of: "\"id\": \"p11\",", with: "\"id\": \"p11\", \"id\": \"p11\",") }
            ),
            ("unknown card", { $0.replacingOccurrences(of: "\"card\": \"own.x\"", with: "\"card\": \"own.y\"") }),
            (
                "chain to a missing placement",
                { $0.replacingOccurrences(of: "\"activity\": \"p3\"", with: "\"activity\": \"p99999\"") }
            ),
            ("trailing comma", { $0.replacingOccurrences(of: "\n  ],\n  \"chains\"", with: ",\n  ],\n  \"chains\"") }),
            (
                "two commas",
                {
                    $0.replacingOccurrences(
                        of: "},\n    {\n      \"id\": \"p20\"", with: "},,\n    {\n      \"id\": \"p20\"")
                }
            ),
            (
                "missing comma",
                {
                    $0.replacingOccurrences(
                        of: "},\n    {\n      \"id\": \"p21\"", with: "}\n    {\n      \"id\": \"p21\"")
                }
            ),
            (
                "placements twice",
                { $0.replacingOccurrences(of: "\"chains\": [", with: "\"placements\": [],\n  \"chains\": [") }
            ),
            ("a NUL byte", { $0.replacingOccurrences(of: "\n  \"chains\"", with: "\n\u{0}  \"chains\"") }),
            ("not an array", { text in text.replacingCharacters(in: firstPlacement, with: "7, {") }),
        ]
        for (name, breakage) in breakages {
            let broken = breakage(text)
            #expect(broken != text, "\(name): the breakage changed nothing")
            #expect(Self.piecewise(broken) == nil, "\(name)")
            let whole = caught { try Self.wholeRead(broken) }
            let read = caught { try Canvas(json: broken) }
            #expect(whole != nil, "\(name): the whole read accepted it")
            #expect(
                read?.code == whole?.code && read?.message == whole?.message && read?.path == whole?.path
                    && read?.line == whole?.line && read?.column == whole?.column,
                "\(name): \(String(describing: read)) vs \(String(describing: whole))")
        }
    }
}
