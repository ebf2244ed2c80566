import Testing
@testable import ImpactKit

@Suite("Canvas JSON document")
struct CodecTests {
    @Test(arguments: ["pzw-bottendaal-week5", "pzw-bottendaal-end"])
    func exampleFilesRoundTripByteForByte(name: String) throws {
        let text = try #require(readFile("\(repositoryRoot)/examples/data/\(name).json"))
        let canvas = try Canvas(json: text)
        #expect(canvas.json() == text)
        let report = try #require(readFile("\(repositoryRoot)/examples/data/\(name).report.json"))
        #expect(JSONWriter.string(canvas.evaluate().reportJSON(for: canvas, language: .en)) == report)
    }

    @Test func unknownFieldsAreKeptAtEveryLevel() throws {
        let text = """
            {"x-first": [1, {"deep": 0.1}], "schema": "impactkit/canvas/1", "id": "u", "title": "U",
             "template": "lim", "moment": {"label": "start", "x-room": "B1.04"},
             "team": [{"name": "Ayla", "x-orcid": "0000"}],
             "cards": [{"id": "own.a", "text": "A", "x-colour": "blue"}],
             "placements": [{"id": "p1", "card": "own.a", "domain": "partners", "field": "result", "x-photo": "img1.jpg"}],
             "reflections": [{"question": "lim.students.notice", "answer": "Veel", "x-mood": 3}],
             "x-last": null}
            """
        let canvas = try Canvas(json: text)
        let written = canvas.json()
        #expect(written.contains("\"x-room\": \"B1.04\""))
        #expect(written.contains("\"x-orcid\": \"0000\""))
        #expect(written.contains("\"x-colour\": \"blue\""))
        #expect(written.contains("\"x-photo\": \"img1.jpg\""))
        #expect(written.contains("\"x-mood\": 3"))
        #expect(written.contains("\"deep\": 0.1"))
        #expect(canvas.unknown.members.map(\.key) == ["x-first", "x-last"])
        #expect(try Canvas(json: written).json() == written, "stable")
    }

    func error(_ text: String) -> ImpactKitError? {
        caught { try Canvas(json: text) }
    }

    let minimal = "\"schema\": \"impactkit/canvas/1\", \"id\": \"m\", \"title\": \"M\", \"template\": \"lim\""

    @Test func errorsPointAtTheOffendingValue() throws {
        let unknownCard = error(
            "{\(minimal), \"placements\": [{\"id\": \"p1\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"activity\"}, {\"id\": \"p2\", \"card\": \"act.nope\", \"domain\": \"partners\", \"field\": \"activity\"}]}"
        )
        #expect(unknownCard?.code == .notFound)
        #expect(unknownCard?.path == "/placements/1/card")
        let wrongField = error(
            "{\(minimal), \"placements\": [{\"id\": \"p1\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"result\"}]}"
        )
        #expect(wrongField?.code == .invalidArgument)
        #expect(wrongField?.path == "/placements/0/field")
        let unknownField = error(
            "{\(minimal), \"placements\": [{\"id\": \"p1\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"why\"}]}"
        )
        #expect(unknownField?.code == .notFound)
        #expect(unknownField?.path == "/placements/0/field")
        let duplicateID = error(
            "{\(minimal), \"placements\": [{\"id\": \"p1\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"activity\"}, {\"id\": \"p1\", \"card\": \"act.survey\", \"domain\": \"partners\", \"field\": \"activity\"}]}"
        )
        #expect(duplicateID?.code == .exists)
        #expect(duplicateID?.path == "/placements/1/id")
        let wrongType = error("{\(minimal), \"team\": [{\"name\": 7}]}")
        #expect(wrongType?.code == .schema)
        #expect(wrongType?.path == "/team/0/name")
        #expect(wrongType?.message == "expected a string, found an integer")
        let badDate = error("{\(minimal), \"moment\": {\"label\": \"x\", \"date\": \"2026-02-30\"}}")
        #expect(badDate?.code == .range)
        #expect(badDate?.path == "/moment/date")
        let question = error("{\(minimal), \"reflections\": [{\"question\": \"q.nope\", \"answer\": \"a\"}]}")
        #expect(question?.code == .notFound)
        #expect(question?.path == "/reflections/0/question")
        let template = error(
            "{\"schema\": \"impactkit/canvas/1\", \"id\": \"m\", \"title\": \"M\", \"template\": \"other\"}")
        #expect(template?.code == .notFound)
        #expect(template?.path == "/template")
        let pointerEscape = error("{\(minimal), \"domains\": [\"a/b~c\"]}")
        #expect(pointerEscape?.path == "/domains/0")
    }

    @Test func wrongDocumentTypeAndSchema() throws {
        #expect(error("[1, 2]")?.message == "expected an object, found an array")
        #expect(error("\"canvas\"")?.code == .schema)
        let report = error("{\"schema\": \"impactkit/canvas-report/1\", \"id\": \"x\"}")
        #expect(report?.code == .schema)
        #expect(report?.path == "/schema")
        let future = error("{\"schema\": \"impactkit/canvas/2\", \"id\": \"x\"}")
        #expect(future?.message == "unsupported schema \"impactkit/canvas/2\"; this version reads impactkit/canvas/1")
        let other = error("{\"schema\": \"https://json-schema.org/draft/2020-12/schema\"}")
        #expect(other?.message.hasSuffix("is this a canvas document?") == true)
        #expect(error("{\"id\": \"x\"}")?.message == "missing required field \"schema\"")
    }

    @Test func nullMeansAbsentForOptionalFields() throws {
        let canvas = try Canvas(json: "{\(minimal), \"moment\": null, \"variant\": null}")
        #expect(canvas.moment == nil)
        #expect(canvas.variant == .standard)
    }

    /// Issue 37, item 2: a document read near the size limit is written in a form the same limits read again.
    @Test func aDocumentIsWrittenWithinTheLimitsItWasReadWith() throws {
        var canvas = try Canvas(id: "big", title: "Groot")
        for index in 0..<300 {
            try canvas.place(card: "act.workshop", domain: "partners", field: .activity, id: "p\(index)")
        }
        let compact = JSONWriter.string(canvas.jsonValue, pretty: false)
        let limits = Limits(maxDocumentBytes: compact.utf8.count + 10)
        let read = try Canvas(json: compact, limits: limits)
        #expect(read.json().utf8.count > limits.maxDocumentBytes, "indented it would not fit")
        let written = read.json(within: limits)
        #expect(written == compact)
        #expect(try Canvas(json: written, limits: limits).revision == read.revision)
        #expect(read.json(within: .default) == read.json())
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func stringsAreCopiedInRunsAndOnlyWhatJSONNeedsIsEscaped() {
        // Runs between escapes are copied whole; quotes, backslashes and control characters are escaped, the
        // rest (é, an emoji, "/") is written as UTF-8. Worked with Python's json.dumps(ensure_ascii=False).
        let text = "a\"b\\c\nd\te\r\u{1}f é 🚲 /\u{1F}"
        #expect(JSONWriter.string(.string(text), pretty: false) == "\"a\\\"b\\\\c\\nd\\te\\r\\u0001f é 🚲 /\\u001f\"")
        #expect(JSONWriter.string(.string(""), pretty: false) == "\"\"")
        #expect(JSONWriter.string(.string("\"\"\""), pretty: false) == "\"\\\"\\\"\\\"\"")
        #expect(JSONWriter.bytes(.array([.string("x")])) == Array("[\n  \"x\"\n]\n".utf8))
    }
}
