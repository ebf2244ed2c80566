import ImpactKit
import ImpactKitABI

@c @implementation
public func ik_journey_credentials(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ settings_json: UnsafePointer<CChar>?,
    _ settings_len: Int, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let box = try documentBox(doc)
        let journey = try journeyOf(box)
        let badges = try badgeSettings(settings_json, settings_len, box)
        let settings = try ReportOptions.settings(ropts, defaults: box.options)
        let export = try OpenBadgesExport(journey: journey, settings: badges, language: settings.language)
        out.pointee = try cString(json: try export.report(settings).jsonValue)
    }
}

@c @implementation
public func ik_journey_learner_record(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ settings_json: UnsafePointer<CChar>?,
    _ settings_len: Int, _ credentials_json: UnsafePointer<CChar>?, _ credentials_len: Int, _ out_json: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let box = try documentBox(doc)
        let journey = try journeyOf(box)
        let badges = try badgeSettings(settings_json, settings_len, box)
        guard
            case .array(let members) = try JSONParser.parse(
                try document(credentials_json, credentials_len, "credentials_json"), limits: box.options.limits)
        else {
            throw ImpactKitError(.invalidArgument, "credentials_json must be a JSON array of credentials")
        }
        let settings = try ReportOptions.settings(ropts, defaults: box.options)
        out.pointee = try cString(
            json: try LearnerRecord.credential(
                journey: journey, settings: badges, members: members, language: settings.language))
    }
}

@c @implementation
public func ik_vc_jwt_signing_input(
    _ credential_json: UnsafePointer<CChar>?, _ credential_len: Int, _ alg: UnsafePointer<CChar>?,
    _ kid: UnsafePointer<CChar>?, _ out_input: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_input, "out_input")
        let credential = try JSONParser.parse(try document(credential_json, credential_len, "credential_json"))
        let algorithm = try argument(alg, "alg")
        let keyID = try argument(kid, "kid")
        out.pointee = try cString(
            try CredentialJWT.signingInput(credential: credential, algorithm: algorithm, keyID: keyID))
    }
}

@c @implementation
public func ik_vc_jwt_assemble(
    _ signing_input: UnsafePointer<CChar>?, _ signature: UnsafePointer<UInt8>?, _ signature_len: Int,
    _ out_jwt: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_jwt, "out_jwt")
        let input = try argument(signing_input, "signing_input", limit: 64 << 20)
        guard let signature, signature_len > 0, signature_len <= 4096 else {
            throw ImpactKitError(.invalidArgument, "signature must be 1 to 4096 bytes")
        }
        let bytes = Array(UnsafeBufferPointer(start: signature, count: signature_len))
        out.pointee = try cString(try CredentialJWT.assemble(signingInput: input, signature: bytes))
    }
}

@c @implementation
public func ik_ob3_bake(
    _ image: UnsafePointer<UInt8>?, _ image_len: Int, _ credential: UnsafePointer<CChar>?,
    _ out_image: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ out_len: UnsafeMutablePointer<Int>?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_image, "out_image")
        guard let length = out_len else { throw ImpactKitError(.invalidArgument, "out_len must not be NULL") }
        let bytes = try imageArgument(image, image_len)
        let baked = try BadgeBaking.bake(bytes, credential: try argument(credential, "credential", limit: 64 << 20))
        let buffer = try baked.withUnsafeBufferPointer { try cString(copying: $0) }
        out.pointee = UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        length.pointee = baked.count
    }
}

@c @implementation
public func ik_ob3_extract(
    _ image: UnsafePointer<UInt8>?, _ image_len: Int, _ out_credential: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_credential, "out_credential")
        out.pointee = try cString(try BadgeBaking.extract(try imageArgument(image, image_len)))
    }
}

/// An image's bytes: not NULL, not empty, at most 256 MiB (an A1 poster as PNG is a few MB).
private func imageArgument(_ image: UnsafePointer<UInt8>?, _ length: Int) throws -> [UInt8] {
    guard let image, length > 0 else { throw ImpactKitError(.invalidArgument, "image must not be NULL or empty") }
    guard length <= 256 << 20 else { throw ImpactKitError(.limit, "an image over 256 MiB is refused") }
    return Array(UnsafeBufferPointer(start: image, count: length))
}

/// The journey a document handle holds; a document of another kind has no learning outcomes to credential.
private func journeyOf(_ box: DocumentBox) throws -> Journey {
    guard let journey = box.value as? Journey else {
        throw ImpactKitError(
            .notSupported,
            "\(DocumentRegistry.described(type(of: box.value).kindName)) has no learning outcomes to credential (journeys have)"
        )
    }
    return journey
}

/// The Open Badges settings a call gives (settings_json, settings_len), read under the handle's limits.
func badgeSettings(_ json: UnsafePointer<CChar>?, _ length: Int, _ box: DocumentBox) throws -> OpenBadgesSettings {
    try OpenBadgesSettings(
        jsonValue: try JSONParser.parse(try document(json, length, "settings_json"), limits: box.options.limits))
}
