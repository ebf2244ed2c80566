/// A student's Comprehensive Learner Record 2.0 for a journey: one `ClrCredential` holding their achievement
/// credentials as the host signed them (objects with an embedded proof, or VC-JWTs, which go in as VC 2.0
/// `EnvelopedVerifiableCredential`s) and the achievements they record; the host signs the record the same way.
/// Only terms of the VC 2.0, OB 3.0.3 and CLR 2.0.1 contexts, so either proof format covers all of it.
public enum LearnerRecord {
    public static let contexts =
        OpenBadgesExport.contexts + ["https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"]

    public static func credential(
        journey: Journey, settings: OpenBadgesSettings, members: [JSONValue], language: Language
    ) throws -> JSONValue {
        guard !members.isEmpty else {
            throw ImpactKitError(
                .invalidArgument, "a learner record holds the student's credentials: give at least one",
                path: "/credentials")
        }
        guard let validFrom = settings.validFrom ?? settings.issuedAt else {
            throw ImpactKitError(.invalidArgument, "give \"issued_at\" (now, RFC 3339)", path: "/issued_at")
        }
        var held: [JSONValue] = []
        var achievements: [JSONValue] = []
        for (index, member) in members.enumerated() {
            switch member {
            case .string(let jwt):
                let parts = jwt.split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && Base64.decodeURL(String($0)) != nil }) else {
                    throw ImpactKitError(
                        .invalidArgument, "the credential is neither a compact JWT nor a JSON object",
                        path: "/credentials/\(index)")
                }
                var envelope = JSONObject()
                envelope.append("@context", .string(OpenBadgesExport.contexts[0]))
                envelope.append("id", .string("data:application/vc+jwt," + jwt))
                envelope.append("type", .string("EnvelopedVerifiableCredential"))
                held.append(.object(envelope))
            case .object(let credential):
                guard case .object(let issuer)? = credential["issuer"], issuer["id"] == .string(settings.issuerID)
                else {
                    throw ImpactKitError(
                        .invalidArgument, "a credential of another issuer cannot go in this learner record",
                        path: "/credentials/\(index)/issuer")
                }
                if case .object(let subject)? = credential["credentialSubject"],
                    let achievement = subject["achievement"]
                {
                    achievements.append(achievement)
                }
                held.append(member)
            default:
                throw ImpactKitError(
                    .invalidArgument, "the credential is neither a compact JWT nor a JSON object",
                    path: "/credentials/\(index)")
            }
        }
        var body = JSONObject()
        body.append("@context", .texts(contexts))
        body.append("type", .texts(["VerifiableCredential", "ClrCredential"]))
        body.append(
            "name",
            .string(
                LocalizedText(
                    nl: "Overzicht van leerresultaten — \(journey.title)",
                    en: "Comprehensive Learner Record — \(journey.title)")[language]))
        body.append("issuer", .object(OpenBadges.issuer(settings)))
        body.append("validFrom", .string(validFrom))
        let identity = OpenBadges.identity(settings)
        var subject = JSONObject()
        subject.append("id", ifPresent: settings.subjectID.map(JSONValue.string))
        subject.append("type", .texts(["ClrSubject"]))
        subject.append("identifier", .array([.object(identity)]))
        if !achievements.isEmpty { subject.append("achievement", .array(achievements)) }
        subject.append("verifiableCredential", .array(held))
        body.append("credentialSubject", .object(subject))
        return OpenBadges.identified(body)
    }
}
