/// A credential as a VC-JWT (OB 3.0 §8.2, the JOSE proof format), made in two steps so that no key ever enters
/// ImpactKit: `signingInput` gives the bytes to sign (base64url header "." base64url payload), the host signs them
/// with its own key (an HSM, a KMS, libsodium, Python's cryptography), and `assemble` adds the signature.
///
/// The payload is the credential itself with the registered claims OB 3.0 §8.2.4.1 asks: `iss` (the issuer's id),
/// `jti` (the credential's id), `nbf` (validFrom), `exp` (validUntil, when there is one) and `sub`
/// (credentialSubject.id, when there is one). The header names the algorithm and the key (`kid`, e.g. a DID URL
/// such as did:key:z6Mk…#z6Mk…) a verifier resolves.
public enum CredentialJWT {
    /// The algorithms a signature may be made with, and their signature lengths in bytes (RS256: the modulus').
    public static let algorithms: [String: ClosedRange<Int>] = [
        "EdDSA": 64...64, "ES256": 64...64, "RS256": 256...1024,
    ]

    public static func signingInput(credential: JSONValue, algorithm: String, keyID: String) throws -> String {
        guard algorithms[algorithm] != nil else {
            throw ImpactKitError(
                .invalidArgument,
                "\"\(algorithm.prefix(20))\" is not a signing algorithm ImpactKit assembles (EdDSA, ES256, RS256)",
                path: "/alg")
        }
        guard !keyID.isEmpty, keyID.utf8.count <= 2048,
            keyID.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else {
            throw ImpactKitError(
                .invalidArgument, "the key id must be a non-empty text without spaces (a DID URL, a URL)", path: "/kid")
        }
        guard case .object(let object) = credential else {
            throw ImpactKitError(.invalidArgument, "a credential is a JSON object")
        }
        let types: [String]
        switch object["type"] {
        case .array(let items)?: types = items.compactMap { text($0) }
        case .string(let type)?: types = [type]
        default: types = []
        }
        guard types.contains("VerifiableCredential") else {
            throw ImpactKitError(
                .invalidArgument, "not a verifiable credential (its type lacks VerifiableCredential)", path: "/type")
        }
        guard object["proof"] == nil else {
            throw ImpactKitError(
                .invalidArgument, "the credential carries a proof already: sign it one way", path: "/proof")
        }
        var payload = object
        let issuer: String?
        switch object["issuer"] {
        case .string(let id): issuer = id
        case .object(let profile): issuer = text(profile["id"])
        default: issuer = nil
        }
        guard let issuer else {
            throw ImpactKitError(.invalidArgument, "the credential names no issuer id", path: "/issuer")
        }
        guard let id = text(object["id"]) else {
            throw ImpactKitError(.invalidArgument, "the credential has no id (the JWT's jti)", path: "/id")
        }
        guard let validFrom = text(object["validFrom"]) else {
            throw ImpactKitError(
                .invalidArgument, "the credential has no validFrom (the JWT's nbf)", path: "/validFrom")
        }
        payload.append("iss", .string(issuer))
        payload.append("jti", .string(id))
        payload.append("nbf", .int(try at("validFrom") { try Timestamp.unixSeconds(validFrom) }))
        if let until = text(object["validUntil"]) {
            payload.append("exp", .int(try at("validUntil") { try Timestamp.unixSeconds(until) }))
        }
        if case .object(let subject) = object["credentialSubject"], let subjectID = text(subject["id"]) {
            payload.append("sub", .string(subjectID))
        }
        var header = JSONObject()
        header.append("alg", .string(algorithm))
        header.append("kid", .string(keyID))
        header.append("typ", .string("JWT"))
        return base64URL(Array(JSONWriter.string(.object(header), pretty: false).utf8)) + "."
            + base64URL(Array(JSONWriter.string(.object(payload), pretty: false).utf8))
    }

    /// The compact JWT: the signing input, ".", the signature in base64url. The signature's length is checked against
    /// the header's algorithm (a truncated or wrong-algorithm signature is refused here, not by a verifier later).
    public static func assemble(signingInput: String, signature: [UInt8]) throws -> String {
        let parts = signingInput.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let headerBytes = Base64.decodeURL(String(parts[0])),
            Base64.decodeURL(String(parts[1])) != nil,
            case .object(let header)? = try? JSONParser.parse(String(decoding: headerBytes, as: UTF8.self)),
            let algorithm = text(header["alg"]), let lengths = algorithms[algorithm]
        else {
            throw ImpactKitError(
                .invalidArgument, "not a signing input ImpactKit made (header.payload)", path: "/signing_input")
        }
        guard lengths.contains(signature.count) else {
            let expected =
                lengths.lowerBound == lengths.upperBound
                ? "\(lengths.lowerBound)" : "\(lengths.lowerBound)–\(lengths.upperBound)"
            throw ImpactKitError(
                .invalidArgument, "a \(algorithm) signature is \(expected) bytes, not \(signature.count)",
                path: "/signature")
        }
        return signingInput + "." + base64URL(signature)
    }

    private static func base64URL(_ bytes: [UInt8]) -> String { Base64.encodeURL(bytes) }

    private static func text(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }
}
