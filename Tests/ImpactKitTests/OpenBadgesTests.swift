import Testing
@testable import ImpactKit

/// Open Badges 3.0 credentials from a journey's evidence (the schema validation is in the Python tests, with
/// jsonschema and 1EdTech's own schema).
@Suite("Open Badges 3.0")
struct OpenBadgesTests {
    static let settingsText = #"""
        {"issuer": {"id": "https://hogeschool.example.nl/issuers/pzw", "name": "Hogeschool Voorbeeld"},
         "recipient": {"identity": "a@example.com", "type": "emailAddress", "salt": "Kosher"}}
        """#

    func settings(_ text: String = settingsText) throws -> OpenBadgesSettings {
        try OpenBadgesSettings(jsonValue: try JSONParser.parse(text))
    }

    func credentials(_ settings: OpenBadgesSettings, _ language: Language = .nl) throws -> [JSONObject] {
        guard
            case .array(let items) = try OpenBadges.credentials(
                for: try JourneyFixtures.journey(), settings: settings, language: language)
        else { return [] }
        return items.compactMap { if case .object(let object) = $0 { return object } else { return nil } }
    }

    @Test func base64KnownAnswers() {
        // RFC 4648 §10.
        let vectors = [
            "": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
            "foobar": "Zm9vYmFy",
        ]
        for (plain, encoded) in vectors { #expect(Base64.encode(Array(plain.utf8)) == encoded) }
    }

    @Test func oneCredentialPerOutcomeWithEvidence() throws {
        let list = try credentials(try settings())
        // lu3 (2 pieces) and lu5 (2 pieces) have evidence; lu7 has none and gets no credential.
        #expect(
            list.map { $0["name"] } == [.string("Impact verantwoorden"), .string("Interprofessioneel samenwerken")])
        let first = try #require(list.first)
        #expect(first["type"] == .texts(["VerifiableCredential", "OpenBadgeCredential"]))
        // The latest moment holding evidence: week 5, 2026-10-05 (lu5 also has the start canvas, 2026-09-07).
        #expect(first["validFrom"] == .string("2026-10-05T00:00:00Z"))
        #expect(list[1]["validFrom"] == .string("2026-10-05T00:00:00Z"))
        guard case .object(let subject)? = first["credentialSubject"],
            case .array(let identifiers)? = subject["identifier"],
            case .object(let identity)? = identifiers.first, case .object(let achievement)? = subject["achievement"]
        else {
            Issue.record("no subject")
            return
        }
        // OB 3.0's own example: "a@example.com" salted with "Kosher".
        #expect(
            identity["identityHash"]
                == .string("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"))
        #expect(identity["hashed"] == .bool(true) && identity["salt"] == .string("Kosher"))
        #expect(!JSONWriter.string(.object(first)).contains("a@example.com"))
        #expect(achievement["id"] == .string("https://hogeschool.example.nl/issuers/pzw/achievements/lu3"))
        #expect(achievement["tag"] == .texts(["impact"]))
    }

    @Test func evidenceNamesItsCanvasAndMoment() throws {
        let list = try credentials(try settings(), .en)
        // In moment order: the whole start canvas, then the peer consultation at week 5.
        guard case .array(let evidence)? = list[1]["evidence"], case .object(let canvas)? = evidence.first,
            case .object(let peer)? = evidence.last
        else {
            Issue.record("no evidence")
            return
        }
        #expect(peer["name"] == .string("Peer consultation"))
        #expect(peer["narrative"] == .string("Intervisie met fysio"))
        #expect(peer["description"] == .string("week 5: Interprofessional learning — What do you do?"))
        #expect(peer["impactkit:canvas"] == .string("g1-week5") && peer["impactkit:placement"] == .string("peer"))
        #expect(canvas["genre"] == .string("LIM canvas") && canvas["impactkit:moment"] == .string("start"))
        #expect(canvas["name"] == .string("Groep 1") && canvas["description"] == .string("start: the whole canvas"))
        #expect(canvas["id"] == nil)  // no poster asked for
    }

    @Test func postersAsURLOrDataURI() throws {
        var withURL = try settings()
        withURL.poster = .url(template: "https://portfolio.example.org/poster?moment={moment}")
        guard case .array(let evidence)? = try credentials(withURL)[0]["evidence"],
            case .object(let piece)? = evidence.first
        else {
            Issue.record("no evidence")
            return
        }
        #expect(piece["id"] == .string("https://portfolio.example.org/poster?moment=week%205"))
        var embedded = try settings()
        embedded.poster = .dataURI
        guard case .array(let items)? = try credentials(embedded)[0]["evidence"],
            case .object(let first)? = items.first,
            case .string(let uri)? = first["id"]
        else {
            Issue.record("no evidence")
            return
        }
        let svg = try JourneyFixtures.week5().svg(language: .nl)
        #expect(uri == "data:image/svg+xml;base64," + Base64.encode(Array(svg.utf8)))
    }

    @Test func sameInputSameCredentialsAnotherRecipientAnotherId() throws {
        #expect(try credentials(try settings()) == (try credentials(try settings())))
        let other = try settings(Self.settingsText.replacing("Kosher", with: "Halal"))
        #expect(try credentials(try settings())[0]["id"] != (try credentials(other))[0]["id"])
    }

    @Test func settingsAreChecked() throws {
        func refused(_ text: String) -> ImpactKitError? { caught { try settings(text) } }
        #expect(refused("{}")?.path == "/issuer")
        #expect(refused(#"{"issuer": {"id": "https://x.org", "name": "X"}}"#)?.path == "/recipient")
        #expect(
            refused(
                #"{"issuer": {"id": "x.org", "name": "X"}, "recipient": {"identity": "a", "type": "emailAddress", "salt": "s"}}"#
            )?.path == "/issuer/id")
        let badType = refused(
            #"{"issuer": {"id": "https://x.org", "name": "X"}, "recipient": {"identity": "a", "type": "studentId", "salt": "s"}}"#
        )
        #expect(badType?.path == "/recipient/type" && badType?.code == .invalidArgument)
        #expect(
            refused(
                #"{"issuer": {"id": "https://x.org", "name": "X"}, "recipient": {"identity": "a", "type": "ext:studentNumber", "salt": "s"}}"#
            ) == nil)
        #expect(
            refused(
                #"{"issuer": {"id": "https://x.org", "name": "X", "logo": 1}, "recipient": {"identity": "a", "type": "name", "salt": "s"}}"#
            )?.path == "/issuer/logo")
        #expect(
            refused(Self.settingsText.replacing("}}", with: #"}, "valid_from": "2027-01-22"}"#))?.path == "/valid_from")
        #expect(
            refused(
                Self.settingsText.replacing(
                    "}}", with: #"}, "poster_data_uri": true, "poster_url": "https://x.org/{moment}"}"#))?.path
                == "/poster_url")
    }

    @Test func criteriaNameOutcomesOfTheJourney() throws {
        var named = try settings()
        named.criteria = ["lu3": "Verantwoordt de impact op het canvas"]
        let text = JSONWriter.string(.array(try credentials(named).map(JSONValue.object)), pretty: false)
        #expect(text.contains(#""criteria":{"narrative":"Verantwoordt de impact op het canvas"}"#))
        named.criteria["lu-3"] = "misspelt"
        let error = caught { try credentials(named) }
        #expect(error?.code == .notFound && error?.message == #"unknown learning outcome "lu-3""#)
        #expect(error?.path == "/criteria/lu-3")
        named.criteria = ["a/b": "x"]
        #expect(caught { try credentials(named) }?.path == "/criteria/a~1b")
    }

    @Test func undatedMomentsNeedValidFrom() throws {
        var journey = try Journey(id: "j", title: "J")
        var canvas = try Canvas(id: "c", title: "C")
        canvas.moment = Moment(label: "m1")
        try journey.append(canvas)
        try journey.add(LearningOutcome(id: "lo", title: "LO"))
        try journey.link(EvidenceLink(outcome: "lo", moment: "m1", justification: "x"))
        let error = caught { try OpenBadges.credentials(for: journey, settings: try settings(), language: .en) }
        #expect(error?.code == .invalidArgument && error?.path == "/valid_from")
        var dated = try settings()
        dated.validFrom = "2027-01-22T09:00:00+01:00"
        #expect(try OpenBadges.credentials(for: journey, settings: dated, language: .en) != .array([]))
    }
}
