/// What a host says about the Open Badges 3.0 credentials it wants: who issues them, whom they are for (by a hashed
/// identity, never in plain text), where achievements live and how the evidence points at the canvas. Read from a
/// JSON object (schema/ob3-settings.schema.json); unknown keys are refused, as a typo would change the credential.
public struct OpenBadgesSettings: Equatable, Sendable {
    /// The issuing organisation's profile (OB 3.0 `Profile`): its id (an https IRI) and name.
    public var issuerID: String
    public var issuerName: String
    /// The recipient's identifier on the platform (e-mail address, student number …) and its OB 3.0 identity type
    /// ("emailAddress", "studentId" is not one: use "sisSourcedId", or "ext:…"). Only its salted SHA-256 is written.
    public var recipientIdentity: String
    public var recipientType: String
    /// Published with the hash, so that a verifier who knows the identity can check it; a random value per student
    /// keeps the hashes of different credentials apart.
    public var recipientSalt: String
    /// Prefix of the achievements' ids; default the issuer id followed by "/achievements/".
    public var achievementBase: String
    /// Outcome id → the criteria narrative a programme wrote; without one a narrative is made from the outcome.
    public var criteria: [String: String] = [:]
    /// How an evidence entry points at the canvas: its poster embedded as a data URI, a URL the host serves (with
    /// "{moment}" replaced by the moment label, percent-encoded), or nothing.
    public var poster: Poster = .none
    /// The credential's validFrom; default the date of the latest moment that holds evidence.
    public var validFrom: String?
    /// Since 1.3 (`OpenBadges.export`): the team member (their id, a canvas's `by`) whose credentials these are —
    /// their own evidence and the team's, never a teammate's. Nil: the team's evidence as a whole.
    public var member: String?
    /// Since 1.3: `credentialSubject.id`, when the host knows one for the student (a DID, `mailto:`, a URL).
    public var subjectID: String?
    /// Since 1.3: `achievement.image`: the poster as the host made it (an https URL, or a `data:image/png` or
    /// `data:image/svg+xml` URI), or an image of the programme's.
    public var achievementImage: String?
    /// Since 1.3: when the credentials are issued (RFC 3339; ImpactKit never reads the clock). validFrom is the
    /// latest evidence moment's date, but never later than this.
    public var issuedAt: String?
    /// Since 1.3: prefix of the programme's learning-outcome pages, which achievements align to (+ the outcome id);
    /// default the achievement base.
    public var alignmentBase: String?

    /// Since 1.3: a hand-off to SURF edubadges, which takes direct awards (not outside credentials): per outcome the
    /// badge class it is awarded as, the student's eppn and/or e-mail address, and the evidence page.
    public var edubadges: Edubadges?

    public struct Edubadges: Equatable, Sendable {
        /// Outcome id → the edubadges badge class's entity id.
        public var badgeClasses: [String: String]
        public var eppn: String?
        public var email: String?
        /// The page that shows the evidence, "{outcome}" replaced by the outcome id (percent-encoded).
        public var evidenceURL: String?
    }

    /// The keys only `OpenBadges.export` reads: the 1.0 credentials refuse them rather than ignore a member filter.
    static let exportKeys = ["member", "subject_id", "achievement_image", "issued_at", "alignment_base", "edubadges"]

    public enum Poster: Equatable, Sendable {
        case none
        case dataURI
        case url(template: String)

        var isDataURI: Bool { self == .dataURI }
    }

    /// Whether a 1.3 export key was given (the 1.0 credentials refuse them).
    func has(_ key: String) -> Bool {
        switch key {
        case "member": return member != nil
        case "subject_id": return subjectID != nil
        case "achievement_image": return achievementImage != nil
        case "issued_at": return issuedAt != nil
        case "alignment_base": return alignmentBase != nil
        case "edubadges": return edubadges != nil
        default: return false
        }
    }

