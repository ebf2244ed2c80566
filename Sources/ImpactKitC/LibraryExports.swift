import Glibc
import ImpactKit
import ImpactKitABI

// Library-wide functions: version, status names, options, memory.

private let versionString: StaticString = "0.3.0"

@c @implementation
public func ik_version() -> UnsafePointer<CChar>? {
    UnsafeRawPointer(versionString.utf8Start).assumingMemoryBound(to: CChar.self)
}

private let statusNames: [Int32: StaticString] = [
    0: "IK_OK", -1: "IK_EINVAL", -2: "IK_EJSON", -3: "IK_ESCHEMA", -4: "IK_ENOTFOUND", -5: "IK_EEXIST",
    -6: "IK_ERANGE", -7: "IK_ELIMIT", -8: "IK_ENOMEM", -9: "IK_EHANDLE", -10: "IK_EUTF8", -11: "IK_ENOTSUP",
]

@c @implementation
public func ik_strerror(_ code: Int32) -> UnsafePointer<CChar>? {
    let name: StaticString = statusNames[code] ?? "IK_UNKNOWN"
    return UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
}

@c @implementation
public func ik_options_init(_ opts: UnsafeMutablePointer<ik_options>?, _ version: UInt32) -> Int32 {
    guard let opts else { return ErrorCode.invalidArgument.rawValue }
    guard version >= 1, version <= UInt32(IK_OPTIONS_VERSION) else { return ErrorCode.range.rawValue }
    opts.pointee = ik_options(
        version: UInt32(IK_OPTIONS_VERSION), lang: nil, max_document_bytes: 0, max_depth: 0, max_string_bytes: 0,
        max_elements: 0)
    return 0
}

@c @implementation
public func ik_free(_ p: UnsafeMutableRawPointer?) {
    free(p)
}

@c @implementation
public func ik_template_builtin(
    _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ template_id: UnsafePointer<CChar>?,
    _ error: UnsafeMutablePointer<ik_error>?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let id = try argument(template_id, "template_id", limit: Identifier.maxLength)
        guard let template = CanvasTemplate.builtin(id) else {
            throw ImpactKitError(.notFound, "no built-in template \"\(id.prefix(40))\" (built in: lim)")
        }
        out.pointee = try cString(JSONWriter.string(template.json))
    }
}

@c @implementation
public func ik_questions(
    _ variant: UnsafePointer<CChar>?, _ purpose: UnsafePointer<CChar>?, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let variant = try optionalArgument(variant, "variant", limit: 64).map(Variant.init(id:)) ?? .standard
        let purpose = try optionalArgument(purpose, "purpose", limit: 64).map(Purpose.init(id:))
        out.pointee = try cString(JSONWriter.string(try QuestionSet.jsonValue(variant: variant, purpose: purpose)))
    }
}
