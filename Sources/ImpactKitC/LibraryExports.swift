#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ImpactKit
import ImpactKitABI

// Library-wide functions: version, status names, options, memory.

// The version comes from the header's macros (the one source: include/impactkit.h), made a C string once.
nonisolated(unsafe) private let versionString: UnsafeMutablePointer<CChar>? = strdup(IK_VERSION_STRING)

@c @implementation
public func ik_version() -> UnsafePointer<CChar>? {
    UnsafePointer(versionString)
}

@c @implementation
public func ik_version_number() -> Int32 {
    Int32(IK_VERSION_NUMBER)
}

/// Status names from the core's codes (the one list), as C strings made once.
nonisolated(unsafe) private let statusNames: [Int32: UnsafeMutablePointer<CChar>] = {
    var names: [Int32: UnsafeMutablePointer<CChar>] = [:]
    names[0] = strdup("IK_OK")
    for code in ErrorCode.allCases { names[code.rawValue] = strdup(code.symbol) }
    return names
}()
nonisolated(unsafe) private let unknownStatus: UnsafeMutablePointer<CChar>? = strdup("IK_UNKNOWN")

@c @implementation
public func ik_strerror(_ code: Int32) -> UnsafePointer<CChar>? {
    UnsafePointer(statusNames[code] ?? unknownStatus)
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
        out.pointee = try cString(json: template.json)
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
        out.pointee = try cString(json: try QuestionSet.jsonValue(variant: variant, purpose: purpose))
    }
}

@c @implementation
public func ik_document_kinds(_ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        out.pointee = try cString(json: DocumentRegistry.kindsJSON)
    }
}

@c @implementation
public func ik_error_localize(
    _ error: UnsafePointer<ik_error>?, _ lang: UnsafePointer<CChar>?, _ out_text: OutString?, _ err: ErrorOut?
) -> Int32 {
    boundary(err) {
        let out = try outParameter(out_text, "out_text")
        let (held, language) = try heldError(error, lang)
        out.pointee = try cString(ErrorMessages.localized(held.message, code: held.code, language: language))
    }
}

@c @implementation
public func ik_error_describe(
    _ error: UnsafePointer<ik_error>?, _ lang: UnsafePointer<CChar>?, _ out_text: OutString?, _ err: ErrorOut?
) -> Int32 {
    boundary(err) {
        let out = try outParameter(out_text, "out_text")
        let (held, language) = try heldError(error, lang)
        out.pointee = try cString(held.localizedDescription(language))
    }
}

/// An error the host holds (one it copied, or read back from a log) and the language asked: its code must be an
/// IK_E* code and its texts NUL-terminated UTF-8 within their buffers (the buffers are the host's: nothing is read
/// past their end).
private func heldError(
    _ error: UnsafePointer<ik_error>?, _ lang: UnsafePointer<CChar>?
) throws -> (ImpactKitError, Language) {
    guard let error else { throw ImpactKitError(.invalidArgument, "error must not be NULL") }
    let language = try languageArgument(lang, "lang") ?? .en
    let given = error.pointee.code
    guard given != 0 else {
        throw ImpactKitError(.invalidArgument, "error.code is IK_OK: there is no error to describe")
    }
    guard let code = ErrorCode(rawValue: given) else {
        throw ImpactKitError(.range, "error.code \(given) is not an IK_E* code")
    }
    let message = try withUnsafeBytes(of: error.pointee.message) { try heldText($0, "error.message") }
    let path = try withUnsafeBytes(of: error.pointee.path) { try heldText($0, "error.path") }
    var held = ImpactKitError(code, verbatim: message, path: path)
    held.line = Int(max(0, error.pointee.line))
    held.column = Int(max(0, error.pointee.column))
    return (held, language)
}

private func heldText(_ bytes: UnsafeRawBufferPointer, _ name: String) throws -> String {
    guard let end = bytes.firstIndex(of: 0) else {
        throw ImpactKitError(.utf8, "\(name) is not NUL-terminated within its \(bytes.count) bytes")
    }
    guard let text = String(validating: bytes[..<end], as: UTF8.self) else {
        throw ImpactKitError(.utf8, "\(name) is not valid UTF-8")
    }
    return text
}