    /// The identity types OB 3.0 lists (IdentifierTypeEnum); others need the "ext:" prefix.
    static let identityTypes: Set<String> = [
        "name", "sourcedId", "systemId", "productId", "userName", "accountId", "emailAddress", "nationalIdentityNumber",
        "isbn", "issn", "lisSourcedId", "oneRosterSourcedId", "sisSourcedId", "ltiContextId", "ltiDeploymentId",
        "ltiToolId",
        "ltiPlatformId", "ltiUserId", "identifier",
    ]

    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        guard let issuer = try reader.optional("issuer", { $0 }) else {
            throw ImpactKitError(
                .invalidArgument, "Open Badges settings need \"issuer\": {\"id\", \"name\"}", path: "/issuer")
        }
        var issuerReader = try at("issuer") { try ObjectReader(issuer) }
        issuerID = try at("issuer") { try issuerReader.required("id") { try Self.issuerIRI(try $0.stringValue()) } }
        issuerName = try at("issuer") { try issuerReader.required("name") { try $0.nonEmptyString(maxLength: 512) } }
        guard let recipient = try reader.optional("recipient", { $0 }) else {
            throw ImpactKitError(
                .invalidArgument, "Open Badges settings need \"recipient\": {\"identity\", \"type\", \"salt\"}",
                path: "/recipient")
        }
        var recipientReader = try at("recipient") { try ObjectReader(recipient) }
        recipientIdentity = try at("recipient") {
            try recipientReader.required("identity") { try $0.nonEmptyString(maxLength: 512) }
        }
        recipientType = try at("recipient") {
            try recipientReader.required("type") { value in
                let type = try value.nonEmptyString(maxLength: 64)
                let extended =
                    type.hasPrefix("ext:") && type.count > 4
                    && type.dropFirst(4).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }
                guard Self.identityTypes.contains(type) || extended else {
                    throw ImpactKitError(
                        .invalidArgument,
                        "\"\(type.prefix(40))\" is not an OB 3.0 identity type (e.g. emailAddress, sisSourcedId, ext:…)"
                    )
                }
                return type
            }
        }
        recipientSalt = try at("recipient") {
            try recipientReader.required("salt") { try $0.nonEmptyString(maxLength: 256) }
        }
        try Self.refuseUnknown(issuerReader, in: "issuer")
        try Self.refuseUnknown(recipientReader, in: "recipient")
        achievementBase =
            try reader.optional("achievement_base") {
                XAPISettings.withSlash(try XAPISettings.iri(try $0.stringValue()))
            }
            ?? XAPISettings.withSlash(issuerID) + "achievements/"
        criteria =
            try reader.optional("criteria") { try $0.stringMap(maxLength: 8192, of: "outcome id → narrative") } ?? [:]
        let embed = try reader.optional("poster_data_uri") { try $0.boolValue() } ?? false
        let template = try reader.optional("poster_url") { value in
            // "{moment}" is a placeholder, not part of the IRI: check the IRI it stands in.
            let text = try value.stringValue()
            _ = try XAPISettings.iri(text.replacing("{moment}", with: "moment"))
            return text
        }
        if embed, template != nil {
            throw ImpactKitError(
                .invalidArgument, "give \"poster_data_uri\" or \"poster_url\", not both", path: "/poster_url")
        }
        poster = embed ? .dataURI : template.map { .url(template: $0) } ?? .none
        // xsd:dateTime with a zone, as OB 3.0's DateTimeZ asks: a real date and time of day, a real offset.
        validFrom = try reader.optional("valid_from") { try Timestamp.validate(try $0.stringValue()) }
        member = try reader.optional("member") { try $0.nonEmptyString(maxLength: 200) }
        subjectID = try reader.optional("subject_id") { try Self.anyIRI(try $0.stringValue()) }
        achievementImage = try reader.optional("achievement_image") { value in
            let text = try value.stringValue()
            if text.hasPrefix("data:") {
                guard text.hasPrefix("data:image/png;base64,") || text.hasPrefix("data:image/svg+xml;base64,") else {
                    throw ImpactKitError(
                        .invalidArgument, "an achievement image is data:image/png or data:image/svg+xml, base64")
                }
                return text
            }
            return try XAPISettings.iri(text)
        }
        issuedAt = try reader.optional("issued_at") { try Timestamp.validate(try $0.stringValue()) }
        alignmentBase = try reader.optional("alignment_base") {
            XAPISettings.withSlash(try XAPISettings.iri(try $0.stringValue()))
        }
        edubadges = try reader.optional("edubadges") { try Self.edubadges($0) }
        try Self.refuseUnknown(reader, in: nil)
    }

    private static func edubadges(_ value: JSONValue) throws -> Edubadges {
        var reader = try ObjectReader(value)
        let classes = try reader.required("badgeclasses") {
            try $0.stringMap(maxLength: 256, of: "outcome id → badge class entity id")
        }
        let eppn = try reader.optional("eppn") { try $0.nonEmptyString(maxLength: 254) }
        let email = try reader.optional("email") { value in
            let address = try value.nonEmptyString(maxLength: 254)
            guard address.split(separator: "@").count == 2, !address.contains(" ") else {
                throw ImpactKitError(.invalidArgument, "\"\(address.prefix(60))\" is not an e-mail address")
            }
            return address
        }
        guard eppn != nil || email != nil else {
            throw ImpactKitError(
                .invalidArgument, "edubadges awards to an eppn or an e-mail address: give \"eppn\" or \"email\"")
        }
        let evidence = try reader.optional("evidence_url") { value in
            let text = try value.stringValue()
            _ = try XAPISettings.iri(text.replacing("{outcome}", with: "outcome"))
            return text
        }
        try refuseUnknown(reader, in: nil)  // the caller's reader adds "/edubadges"
        return Edubadges(badgeClasses: classes, eppn: eppn, email: email, evidenceURL: evidence)
    }

    /// The issuer: an http(s) IRI (its profile page) or a DID (did:key, did:web), which a verifier resolves to the
    /// key that signed the credential.
    static func issuerIRI(_ text: String) throws -> String {
        if text.hasPrefix("did:key:") || text.hasPrefix("did:web:") {
            return try anyIRI(text)
        }
        return try XAPISettings.iri(text)
    }

    /// An absolute IRI of any scheme (did:, mailto:, urn:, https:): scheme, colon, no spaces or quotes.
    static func anyIRI(_ text: String) throws -> String {
        let scheme = text.prefix { $0 != ":" }
        guard !scheme.isEmpty, scheme.count < text.count - 1, text.utf8.count <= 2048,
            scheme.first?.isLetter == true,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
            text.unicodeScalars.allSatisfy({
                $0.value > 0x20 && $0.value != 0x7F && !"<>\"{}|\\^`".unicodeScalars.contains($0)
            })
        else {
            throw ImpactKitError(
                .invalidArgument, "\"\(text.prefix(60))\" is not an absolute IRI (did:…, mailto:…, https://…)")
        }
        return text
    }

    private static func refuseUnknown(_ reader: ObjectReader<JSONValue>, in parent: String?) throws {
        if let first = reader.unknown.members.first {
            let path = (parent.map { "/" + $0 } ?? "") + "/" + first.key
            throw ImpactKitError(
                .invalidArgument, "unknown Open Badges setting \"\(first.key.prefix(40))\"", path: path)
        }
    }
}
