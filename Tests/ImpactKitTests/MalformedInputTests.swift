import Testing
@testable import ImpactKit

/// The malformed-input corpus: every broken variant of a real document gets a specific error, never a crash and
/// never a partly loaded canvas.
@Suite("Malformed input corpus")
struct MalformedInputTests {
    let example: String = readFile("\(repositoryRoot)/examples/data/pzw-bottendaal-week5.json") ?? ""

    func load(_ bytes: [UInt8], limits: Limits = .default) -> ImpactKitError? {
        caught { try bytes.withUnsafeBytes { try Canvas(json: $0, limits: limits) } }
    }

    @Test func everyTruncationIsASyntaxError() throws {
        let bytes = Array(example.utf8)
        #expect(bytes.count > 1000)
        #expect(load(bytes) == nil)
        // Every proper prefix that ends before the closing brace is incomplete JSON.
        let end = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
        for length in 0..<end {
            let error = load(Array(bytes[0..<length]))
            // A cut inside a multi-byte character (the next byte is a continuation byte) is invalid UTF-8.
            let splitsCharacter = length > 0 && (bytes[length] & 0xC0) == 0x80
            #expect(error?.code == (splitsCharacter ? .utf8 : .json), "prefix of \(length) bytes")
        }
    }

    @Test func invalidUTF8AnywhereInAString() throws {
        let bytes = Array(example.utf8)
        var checked = 0
        var inString = false
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") { inString.toggle(); continue }
            guard inString, index % 7 == 0 else { continue }
            for bad: [UInt8] in [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] {
                var broken = bytes
                broken.replaceSubrange(index..<index + 1, with: bad)
                #expect(load(broken)?.code == .utf8, "byte \(index)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func nulBytesAndEscapedNULs() {
        var bytes = Array(example.utf8)
        bytes[100] = 0
        #expect(load(bytes)?.code == .json)
        let escaped = example.replacing("Samen gezond", with: "Samen\\u0000gezond")
        #expect(load(Array(escaped.utf8))?.code == .json)
    }

    @Test func aNULByteAfterANumberOrLiteralIsRefused() {
        // jansson 2.14 loads `[123<NUL>]` as [123]: the NUL and anything it hid would vanish without an error.
        for value in ["123", "1.5", "true", "null", "\"text\""] {
            let text = example.replacing("\"title\": ", with: "\"x-embedded\": [\(value)\u{0}], \"title\": ")
            let error = load(Array(text.utf8))
            // Where jansson drops the NUL, and where it refuses what follows ("']' expected near end of file"),
            // ImpactKit names the NUL.
            #expect(error?.code == .json && error?.message == "invalid JSON: a NUL byte outside a string", "\(value)")
            #expect(error?.line == 4)
        }
    }

    /// A C host that counts the string's terminator (sizeof a literal, strlen + 1) sends a last byte NUL; jansson
    /// said "end of file expected near end of file", which never names the NUL.
    @Test func aTrailingNULIsNamedAsACountedTerminator() {
        let message =
            "invalid JSON: the document ends in a NUL byte (does its length count a C string's terminator?)"
        for text in [example, "123", "\"x\"", example + "\n"] {
            let error = load(Array(text.utf8) + [0])
            #expect(error?.code == .json && error?.message == message, "\(text.prefix(20))")
        }
        let lines = example.split(separator: "\n", omittingEmptySubsequences: false)
        let last = load(Array(example.utf8) + [0])
        #expect(last?.line == lines.count && last?.column == lines.last!.utf8.count + 1)
        // An earlier error is still the one reported, and a NUL before the end keeps its own message.
        #expect(load(Array("{\"a\": }".utf8) + [0])?.message.hasPrefix("invalid JSON: unexpected token") == true)
        #expect(load(Array("[1]".utf8) + [0, 32])?.message == "invalid JSON: a NUL byte outside a string")
    }

    @Test func duplicateKeysAtAnyDepth() {
        let top = example.replacing("\"title\": ", with: "\"title\": \"dup\", \"title\": ")
        #expect(load(Array(top.utf8))?.code == .json)
        let deep = example.replacing("\"role\": \"coach\"", with: "\"role\": \"coach\", \"role\": \"x\"")
        let error = load(Array(deep.utf8))
        #expect(error?.code == .json)
        #expect(error?.message.contains("duplicate object key") == true)
    }

    @Test func hugeNumbersAndStrings() {
        let number = example.replacing(
            "\"title\": ", with: "\"x-n\": 1\(String(repeating: "0", count: 400)), \"title\": ")
        #expect(load(Array(number.utf8))?.code == .range)
        let real = example.replacing("\"title\": ", with: "\"x-n\": 1e999, \"title\": ")
        #expect(load(Array(real.utf8))?.code == .range)
        let tiny = example.replacing("\"title\": ", with: "\"x-n\": 1e-999, \"title\": ")
        #expect(load(Array(tiny.utf8)) == nil, "underflow to zero is a valid number")
        let long = example.replacing("Samen gezond", with: String(repeating: "x", count: 70_000))
        let error = load(Array(long.utf8))
        #expect(error?.code == .limit)
        #expect(error?.path == "/title")
    }

    @Test func deepNestingInAnUnknownField() {
        let deep = example.replacing(
            "\"title\": ",
            with: "\"x-deep\": \(String(repeating: "[", count: 70))\(String(repeating: "]", count: 70)), \"title\": ")
        let error = load(Array(deep.utf8))
        #expect(error?.code == .limit)
        #expect(error?.message == "document is nested deeper than the limit of 64 levels")
        let allowed = example.replacing(
            "\"title\": ",
            with: "\"x-deep\": \(String(repeating: "[", count: 60))\(String(repeating: "]", count: 60)), \"title\": ")
        #expect(load(Array(allowed.utf8)) == nil)
    }

    /// Replaces every value in the document, one at a time, by each value of another JSON type: every one is
    /// refused with IK_ESCHEMA and the JSON pointer of exactly that value.
    @Test func wrongTypeAtEveryField() throws {
        let document = try JSONParser.parse(example)
        var paths: [[PathStep]] = []
        collect(document, [], into: &paths)
        #expect(paths.count > 60)
        let replacements: [JSONValue] = [
            .int(7), .bool(true), .array([]), .object(JSONObject()), .double(0.5), .string("x"),
        ]
        var checked = 0
        for path in paths {
            let original = try #require(value(at: path, in: document))
            for replacement in replacements where !sameType(original, replacement) {
                if case .string = replacement { continue }  // a string of the wrong content is tested elsewhere
                let broken = replacing(path, in: document, with: replacement)
                let error = caught { try Canvas(jsonValue: broken) }
                let pointer = path.map { step -> String in
                    switch step {
                    case .key(let key): return "/" + key
                    case .index(let index): return "/\(index)"
                    }
                }.joined()
                #expect(error?.code == .schema, "\(pointer) ← \(replacement.typeName)")
                #expect(error?.path == pointer, "\(pointer) ← \(replacement.typeName): \(String(describing: error))")
                // Read from text, the document goes from jansson's tree straight into the model: the same refusal.
                let fromText = caught { try Canvas(json: JSONWriter.string(broken)) }
                #expect(
                    fromText?.code == error?.code && fromText?.path == error?.path
                        && fromText?.message == error?.message,
                    "\(pointer) ← \(replacement.typeName): \(String(describing: fromText)) vs \(String(describing: error))"
                )
                checked += 1
            }
        }
        #expect(checked > 250)
    }

