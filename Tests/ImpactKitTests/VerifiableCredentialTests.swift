import Testing
@testable import ImpactKit

/// Credentials a verifier accepts (issue 36): per student, VC-JWT signing input and assembly, baking. The signatures
/// themselves and their independent verification (openbadgeslib) are in Tests/credentials, with real keys.
@Suite("Verifiable credentials")
struct VerifiableCredentialTests {
    /// The fixture journey with authors: in week 5 Anouk (m1) laid the prototype and answered the question, Bram
    /// (m2) laid the peer consultation; the start canvas as a whole is the team's.
    static func journey(memberIDs: Bool = true) throws -> Journey {
        var start = try JourneyFixtures.start()
        start.team = [
            TeamMember(id: memberIDs ? "m1" : nil, name: "Anouk"), TeamMember(id: memberIDs ? "m2" : nil, name: "Bram"),
        ]
        var week5 = try Canvas(id: "g1-week5", title: "Groep 1")
        week5.team = start.team
        week5.moment = Moment(label: "week 5", date: "2026-10-05")
        try week5.use(.standard, purpose: .reflectionAccountability)
        try week5.place(card: "res.prototype", domain: "target-group", field: .result, id: "proto", by: "m1")
        try week5.place(
            card: "act.peer-consultation", domain: "interprofessional", field: .activity, id: "peer", by: "m2")
        try week5.answer("lim.accountability.evidence", "Het prototype en de nieuwe contacten.", by: "m1")
        var journey = try Journey(id: "g1", title: "Groep 1 — Bottendaal")
        try journey.append(start)
        try journey.append(week5)
        try journey.add(LearningOutcome(id: "lu3", title: "Impact verantwoorden", category: .impact))
        try journey.add(LearningOutcome(id: "lu5", title: "Interprofessioneel samenwerken", category: .process))
        try journey.link(
            EvidenceLink(outcome: "lu3", moment: "week 5", placement: "proto", justification: "Prototype met bewoners"))
        try journey.link(
            EvidenceLink(
                outcome: "lu3", moment: "week 5", question: "lim.accountability.evidence",
                justification: "Eigen verantwoording"))
        try journey.link(
            EvidenceLink(outcome: "lu5", moment: "week 5", placement: "peer", justification: "Intervisie met fysio"))
        try journey.link(EvidenceLink(outcome: "lu5", moment: "start", justification: "Foto van het canvas"))
        return journey
    }

