import Testing
@testable import ImpactKit

/// xAPI statements and the SHA-256 behind their ids and attachments. The LRS round trip is in tests/xapi.
@Suite("xAPI statements")
struct XAPITests {
    @Test func sha256KnownAnswers() {
        // FIPS 180-4 examples and the empty string.
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // 55 and 56 bytes straddle the padding boundary.
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        let id = SHA256.uuid("x")
        #expect(id.count == 36 && Array(id)[14] == "8")
    }

    func canvas() throws -> Canvas {
        try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
    }

    func statements(_ value: JSONValue) -> [JSONObject] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap { if case .object(let object) = $0 { return object } else { return nil } }
    }

    @Test func groupStatementsAndAnswers() throws {
        let canvas = try canvas()
        let settings = try XAPISettings(homepage: "https://lms.example.org")
        let list = statements(XAPI.statements(for: canvas, settings: settings, language: .nl))
        #expect(list.count == 1 + canvas.reflections.count)
        guard case .object(let verb)? = list[0]["verb"], case .object(let object)? = list[0]["object"] else {
            Issue.record("no verb or object")
            return
        }
        #expect(verb["id"] == .string(XAPI.mappedImpact))
        #expect(object["id"] == .string("https://lms.example.org/impactkit/canvas/" + canvas.id))
        #expect(list[0]["attachments"] == nil)
        #expect(Set(list.compactMap { if case .string(let id)? = $0["id"] { return id } else { return nil } }).count == list.count)
    }

    @Test func settingsAreChecked() throws {
        func settings(_ text: String) -> ImpactKitError? {
            caught { try XAPISettings(jsonValue: try JSONParser.parse(text)) }
        }
        #expect(settings(#"{}"#)?.message.contains("\"homepage\"") == true)
        #expect(settings(#"{}"#)?.code == .invalidArgument && settings(#"{}"#)?.path == "/homepage")
        #expect(settings(#"{"homepage": "https://moodle:geheim@lms.example.org/x"}"#)?.code == .invalidArgument)
        #expect(settings(#"{"homepage": "https://admin@lms.example.org"}"#)?.path == "/homepage")
        #expect(settings(#"{"homepage": "https://lms.example.org/a@b"}"#) == nil)   // an @ in the path is no credential
        #expect(settings(#"{"homepage": "lms.example.org"}"#)?.code == .invalidArgument)
        #expect(settings(#"{"homepage": "https://a b"}"#)?.path == "/homepage")
        #expect(settings(#"{"homepage": "https://x.org", "actor": "all"}"#)?.path == "/actor")
        #expect(settings(#"{"homepage": "https://x.org", "accounts": {"Sanne": ""}}"#)?.path == "/accounts/Sanne")
        #expect(settings(#"{"homepage": "https://x.org", "atachment": true}"#)?.path == "/atachment")
        let ok = try XAPISettings(jsonValue: try JSONParser.parse(#"{"homepage": "https://x.org/lms", "actor": "members"}"#))
        #expect(ok.activityBase == "https://x.org/lms/impactkit/" && ok.actor == .members)
    }
}