    @Test func validJSONOfTheWrongDocumentType() throws {
        let template = JSONWriter.string(LIMTemplate.template.json)
        let error = load(Array(template.utf8))
        #expect(error?.code == .schema)
        #expect(error?.message == "unsupported schema \"impactkit/template/1\"; this version reads impactkit/canvas/1")
        let report = try #require(readFile("\(repositoryRoot)/examples/data/pzw-bottendaal-week5.report.json"))
        #expect(load(Array(report.utf8))?.code == .schema)
        for other in ["null", "true", "42", "\"canvas\"", "[]", "{}"] {
            #expect(load(Array(other.utf8))?.code == .schema, "\(other)")
        }
    }

    // MARK: helpers

    enum PathStep: Equatable { case key(String), index(Int) }

    func collect(_ value: JSONValue, _ path: [PathStep], into paths: inout [[PathStep]]) {
        if !path.isEmpty { paths.append(path) }
        switch value {
        case .object(let object):
            for member in object.members { collect(member.value, path + [.key(member.key)], into: &paths) }
        case .array(let items):
            for (index, item) in items.enumerated() { collect(item, path + [.index(index)], into: &paths) }
        default:
            break
        }
    }

    func value(at path: [PathStep], in root: JSONValue) -> JSONValue? {
        var current = root
        for step in path {
            switch (step, current) {
            case (.key(let key), .object(let object)): guard let next = object[key] else { return nil }; current = next
            case (.index(let index), .array(let items)):
                guard index < items.count else { return nil }; current = items[index]
            default: return nil
            }
        }
        return current
    }

