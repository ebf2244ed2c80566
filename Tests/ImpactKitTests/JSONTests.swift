import Testing
@testable import ImpactKit

@Suite("JSON through jansson")
struct JSONTests {
    func failure(_ text: String, limits: Limits = .default) -> ImpactKitError? {
        do {
            _ = try JSONParser.parse(text, limits: limits)
            return nil
        } catch let error as ImpactKitError {
            return error
        } catch {
            return nil
        }
    }

    @Test func syntaxErrorsCarryLineAndColumn() throws {
        let error = try #require(failure("{\n  \"a\": 1,\n  \"b\": ]\n}"))
        #expect(error.code == .json)
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(error.message.hasPrefix("invalid JSON: "))
    }

    @Test func nulEscapeIsSaidAsARuleNotAsJanssonsFlag() throws {
        // Issue 37 item 10: the message named jansson's JSON_ALLOW_NUL.
        let error = try #require(failure(#"{"a": "x\u0000y"}"#))
        #expect(error.code == .json)
        #expect(error.message.hasPrefix(#"invalid JSON: \u0000 (a NUL character) is not allowed in a string"#))
        #expect(!error.message.contains("JSON_ALLOW_NUL"))
        #expect(
            error.localizedMessage(.nl).hasPrefix(
                #"ongeldige JSON: \u0000 (een NUL-teken) is niet toegestaan in een tekst"#))
    }

    @Test func truncatedDocument() throws {
        let error = try #require(failure("{\"schema\": \"impactkit/canvas/1\", \"id\": "))
        #expect(error.code == .json)
        #expect(error.line == 1)
    }

    @Test func duplicateKeysAreRejected() throws {
        let error = try #require(failure("{\"a\": 1, \"a\": 2}"))
        #expect(error.code == .json)
        #expect(error.message.contains("duplicate"))
    }

    @Test func invalidUTF8IsItsOwnCode() throws {
        let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        #expect(throws: ImpactKitError.self) { try bytes.withUnsafeBytes { try JSONParser.parse($0) } }
        do {
            _ = try bytes.withUnsafeBytes { try JSONParser.parse($0) }
        } catch let error as ImpactKitError {
            #expect(error.code == .utf8)
        }
    }

    @Test func escapedNULIsRejected() throws {
        let error = try #require(failure("{\"a\": \"x\\u0000y\"}"))
        #expect(error.code == .json)
    }

    @Test func integersBeyond64BitsAreOutOfRange() throws {
        #expect(failure("{\"n\": 99999999999999999999}")?.code == .range)
        #expect(failure("{\"n\": 1e400}")?.code == .range)
        #expect(
            try JSONParser.parse("{\"n\": 9223372036854775807}")
                == .object(JSONObject([.init(key: "n", value: .int(.max))])))
    }