    static let base = #"""
        {"issuer": {"id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "name": "Hogeschool Voorbeeld"},
         "recipient": {"identity": "a@example.com", "type": "emailAddress", "salt": "Kosher"}, "issued_at": "2026-11-01T00:00:00Z"
        """#

    func export(_ extra: String = "", _ language: Language = .nl) throws -> OpenBadgesExport {
        let settings = try OpenBadgesSettings(jsonValue: try JSONParser.parse(Self.base + extra + "}"))
        return try OpenBadgesExport(journey: try Self.journey(), settings: settings, language: language)
    }

    func object(_ value: JSONValue?) -> JSONObject {
        if case .object(let object)? = value { return object }
        return JSONObject()
    }

    func list(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }

    @Test func eachStudentGetsTheirOwnEvidenceAndTheTeamsNeverATeammates() throws {
        let anouk = try export(#", "member": "m1""#)
        // lu3: the prototype and the answer are Anouk's. lu5: the peer consultation is Bram's and the start canvas
        // the team's — nothing of her own, so no credential, and the report says why.
        #expect(anouk.credentials.count == 1)
        let lu3 = object(anouk.credentials.first)
        #expect(lu3["name"] == .string("Impact verantwoorden"))
        #expect(
            list(lu3["evidence"]).map { object($0)["name"] } == [
                .string("Prototype"), .string("Het prototype en de nieuwe contacten."),
            ])
        #expect(anouk.withheld == [.init(outcome: "lu5", title: "Interprofessioneel samenwerken", team: 1, others: 1)])
        #expect(
            lu3["description"]
                == .string(
                    "Leeruitkomst van Groep 1 — Bottendaal: Impact verantwoorden. Eigen bewijs van de student: 1 kaart, 1 reflectieantwoord."
                ))
        let bram = try export(#", "member": "m2""#)
        #expect(bram.withheld == [.init(outcome: "lu3", title: "Impact verantwoorden", team: 0, others: 2)])
        let lu5 = object(bram.credentials.first)
        let evidence = list(lu5["evidence"]).map(object)
        // In moment order: the start canvas (the team's, marked so), then his peer consultation.
        #expect(
            evidence.map { $0["genre"] } == [.string("LIM-canvas (van het team)"), .string("Kaart op het LIM-canvas")])
        #expect(
            lu5["description"]
                == .string(
                    "Leeruitkomst van Groep 1 — Bottendaal: Interprofessioneel samenwerken. Eigen bewijs van de student: 1 kaart; van het team: 1 heel canvas."
                ))
        // Two students, two subjects: the credentials differ, and so do their ids.
        #expect(object(anouk.credentials.first)["id"] != lu5["id"])
        let report = try bram.report(ReportSettings(language: .en))
        #expect(
            report.text
                == "m2: 1 credential\nno credential for lu3 (Impact verantwoorden): no own evidence; the team's 0, teammates' 2"
        )
        #expect(object(report.jsonValue)["schema"] == .string("impactkit/ob3-export/1"))
    }

    @Test func aMemberOutsideTheTeamIsRefused() throws {
        let error = caught { try export(#", "member": "m9""#) }
        #expect(error?.code == .notFound && error?.path == "/member")
        // The 1.0 credentials refuse a member filter rather than put every teammate's evidence in one badge.
        let settings = try OpenBadgesSettings(jsonValue: try JSONParser.parse(Self.base + #", "member": "m1"}"#))
        let old = caught { try OpenBadges.credentials(for: try Self.journey(), settings: settings, language: .nl) }
        #expect(old?.code == .invalidArgument && old?.path == "/member")
    }

    /// A journey whose canvases list no member ids knows its members by what they made: a `by` counts, anyone else
    /// is refused (before: an export of nothing but withheld outcomes, exit 0, for any name at all).
    @Test func withoutMemberIdsOnlyAnAuthorIsAMember() throws {
        let journey = try Self.journey(memberIDs: false)
        let settings = { (member: String) in
            try OpenBadgesSettings(jsonValue: try JSONParser.parse(Self.base + #", "member": "\#(member)"}"#))
        }
        let bram = try OpenBadgesExport(journey: journey, settings: try settings("m2"), language: .en)
        #expect(bram.credentials.count == 1 && bram.withheld.map(\.outcome) == ["lu3"])
        let error = caught { try OpenBadgesExport(journey: journey, settings: try settings("m9"), language: .en) }
        #expect(error?.code == .notFound && error?.path == "/member")
        #expect(
            error?.message
                == #""m9" made nothing on this journey, and its canvases list no member ids (team[].id): nothing can be credited to them"#
        )
        #expect(
            error?.localizedMessage(.nl)
                == "„m9” heeft niets gemaakt in dit leertraject, en de canvassen noemen geen leden-id's (team[].id): er valt hun niets toe te kennen"
        )
    }

    @Test func validFromIsTheMomentUnlessThatLiesAheadOfTheIssueTime() throws {
        // Week 5 is 2026-10-05: issued on 1 November, valid from the moment; issued on 1 October, from the issue time.
        #expect(object(try export().credentials.first)["validFrom"] == .string("2026-10-05T00:00:00Z"))
        let early = try export().credentials.first
        #expect(object(early)["validFrom"] == .string("2026-10-05T00:00:00Z"))
        let settings = try OpenBadgesSettings(
            jsonValue: try JSONParser.parse(
                Self.base.replacing("2026-11-01T00:00:00Z", with: "2026-10-01T12:00:00Z") + "}"))
        let ahead = try OpenBadgesExport(journey: try Self.journey(), settings: settings, language: .nl)
        #expect(object(ahead.credentials.first)["validFrom"] == .string("2026-10-01T12:00:00Z"))
        let without = try OpenBadgesSettings(
            jsonValue: try JSONParser.parse(
                Self.base.replacing(#", "issued_at": "2026-11-01T00:00:00Z""#, with: "") + "}"))
        let error = caught { try OpenBadgesExport(journey: try Self.journey(), settings: without, language: .nl) }
        #expect(error?.code == .invalidArgument && error?.path == "/issued_at")
    }

    @Test func everyDateIsARealOne() throws {
        for (text, code) in [
            ("2027-01-22T25:61:61Z", ErrorCode.range), ("2027-01-22T10:00:00+25:00", .invalidArgument),
            ("2027-02-30T10:00:00Z", .range), ("2027-01-22", .invalidArgument),
        ] {
            let error = caught { try export(#", "valid_from": "\#(text)""#) }
            #expect(error?.path == "/valid_from" && error?.code == code, "\(text): \(String(describing: error))")
            let issued = caught {
                try OpenBadgesSettings(
                    jsonValue: try JSONParser.parse(Self.base.replacing("2026-11-01T00:00:00Z", with: text) + "}"))
            }
            #expect(issued?.path == "/issued_at", "\(text)")
        }
        #expect(try Timestamp.unixSeconds("2026-10-05T00:00:00Z") == 1_791_158_400)
        #expect(try Timestamp.unixSeconds("2027-01-22T09:00:00+01:00") == 1_800_604_800)
    }

    @Test func completeAndReadyForEitherProof() throws {
        let credential = object(
            try export(
                #", "member": "m1", "subject_id": "did:example:anouk", "achievement_image": "https://p.example.org/poster.png", "alignment_base": "https://opleiding.example.nl/leeruitkomsten""#
            ).credentials.first)
        #expect(credential["@context"] == .texts(OpenBadgesExport.contexts))
        #expect(
            list(credential["credentialSchema"]).map(object).first?["id"] == .string(OpenBadgesExport.schema))
        let subject = object(credential["credentialSubject"])
        #expect(subject["id"] == .string("did:example:anouk"))
        let achievement = object(subject["achievement"])
        #expect(achievement["achievementType"] == .string("Competency"))
        #expect(object(achievement["image"])["id"] == .string("https://p.example.org/poster.png"))
        let alignment = object(list(achievement["alignment"]).first)
        #expect(alignment["targetUrl"] == .string("https://opleiding.example.nl/leeruitkomsten/lu3"))
        #expect(alignment["targetCode"] == .string("lu3") && alignment["targetName"] == .string("Impact verantwoorden"))
        #expect(
            object(credential["issuer"])["id"] == .string("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"))
        // No term the pinned contexts lack (a Data Integrity proof would leave it unsigned, a verifier refuses it).
        #expect(!JSONWriter.string(.object(credential), pretty: false).contains("impactkit:"))
        #expect(try export(#", "member": "m1""#) == (try export(#", "member": "m1""#)))
    }

    @Test func aMomentsPosterOncePerCredential() throws {
        // lu3 has two pieces of week 5: the poster is on the first only (it was on both).
        let credential = object(try export(#", "poster_data_uri": true"#).credentials.first)
        let ids = list(credential["evidence"]).map { object($0)["id"] }
        #expect(ids.count == 2 && ids[1] == nil)
        if case .string(let uri)? = ids[0] {
            #expect(uri.hasPrefix("data:image/svg+xml;base64,"))
        } else {
            Issue.record("no poster")
        }
        var settings = try OpenBadgesSettings(
            jsonValue: try JSONParser.parse(
                #"{"issuer": {"id": "https://x.org", "name": "X"}, "recipient": {"identity": "a", "type": "name", "salt": "s"}}"#
            ))
        settings.poster = .dataURI
        guard
            case .array(let old) = try OpenBadges.credentials(
                for: try Self.journey(), settings: settings, language: .nl)
        else { return }
        #expect(list(object(old.first)["evidence"]).map { object($0)["id"] == nil } == [false, true])
    }

    @Test func theJWTsSigningInputCarriesTheRegisteredClaims() throws {
        let credential = try #require(
            try export(#", "member": "m1", "subject_id": "did:example:anouk""#).credentials.first)
        let kid =
            "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
        let input = try CredentialJWT.signingInput(credential: credential, algorithm: "EdDSA", keyID: kid)
        let parts = input.split(separator: ".").map(String.init)
        #expect(parts.count == 2)
        let header = try JSONParser.parse(String(decoding: try #require(Base64.decodeURL(parts[0])), as: UTF8.self))
        #expect(
            header
                == .object(
                    JSONObject([
                        .init(key: "alg", value: .string("EdDSA")), .init(key: "kid", value: .string(kid)),
                        .init(key: "typ", value: .string("JWT")),
                    ])))
        let payload = object(
            try JSONParser.parse(String(decoding: try #require(Base64.decodeURL(parts[1])), as: UTF8.self)))
        #expect(payload["iss"] == object(credential)["issuer"].map { object($0)["id"] ?? .null })
        #expect(payload["jti"] == object(credential)["id"] && payload["sub"] == .string("did:example:anouk"))
        #expect(payload["nbf"] == .int(1_791_158_400))  // validFrom 2026-10-05T00:00:00Z
        #expect(payload["exp"] == nil)
        let signature = [UInt8](repeating: 7, count: 64)
        #expect(
            try CredentialJWT.assemble(signingInput: input, signature: signature) == input + "."
                + Base64.encodeURL(signature))
        // The signature's length follows the header's algorithm; anything not made here is refused.
        #expect(
            caught { try CredentialJWT.assemble(signingInput: input, signature: Array(signature.dropLast())) }?.path
                == "/signature")
        #expect(
            caught { try CredentialJWT.assemble(signingInput: "e30.e30", signature: signature) }?.path
                == "/signing_input")
        #expect(
            caught { try CredentialJWT.signingInput(credential: credential, algorithm: "HS256", keyID: kid) }?.path
                == "/alg")
        #expect(
            caught { try CredentialJWT.signingInput(credential: credential, algorithm: "EdDSA", keyID: "") }?.path
                == "/kid")
        #expect(
            caught { try CredentialJWT.signingInput(credential: .array([]), algorithm: "EdDSA", keyID: kid) }?.code
                == .invalidArgument)
    }

    @Test func base64URLKnownAnswers() {
        // RFC 4648 §10 without padding, and the URL alphabet's two characters.
        for (plain, encoded) in ["": "", "f": "Zg", "fo": "Zm8", "foo": "Zm9v", "foob": "Zm9vYg", "fooba": "Zm9vYmE"] {
            #expect(Base64.encodeURL(Array(plain.utf8)) == encoded)
            #expect(Base64.decodeURL(encoded) == Array(plain.utf8))
        }
        #expect(Base64.encodeURL([0xFB, 0xFF]) == "-_8")
        #expect(Base64.decodeURL("-_8") == [0xFB, 0xFF])
        #expect(Base64.decodeURL("Zm9v=") == nil && Base64.decodeURL("Z") == nil && Base64.decodeURL("a+b") == nil)
    }

    static let onePixel =
        Base64.decodeURL(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg") ?? []

    @Test func bakedIntoPNGAndSVGAndReadBack() throws {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        let jwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl"
        let png = try BadgeBaking.bake(Self.onePixel, credential: jwt)
        #expect(png.count == Self.onePixel.count + 12 + 24 + jwt.utf8.count)
        #expect(Array(png.suffix(12)) == Array(Self.onePixel.suffix(12)))  // IEND stays last
        #expect(try BadgeBaking.extract(png) == jwt)
        #expect(caught { try BadgeBaking.bake(png, credential: jwt) }?.code == .invalidArgument)  // baked already
        #expect(caught { try BadgeBaking.extract(Self.onePixel) }?.code == .notFound)
        var damaged = Self.onePixel
        damaged[40] ^= 1
        #expect(caught { try BadgeBaking.bake(damaged, credential: jwt) }?.message.contains("CRC") == true)
        let svg = try JourneyFixtures.week5().svg(language: .nl)
        let baked = String(decoding: try BadgeBaking.bake(Array(svg.utf8), credential: jwt), as: UTF8.self)
        #expect(baked.contains(#"<openbadges:credential verify="\#(jwt)"/>"#))
        #expect(baked.contains(#"xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0""#))
        #expect(try BadgeBaking.extract(Array(baked.utf8)) == jwt)
        // A credential with an embedded proof is JSON text; a "]]>" in it survives the CDATA.
        let json = #"{"type": ["VerifiableCredential"], "name": "a ]]> b & <c>"}"#
        let withJSON = try BadgeBaking.bake(Array(svg.utf8), credential: json)
        #expect(try BadgeBaking.extract(withJSON) == json)
        #expect(
            caught { try BadgeBaking.bake(Array(svg.utf8), credential: "not a credential") }?.code == .invalidArgument)
    }

    @Test func edubadgesDirectAwardsPerCredentialAndWhatHasNoBadgeClass() throws {
        let bram = try export(
            #", "member": "m2", "edubadges": {"badgeclasses": {"lu5": "Xk7pQ"}, "eppn": "bram@hogeschool.nl", "evidence_url": "https://portfolio.example.org/evidence/{outcome}"}"#
        )
        #expect(
            bram.directAwards == [
                .object(
                    JSONObject([
                        .init(key: "badgeclass", value: .string("Xk7pQ")),
                        .init(key: "eppn", value: .string("bram@hogeschool.nl")),
                        .init(key: "evidence_url", value: .string("https://portfolio.example.org/evidence/lu5")),
                        .init(key: "name", value: .string("Interprofessioneel samenwerken")),
                        .init(key: "description", value: object(bram.credentials.first)["description"] ?? .null),
                        .init(key: "narrative", value: .string("Intervisie met fysio")),
                    ]))
            ])
        let anouk = try export(
            #", "member": "m1", "edubadges": {"badgeclasses": {"lu5": "Xk7pQ"}, "email": "anouk@x.nl"}"#)
        #expect(anouk.directAwards == [] && anouk.unawarded == ["lu3"])
        #expect(
            try anouk.report(ReportSettings(language: .en)).text.hasSuffix(
                "no edubadges badge class for lu3: not handed on"))
        #expect(caught { try export(#", "edubadges": {"badgeclasses": {}}"#) }?.path == "/edubadges")
        #expect(
            caught { try export(#", "edubadges": {"badgeclasses": {"lu9": "X"}, "eppn": "e"}"#) }?.code == .notFound)
        #expect(
            caught { try export(#", "edubadges": {"badgeclasses": {}, "email": "not an address"}"#) }?.path
                == "/edubadges/email")
    }

    @Test func aLearnerRecordHoldsTheStudentsCredentials() throws {
        let anouk = try export(#", "member": "m1""#)
        let settings = try OpenBadgesSettings(jsonValue: try JSONParser.parse(Self.base + #", "member": "m1"}"#))
        let jwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl"
        let record = object(
            try LearnerRecord.credential(
                journey: try Self.journey(), settings: settings, members: anouk.credentials + [.string(jwt)],
                language: .en))
        #expect(record["type"] == .texts(["VerifiableCredential", "ClrCredential"]))
        #expect(record["@context"] == .texts(LearnerRecord.contexts))
        #expect(record["name"] == .string("Comprehensive Learner Record — Groep 1 — Bottendaal"))
        #expect(record["validFrom"] == .string("2026-11-01T00:00:00Z"))
        let subject = object(record["credentialSubject"])
        #expect(list(subject["verifiableCredential"]).count == 2)
        #expect(object(list(subject["verifiableCredential"]).last)["id"] == .string("data:application/vc+jwt," + jwt))
        #expect(list(subject["achievement"]).count == 1)
        let foreign = try OpenBadgesSettings(
            jsonValue: try JSONParser.parse(Self.base.replacing("did:key:z6Mk", with: "did:key:z6Mx") + "}"))
        let refused = caught {
            try LearnerRecord.credential(
                journey: try Self.journey(), settings: foreign, members: anouk.credentials, language: .en)
        }
        #expect(refused?.path == "/credentials/0/issuer")
        #expect(
            caught {
                try LearnerRecord.credential(
                    journey: try Self.journey(), settings: settings, members: [], language: .en)
            }?
            .path == "/credentials")
    }
}