    func replacing(_ path: [PathStep], in root: JSONValue, with replacement: JSONValue) -> JSONValue {
        guard let first = path.first else { return replacement }
        let rest = Array(path.dropFirst())
        switch (first, root) {
        case (.key(let key), .object(var object)):
            object[key] = replacing(rest, in: object[key] ?? .null, with: replacement)
            return .object(object)
        case (.index(let index), .array(var items)):
            items[index] = replacing(rest, in: items[index], with: replacement)
            return .array(items)
        default:
            return root
        }
    }

    func sameType(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object, .object), (.array, .array), (.string, .string), (.bool, .bool), (.null, .null): return true
        case (.int, .int), (.double, .double), (.int, .double), (.double, .int): return true
        default: return false
        }
    }

    /// Issue 37, item 3: the element limit is per container, so a document of many full containers of small values
    /// passed every limit and then cost 1.2 GB to read. The prescan estimates the tree and refuses it first.
    @Test func aDocumentWhoseTreeWouldBeManyTimesItsSizeIsRefusedBeforeItIsBuilt() throws {
        let row = "[" + Array(repeating: "{}", count: 99_999).joined(separator: ",") + "]"
        let hostile =
            #"{"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim", "x": ["#
            + Array(repeating: row, count: 30).joined(separator: ",") + "]}"
        let refused = caught { try Canvas(json: hostile) }
        #expect(refused?.code == .limit)
        #expect(refused?.message.hasPrefix("reading this document would take about") == true)
        #expect(
            refused?.message.contains("more than 16 times its \(hostile.utf8.count) bytes (3000002 arrays and objects")
                == true)
        // The library's own documents are far from it: the example journey's tree is under 8 times its size.
        let journey = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json"))
        var found: JSONParser.RootArray?
        let bytes = Array(journey.utf8)
        let (_, tally) = try bytes.withUnsafeBufferPointer {
            try JSONParser.scan($0.baseAddress!, count: $0.count, limits: .default, rootArray: nil, found: &found)
        }
        #expect(tally.treeBytes < 8 * bytes.count)
        // Small documents have a floor of 4 MiB of tree: 5 000 empty objects (15 KB) are read, 50 000 are not.
        #expect(
            caught { try JSONParser.parse("[" + Array(repeating: "{}", count: 5_000).joined(separator: ",") + "]") }
                == nil)
        #expect(
            caught { try JSONParser.parse("[" + Array(repeating: "{}", count: 50_000).joined(separator: ",") + "]") }?
                .code == .limit)
    }
}