    @Test func depthLimitAtAndPastTheLimit() throws {
        let limits = Limits(maxDepth: 4)
        #expect(failure("[[[[1]]]]", limits: limits) == nil)
        let error = try #require(failure("[[[[[1]]]]]", limits: limits))
        #expect(error.code == .limit)
        #expect(error.column == 5)
        // Brackets inside strings do not count.
        #expect(failure("[\"[[[[[[[[\"]", limits: limits) == nil)
        // Deep nesting far past jansson's own limit is refused before parsing, not by overflowing the stack.
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure(deep)?.code == .limit)
    }

    @Test func sizeStringAndElementLimits() throws {
        #expect(failure("[1,2,3]", limits: Limits(maxDocumentBytes: 7)) == nil)
        #expect(failure("[1,2,3] ", limits: Limits(maxDocumentBytes: 7))?.code == .limit)
        #expect(failure("[\"abcd\"]", limits: Limits(maxStringBytes: 4)) == nil)
        #expect(failure("[\"abcde\"]", limits: Limits(maxStringBytes: 4))?.code == .limit)
        #expect(failure("{\"abcde\": 1}", limits: Limits(maxStringBytes: 4))?.code == .limit)
        #expect(failure("[1,2,3]", limits: Limits(maxElements: 3)) == nil)
        let error = try #require(failure("{\"x\": [1,2,3,4]}", limits: Limits(maxElements: 3)))
        #expect(error.code == .limit)
        #expect(error.path == "/x")
    }

    @Test func limitsAreCheckedBeforeAnyTreeIsBuilt() throws {
        // Element counts and string lengths are known from the bytes alone, with the pointer of what is over.
        let error = try #require(failure("{\"a\": [1, {\"b\": \"xxxxx\"}]}", limits: Limits(maxStringBytes: 4)))
        #expect(error.path == "/a/1/b" && error.line == 1 && error.column == 17)
        // Escapes count as what they decode to: \u00e9 is two bytes, a surrogate pair four, \n one.
        #expect(failure("[\"\\u00e9\\u00e9\"]", limits: Limits(maxStringBytes: 4)) == nil)
        #expect(failure("[\"\\ud83d\\ude00\"]", limits: Limits(maxStringBytes: 4)) == nil)
        #expect(failure("[\"\\ud83d\\ude00x\"]", limits: Limits(maxStringBytes: 4))?.code == .limit)
        #expect(failure("[\"\\n\\n\\n\\n\"]", limits: Limits(maxStringBytes: 4)) == nil)
        let many = "{\"x\": [" + Array(repeating: "{}", count: 4).joined(separator: ",") + "]}"
        #expect(failure(many, limits: Limits(maxElements: 3))?.path == "/x")
        #expect(failure("[[], [1, 2, 3]]", limits: Limits(maxElements: 3)) == nil)  // counted per container
        #expect(caught { try Limits(maxElements: -1).validated() }?.message == "max_elements must be positive, got -1")
    }

    @Test func limitsThemselvesAreChecked() {
        #expect(throws: ImpactKitError.self) { try Limits(maxDepth: 1).validated() }
        #expect(throws: ImpactKitError.self) { try Limits(maxDepth: 129).validated() }
        #expect((try? Limits(maxDepth: Limits.depthCeiling).validated()) != nil)
        #expect(throws: ImpactKitError.self) { try Limits(maxElements: 0).validated() }
    }

    /// A Swift caller's limits are checked as a C host's are: before, a depth of 100 000 let a 2 000-deep document
    /// through to recursion that overflowed a 512 KiB thread's stack (a crash), and -1 bytes made a message about
    /// "the limit of -1 bytes".
    @Test func swiftEntryPointsCheckTheLimitsThemselves() throws {
        let deep = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        let tooDeep = caught { try JSONValue(jsonText: deep, limits: Limits(maxDepth: 100_000)) }
        #expect(tooDeep?.code == .range && tooDeep?.message == "max_depth must be between 2 and 128, got 100000")
        let canvas = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-week5.json"))
        let negative = caught { try Canvas(json: canvas, limits: Limits(maxDocumentBytes: -1)) }
        #expect(negative?.code == .range && negative?.message == "max_document_bytes must be positive, got -1")
        #expect(caught { try Journey(json: "{}", limits: Limits(maxStringBytes: 0)) }?.code == .range)
        #expect(caught { try LINPlan(json: "{}", limits: Limits(maxElements: 0)) }?.code == .range)
        // The checks themselves cost nothing a good caller notices: the same document reads under valid limits.
        #expect(try Canvas(json: canvas, limits: Limits(maxDepth: Limits.depthCeiling)).title.isEmpty == false)
    }

    @Test func writerEscapesAndKeepsOrder() {
        var object = JSONObject()
        object.append("z", .string("a\"b\\c\nd\u{1}é"))
        object.append("a", .array([.int(-3), .double(0.1), .double(2.5e-7), .bool(true), .null]))
        object.append("m", .object(JSONObject()))
        #expect(
            JSONWriter.string(.object(object), pretty: false)
                == "{\"z\":\"a\\\"b\\\\c\\nd\\u0001é\",\"a\":[-3,0.1,2.5e-07,true,null],\"m\":{}}")
    }

    @Test func numbersRoundTripAsTyped() throws {
        let text = "{\"a\": 0.1, \"b\": 1.0, \"c\": 12, \"d\": -0.5, \"e\": 1e300}"
        let once = JSONWriter.string(try JSONParser.parse(text), pretty: false)
        #expect(once == "{\"a\":0.1,\"b\":1.0,\"c\":12,\"d\":-0.5,\"e\":1e+300}")
        #expect(JSONWriter.string(try JSONParser.parse(once), pretty: false) == once)
    }

    @Test func janssonTreesConvertBothWays() throws {
        let value = try JSONParser.parse("{\"k\": [1, 2.5, \"s\", null, true, {\"x\": \"ü\"}], \"e\": \"\"}")
        let tree = try #require(JanssonBridge.jansson(from: value))
        defer { json_decref_shim(tree) }
        #expect(try JanssonBridge.value(from: tree, limits: .default) == value)
    }
}
