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

    public enum Poster: Equatable, Sendable {
        case none
        case dataURI
        case url(template: String)
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
        issuerID = try at("issuer") { try issuerReader.required("id") { try XAPISettings.iri(try $0.stringValue()) } }
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
        validFrom = try reader.optional("valid_from") { value in
            let text = try value.stringValue()
            // xsd:dateTime with a zone, as OB 3.0's DateTimeZ asks (the date part checked as a calendar date).
            guard text.count >= 20, (try? CalendarDate.validate(String(text.prefix(10)))) != nil,
                text.dropFirst(10).first == "T",
                text.hasSuffix("Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-")
            else {
                throw ImpactKitError(
                    .invalidArgument, "valid_from must be a date and time with a zone, e.g. 2027-01-22T00:00:00Z")
            }
            return text
        }
        try Self.refuseUnknown(reader, in: nil)
    }

    private static func refuseUnknown(_ reader: ObjectReader<JSONValue>, in parent: String?) throws {
        if let first = reader.unknown.members.first {
            let path = (parent.map { "/" + $0 } ?? "") + "/" + first.key
            throw ImpactKitError(
                .invalidArgument, "unknown Open Badges setting \"\(first.key.prefix(40))\"", path: path)
        }
    }
}
