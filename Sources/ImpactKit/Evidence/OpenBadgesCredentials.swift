/// A journey's learning-outcome evidence as Open Badges 3.0 credentials: one unsigned `OpenBadgeCredential` per
/// learning outcome that has evidence, for one student. The achievement is the programme's learning outcome with
/// its criteria; the subject is the student by a salted SHA-256 of an identifier (an OB 3.0 IdentityObject, never
/// the plain identifier); every card, reflection answer or whole canvas linked to the outcome is an `evidence`
/// entry with the student's justification, naming the canvas document and moment it comes from. Signing (a proof)
/// is the host's or its badge platform's (in the Netherlands SURF edubadges): what this makes is the unsigned
/// credential they sign. The same journey and settings give the same credentials, ids included.
public enum OpenBadges {
    public static let contexts = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
    ]
    /// The terms ImpactKit adds to evidence entries (`impactkit:canvas`, `:moment`, `:placement`, `:question`), so
    /// that a portfolio can open the canvas a badge's evidence came from.
    public static let vocabulary = "https://impactkit.dev/ob3#"

    /// The credentials as a JSON array, in the order the journey lists its outcomes.
    public static func credentials(
        for journey: Journey, settings: OpenBadgesSettings, language: Language
    ) throws -> JSONValue {
        try checkCriteria(settings, in: journey)
        // A member filter this 1.0 form would ignore: refused, never every teammate's evidence in one's badge.
        for key in OpenBadgesSettings.exportKeys where settings.has(key) {
            throw ImpactKitError(
                .invalidArgument,
                "\"\(key)\" is a setting of the 1.3 export (ik_journey_credentials, OpenBadges.export)",
                path: "/" + key)
        }
        var posters: [String: String] = [:]
        var credentials: [JSONValue] = []
        for summary in journey.evidenceSummaries where !summary.pieces.isEmpty {
            credentials.append(
                try credential(summary, in: journey, settings: settings, language: language, posters: &posters))
        }
        return .array(credentials)
    }

    /// A narrative for an outcome the journey lacks is a misspelt id: silently dropped, the badge would carry the
    /// generic narrative instead of the programme's.
    static func checkCriteria(_ settings: OpenBadgesSettings, in journey: Journey) throws {
        for id in settings.criteria.keys.sorted() where journey.outcome(id) == nil {
            throw ImpactKitError(
                .notFound, "unknown learning outcome \"\(id.prefix(40))\"", path: "/criteria/" + JSONPointer.escape(id))
        }
    }

    private static func credential(
        _ summary: EvidenceSummary, in journey: Journey, settings: OpenBadgesSettings, language: Language,
        posters: inout [String: String]
    ) throws -> JSONValue {
        let outcome = summary.outcome
        let dates = summary.moments.compactMap { journey.moment($0)?.moment?.date }
        guard let validFrom = settings.validFrom ?? dates.max().map({ $0 + "T00:00:00Z" }) else {
            throw ImpactKitError(
                .invalidArgument, "the moments with evidence for \"\(outcome.id)\" have no dates: give \"valid_from\"",
                path: "/valid_from")
        }
        var body = JSONObject()
        body.append(
            "@context",
            .array(
                contexts.map(JSONValue.string) + [
                    .object(JSONObject([.init(key: "impactkit", value: .string(vocabulary))]))
                ]))
        body.append("type", .texts(["VerifiableCredential", "OpenBadgeCredential"]))
        body.append("name", .string(outcome.title))
        body.append("description", .string(description(of: outcome, in: journey)[language]))
        body.append("issuer", .object(Self.issuer(settings)))
        body.append("validFrom", .string(validFrom))
        body.append("credentialSubject", subject(outcome, journey: journey, settings: settings, language: language))
        // A moment's poster once per credential, on its first piece (it was on every piece: a 0.25 MB journey
        // made 94.5 MB of credentials); the other pieces of that moment name it by `impactkit:moment`.
        var shown: Set<String> = []
        body.append(
            "evidence",
            .array(
                summary.pieces.map {
                    let first = shown.insert($0.link.moment).inserted
                    return evidence(
                        $0, in: journey, settings: settings, language: language, posters: &posters, withPoster: first)
                }))
        return Self.identified(body)
    }

    /// The student as OB 3.0's IdentityObject: "sha256$" + hex SHA-256 of the identifier followed by the salt (both
    /// UTF-8), with the salt and the type; the identifier itself is never written.
    static func identity(_ settings: OpenBadgesSettings) -> JSONObject {
        var identity = JSONObject()
        identity.append("type", .string("IdentityObject"))
        identity.append(
            "identityHash", .string("sha256$" + SHA256.hex((settings.recipientIdentity + settings.recipientSalt).utf8)))
        identity.append("identityType", .string(settings.recipientType))
        identity.append("hashed", .bool(true))
        identity.append("salt", .string(settings.recipientSalt))
        return identity
    }

    /// The issuing organisation as an OB 3.0 Profile.
    static func issuer(_ settings: OpenBadgesSettings) -> JSONObject {
        var issuer = JSONObject()
        issuer.append("id", .string(settings.issuerID))
        issuer.append("type", .texts(["Profile"]))
        issuer.append("name", .string(settings.issuerName))
        return issuer
    }

    /// The credential with its id: computed last from everything else (a UUID of the content, so the same credential
    /// keeps its id), written right after @context.
    static func identified(_ body: JSONObject) -> JSONValue {
        var credential = JSONObject()
        credential.append("@context", body["@context"] ?? .null)
        credential.append("id", .string("urn:uuid:" + SHA256.uuid(JSONWriter.string(.object(body), pretty: false))))
        credential.append(contentsOf: JSONObject(body.members.filter { $0.key != "@context" }))
        return .object(credential)
    }

    static func description(of outcome: LearningOutcome, in journey: Journey) -> LocalizedText {
        let programme = journey.programme ?? journey.title
        return LocalizedText(
            nl: "Leeruitkomst van \(programme): \(outcome.title)",
            en: "Learning outcome of \(programme): \(outcome.title)")
    }

    private static func subject(
        _ outcome: LearningOutcome, journey: Journey, settings: OpenBadgesSettings, language: Language
    ) -> JSONValue {
        let identity = Self.identity(settings)
        var criteria = JSONObject()
        criteria.append(
            "narrative",
            .string(
                settings.criteria[outcome.id]
                    ?? LocalizedText(
                        nl:
                            "Aangetoond met bewijs uit het LIM-canvas (Impact in Beeld) van de groep: kaarten, reflectieantwoorden of "
                            + "het hele canvas van een moment, elk met een onderbouwing van de student.",
                        en:
                            "Shown with evidence from the group's LIM canvas (Impact in View): cards, reflection answers or the whole "
                            + "canvas of a moment, each with the student's justification.")[language]))
        var achievement = JSONObject()
        achievement.append("id", .string(settings.achievementBase + outcome.id))
        achievement.append("type", .texts(["Achievement"]))
        achievement.append("name", .string(outcome.title))
        achievement.append("description", .string(description(of: outcome, in: journey)[language]))
        achievement.append("criteria", .object(criteria))
        achievement.append("inLanguage", .string(language.rawValue))
        if let category = outcome.category { achievement.append("tag", .texts([category.rawValue])) }
        var subject = JSONObject()
        subject.append("type", .texts(["AchievementSubject"]))
        subject.append("identifier", .array([.object(identity)]))
        subject.append("achievement", .object(achievement))
        return .object(subject)
    }

    private static func evidence(
        _ piece: EvidenceSummary.Piece, in journey: Journey, settings: OpenBadgesSettings, language: Language,
        posters: inout [String: String], withPoster: Bool
    ) -> JSONValue {
        let link = piece.link
        let canvas = journey.moment(link.moment)
        var object = evidenceEntry(
            piece, canvas: canvas, withPoster: withPoster, settings: settings, language: language, posters: &posters)
        object.append("description", .string(location(of: piece, canvas: canvas)[language]))
        object.append("genre", .string(genre(link.kind)[language]))
        object.append("impactkit:canvas", ifPresent: canvas.map { .string($0.id) })
        object.append("impactkit:moment", .string(link.moment))
        object.append("impactkit:placement", ifPresent: link.placement.map(JSONValue.string))
        object.append("impactkit:question", ifPresent: link.question.map(JSONValue.string))
        return .object(object)
    }

    /// What every evidence entry starts with, in both credential forms: its moment's poster as `id` (a data URI only
    /// on the first piece of that moment in a credential, `withPoster`), type, name and the justification.
    static func evidenceEntry(
        _ piece: EvidenceSummary.Piece, canvas: Canvas?, withPoster: Bool, settings: OpenBadgesSettings,
        language: Language, posters: inout [String: String]
    ) -> JSONObject {
        var object = JSONObject()
        if let canvas, withPoster || !settings.poster.isDataURI,
            let id = poster(
                of: canvas, label: piece.link.moment, settings: settings, language: language, posters: &posters)
        {
            object.append("id", .string(id))
        }
        object.append("type", .texts(["Evidence"]))
        object.append("name", .string(piece.content[language]))
        object.append("narrative", .string(piece.link.justification))
        return object
    }

    /// Where on the canvas the evidence lies, for a reader of the badge.
    static func location(of piece: EvidenceSummary.Piece, canvas: Canvas?) -> LocalizedText {
        let moment = piece.link.moment
        switch piece.link.kind {
        case .placement:
            let domain =
                piece.domain.flatMap { id in canvas?.domains.first { $0.id == id }?.name }
                ?? LocalizedText(nl: "", en: "")
            let field = piece.field?.name ?? LocalizedText(nl: "", en: "")
            return LocalizedText(
                nl: "\(moment): \(domain.nl) — \(field.nl)", en: "\(moment): \(domain.en) — \(field.en)")
        case .answer:
            let question =
                piece.link.question.flatMap(ReflectionQuestions.question)?.text
                ?? LocalizedText(nl: piece.link.question ?? "", en: piece.link.question ?? "")
            return LocalizedText(
                nl: "\(moment): antwoord op “\(question.nl)”", en: "\(moment): answer to “\(question.en)”")
        case .canvas:
            return LocalizedText(nl: "\(moment): het hele canvas", en: "\(moment): the whole canvas")
        }
    }

    static func genre(_ kind: EvidenceLink.Kind) -> LocalizedText {
        switch kind {
        case .placement: return LocalizedText(nl: "Kaart op het LIM-canvas", en: "Card on the LIM canvas")
        case .answer: return LocalizedText(nl: "Reflectieantwoord", en: "Reflection answer")
        case .canvas: return LocalizedText(nl: "LIM-canvas", en: "LIM canvas")
        }
    }

    /// The poster of the evidence's moment, as the settings ask: a data URI (made once per moment) or the host's URL.
    static func poster(
        of canvas: Canvas, label: String, settings: OpenBadgesSettings, language: Language,
        posters: inout [String: String]
    ) -> String? {
        switch settings.poster {
        case .none:
            return nil
        case .url(let template):
            return template.replacing("{moment}", with: percentEncoded(label))
        case .dataURI:
            if let known = posters[label] { return known }
            let uri = "data:image/svg+xml;base64," + Base64.encode(Array(canvas.svg(language: language).utf8))
            posters[label] = uri
            return uri
        }
    }

    /// RFC 3986 percent-encoding of everything but the unreserved characters.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80,
                scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                    || "-._~".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
