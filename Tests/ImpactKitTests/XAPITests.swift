import Testing
@testable import ImpactKit

/// xAPI statements and the SHA-256 behind their ids and attachments. The LRS round trip is in Tests/xapi.
@Suite("xAPI statements")
struct XAPITests {
    @Test func sha256KnownAnswers() {
        // FIPS 180-4 examples and the empty string.
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // 55 and 56 bytes straddle the padding boundary.
        #expect(
            SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 56))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        // Whole blocks read in place and tails of one or two blocks (worked with Python's hashlib).
        let expected = [
            63: "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055",
            64: "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
            119: "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e",
            120: "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5",
            1000: "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371",
            100000: "d96bab6a55ee326ba206dd4a85a6e95e14360d7fabbf448f03e689c24382b7d0",
        ]
        for (count, digest) in expected {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
            #expect(SHA256.hex(bytes) == digest, "\(count) bytes")
            #expect(bytes.withUnsafeBytes { SHA256.hexDigits(SHA256.digest($0)) } == digest)
            #expect(SHA256.hex(bytes.lazy.map { $0 }) == digest)  // a sequence without contiguous storage
        }
        let id = SHA256.uuid("x")
        #expect(id.count == 36 && Array(id)[14] == "8")
        #expect(id == "2d711642-b726-8044-8162-7ca9fbac32f5")  // worked with Python hashlib
    }

    @Test func hmacKnownAnswers() {
        // RFC 4231 test cases 1, 2 and 6 (a key longer than the block is hashed first).
        func hex(_ key: [UInt8], _ data: String) -> String {
            SHA256.hexDigits(HMAC.sha256(key: key, message: data.utf8))
        }
        #expect(
            hex(Array(repeating: 0x0b, count: 20), "Hi There")
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(
            hex(Array("Jefe".utf8), "what do ya want for nothing?")
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(
            hex(Array(repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First")
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
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
        var settings = try XAPISettings(homepage: "https://lms.example.org")
        settings.pseudonymSalt = Array(Self.salt.utf8)
        let list = statements(try XAPI.statements(for: canvas, settings: settings, language: .nl))
        #expect(list.count == 1 + canvas.reflections.count)
        guard case .object(let verb)? = list[0]["verb"], case .object(let object)? = list[0]["object"] else {
            Issue.record("no verb or object")
            return
        }
        #expect(verb["id"] == .string(XAPI.mappedImpact))
        #expect(object["id"] == .string("https://lms.example.org/impactkit/canvas/" + canvas.id))
        #expect(list[0]["attachments"] == nil)
        #expect(
            Set(list.compactMap { if case .string(let id)? = $0["id"] { return id } else { return nil } }).count
                == list.count)
    }

    static let salt = "impactkit-test-salt-0001"

    /// The members of a group statement's actor.
    func members(_ statement: JSONObject) -> [JSONObject] {
        guard case .object(let actor)? = statement["actor"], case .array(let members)? = actor["member"] else {
            return []
        }
        return members.compactMap { if case .object(let object) = $0 { return object } else { return nil } }
    }

    func accountName(_ agent: JSONObject) -> String? {
        guard case .object(let account)? = agent["account"], case .string(let name)? = account["name"] else {
            return nil
        }
        return name
    }

    @Test func membersArePseudonymousByDefault() throws {
        let canvas = try canvas()
        // Without a salt, an account for everyone or real names by choice, nobody can be named: refused.
        let bare = try XAPISettings(homepage: "https://lms.example.org")
        let refusal = caught { try XAPI.statements(for: canvas, settings: bare, language: .nl) }
        #expect(refusal?.code == .invalidArgument && refusal?.path == "/pseudonym_salt")
        #expect(refusal?.message.contains("names\": \"real\"") == true)

        // Worked by hand with Python's hmac: HMAC-SHA-256(b"impactkit-test-salt-0001", "Sanne de Vries")[:32 hex].
        var settings = bare
        settings.pseudonymSalt = Array(Self.salt.utf8)
        settings.accounts = ["Daan Jansen": "d7654321"]
        let first = try #require(statements(try XAPI.statements(for: canvas, settings: settings, language: .nl)).first)
        let agents = members(first)
        #expect(agents.count == 7)
        #expect(accountName(agents[0]) == "ik-be15b622b34d5bb3f75636dcfee903dc")
        #expect(accountName(agents[1]) == "d7654321")
        #expect(accountName(agents[6]) == "ik-923796588276f9ec6f0d96db257969e3")
        #expect(agents.allSatisfy { $0["name"] == nil })
        let text = JSONWriter.string(try XAPI.statements(for: canvas, settings: settings, language: .nl))
        for member in canvas.team { #expect(!text.contains(member.name)) }
        #expect(!text.contains(Self.salt))

        // A different salt, different pseudonyms; real names only when asked for.
        settings.pseudonymSalt = Array("another-salt-of-16+bytes".utf8)
        let other = try #require(statements(try XAPI.statements(for: canvas, settings: settings, language: .nl)).first)
        #expect(accountName(members(other)[0]) != "ik-be15b622b34d5bb3f75636dcfee903dc")
        var real = bare
        real.names = .real
        let named = try #require(statements(try XAPI.statements(for: canvas, settings: real, language: .nl)).first)
        #expect(
            members(named)[0]["name"] == .string("Sanne de Vries") && accountName(members(named)[0]) == "Sanne de Vries"
        )
    }

    /// A platform knows its users by id: since team members have ids, `accounts` takes an id (looked up first) as
    /// well as a name; before, an id key matched nobody and the member silently went out as a pseudonym.
    @Test func accountsAreFoundByMemberIdFirstThenByName() throws {
        var canvas = try canvas()
        canvas.team[0].id = "s1"
        canvas.team[1].id = "s2"
        var settings = try XAPISettings(homepage: "https://lms.example.org")
        settings.pseudonymSalt = Array(Self.salt.utf8)
        // Daan by name, Sanne by id; a name key that is also an id elsewhere loses to the id.
        settings.accounts = ["s1": "svries", "Daan Jansen": "djansen", "Sanne de Vries": "by-name"]
        let agents = members(
            try #require(statements(try XAPI.statements(for: canvas, settings: settings, language: .nl)).first))
        #expect(accountName(agents[0]) == "svries" && accountName(agents[1]) == "djansen")
        #expect(accountName(agents[2])?.hasPrefix("ik-") == true)
        // Real names: the account by id, the name shown.
        settings.names = .real
        let named = members(
            try #require(statements(try XAPI.statements(for: canvas, settings: settings, language: .nl)).first))
        #expect(accountName(named[0]) == "svries" && named[0]["name"] == .string("Sanne de Vries"))
    }

    @Test func multipartBodyFollowsTheAttachmentRules() throws {
        let canvas = try canvas()
        var settings = try XAPISettings(homepage: "https://lms.example.org")
        settings.pseudonymSalt = Array(Self.salt.utf8)
        settings.attachment = true
        settings.actor = .members
        let multipart = try XAPI.multipart(for: canvas, settings: settings, language: .en)
        let boundary = String(try #require(multipart.contentType.split(separator: "=").last))
        #expect(multipart.contentType == "multipart/mixed; boundary=" + boundary && boundary.hasPrefix("impactkit-"))
        let parts = multipart.body.split(separator: "\r\n--" + boundary, omittingEmptySubsequences: false).map(
            String.init)
        // The statements, one poster for seven member statements (sent once), and the closing "--\r\n".
        #expect(parts.count == 3 && parts[2] == "--\r\n")
        #expect(parts[0].hasPrefix("--\(boundary)\r\nContent-Type: application/json\r\n\r\n["))
        let svg = canvas.svg(language: .en)
        #expect(
            parts[1] == "\r\nContent-Type: image/svg+xml\r\nContent-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: \(SHA256.hex(svg.utf8))\r\n\r\n" + svg)
        let json = String(parts[0].dropFirst("--\(boundary)\r\nContent-Type: application/json\r\n\r\n".count))
        #expect(try JSONParser.parse(json) == (try XAPI.statements(for: canvas, settings: settings, language: .en)))
        #expect(!svg.contains(boundary) && !json.contains(boundary))
        // The same export, the same body (a retry posts identical bytes).
        #expect(try XAPI.multipart(for: canvas, settings: settings, language: .en) == multipart)
    }

    @Test func version2PutsCoachAndPartnerInContextAgents() throws {
        let canvas = try canvas()
        var settings = try XAPISettings(homepage: "https://lms.example.org")
        settings.pseudonymSalt = Array(Self.salt.utf8)
        settings.version = .v2_0_0
        let first = try #require(statements(try XAPI.statements(for: canvas, settings: settings, language: .en)).first)
        #expect(first["version"] == .string("2.0.0"))
        #expect(members(first).count == 5)  // the students; coach Ellen Smit and client Wijkteam Bottendaal are context
        guard case .object(let context)? = first["context"], case .array(let agents)? = context["contextAgents"] else {
            Issue.record("no context agents")
            return
        }
        let types = agents.compactMap { agent -> JSONValue? in
            guard case .object(let object) = agent else { return nil }
            return object["relevantTypes"]
        }
        #expect(types == [.texts([XAPI.coachRole]), .texts([XAPI.workFieldPartnerRole])])
        #expect(context["team"] == nil)
        #expect(settings.role(of: TeamMember(name: "x", role: "Docent-coach")) == .coach)
        #expect(settings.role(of: TeamMember(name: "x", role: "student")) == .student)
    }

    @Test func settingsAreChecked() throws {
        func settings(_ text: String) -> ImpactKitError? {
            caught { try XAPISettings(jsonValue: try JSONParser.parse(text)) }
        }
        #expect(settings(#"{}"#)?.message.contains("\"homepage\"") == true)
        #expect(settings(#"{}"#)?.code == .invalidArgument && settings(#"{}"#)?.path == "/homepage")
        #expect(settings(#"{"homepage": "https://moodle:geheim@lms.example.org/x"}"#)?.code == .invalidArgument)
        #expect(settings(#"{"homepage": "https://admin@lms.example.org"}"#)?.path == "/homepage")
        #expect(settings(#"{"homepage": "https://lms.example.org/a@b"}"#) == nil)  // an @ in the path is no credential
        #expect(settings(#"{"homepage": "lms.example.org"}"#)?.code == .invalidArgument)
        #expect(settings(#"{"homepage": "https://a b"}"#)?.path == "/homepage")
        #expect(settings(#"{"homepage": "https://x.org", "actor": "all"}"#)?.path == "/actor")
        #expect(settings(#"{"homepage": "https://x.org", "accounts": {"Sanne": ""}}"#)?.path == "/accounts/Sanne")
        #expect(settings(#"{"homepage": "https://x.org", "atachment": true}"#)?.path == "/atachment")
        #expect(settings(#"{"homepage": "https://x.org", "names": "full"}"#)?.path == "/names")
        let short = settings(#"{"homepage": "https://x.org", "pseudonym_salt": "fifteen-bytes.."}"#)
        #expect(short?.path == "/pseudonym_salt" && short?.message.contains("got 15") == true)
        #expect(settings(#"{"homepage": "https://x.org", "pseudonym_salt": "sixteen-bytes..."}"#) == nil)
        let ok = try XAPISettings(
            jsonValue: try JSONParser.parse(#"{"homepage": "https://x.org/lms", "actor": "members"}"#))
        #expect(ok.activityBase == "https://x.org/lms/impactkit/" && ok.actor == .members)
    }
}

/// Answers say who gave them by member id since team members have ids (the reference page sends "m2"); the
/// statements and the report looked the author up by name only.
@Suite("Answers by member id")
struct AnswersByMemberIDTests {
    static func canvas() throws -> Canvas {
        var canvas = try Canvas(id: "team", title: "Team")
        try canvas.replaceTeam([TeamMember(id: "s1", name: "Noor"), TeamMember(id: "s2", name: "Daan")])
        try canvas.answer("lim.students.gain", "Wat bewoners zelf willen", by: "s1")
        return canvas
    }

    @Test func theStatementIsTheMembersNotTheGroups() throws {
        var settings = try XAPISettings(homepage: "https://lms.example.org")
        settings.actor = .members
        settings.accounts = ["s1": "noor.login", "s2": "daan.login"]
        let statements = try XAPI.statements(for: try Self.canvas(), settings: settings, language: .nl)
        guard case .array(let items) = statements else {
            Issue.record("not an array")
            return
        }
        let answered = items.filter { $0["verb"]?["id"] == .string(XAPI.answered) }
        #expect(answered.count == 1)
        // Before: the group (objectType "Group"), as no member is named "s1".
        #expect(answered.first?["actor"]?["objectType"] == .string("Agent"))
        #expect(answered.first?["actor"]?["account"]?["name"] == .string("noor.login"))
    }

    @Test func theReportNamesTheMember() throws {
        let text = try Self.canvas().report(ReportSettings(language: .nl)).text
        #expect(text.contains("» Wat bewoners zelf willen — Noor"), "\(text)")
        #expect(!text.contains("— s1"))
    }
}
