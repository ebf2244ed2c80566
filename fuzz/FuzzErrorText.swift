// libFuzzer target: ik_error_localize and ik_error_describe over any ik_error a host may hold (one read back from a
// log, cut, or from a newer library). The first byte picks the language; the rest is the struct's bytes as they are.
// Both calls must give the same status, the one the header predicts, and on success texts that agree:
// describe = "<IK_E symbol>: <localized message>" and, in English, the message as it was.
import Glibc
import ImpactKitABI

/// The languages asked: each with whether the header supports it, and whether it is English (NULL is).
private let languages: [(code: String?, supported: Bool, english: Bool)] = [
    (nil, true, true), ("nl", true, false), ("en", true, true), ("nl-NL", true, false), ("EN_gb", true, true),
    ("de", false, false), ("", false, false), ("\u{e9}", false, false),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzErrorText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    var held = ik_error()
    withUnsafeMutableBytes(of: &held) { target in
        target.copyMemory(from: UnsafeRawBufferPointer(start: data + 1, count: min(size - 1, target.count)))
    }
    let lang = languages[Int(data[0]) % languages.count]
    let localized = call(ik_error_localize, &held, lang.code)
    let described = call(ik_error_describe, &held, lang.code)
    if localized.status != described.status { abort() }
    if localized.status != expectedStatus(held, languageSupported: lang.supported) { abort() }
    guard localized.status == 0, let message = localized.text, let description = described.text else { return 0 }

    guard let symbol = ik_strerror(held.code).map({ String(cString: $0) }), symbol.hasPrefix("IK_E") else { abort() }
    let head = symbol + ": " + message
    if !description.hasPrefix(head) { abort() }
    let path = FuzzChecks.text(of: held.path) ?? ""
    if path.isEmpty && held.line <= 0 && description != head { abort() }
    // English is the message as it was (empty if it was); Dutch always says something.
    if lang.english ? message != FuzzChecks.text(of: held.message) : message.isEmpty { abort() }
    return 0
}

private typealias ErrorText = (
    UnsafePointer<ik_error>?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    UnsafeMutablePointer<ik_error>?
) -> Int32

/// One call; a refusal must leave no text and say its code, a success must give UTF-8 text and a clean error.
private func call(_ function: ErrorText, _ held: inout ik_error, _ lang: String?) -> (status: Int32, text: String?) {
    var out: UnsafeMutablePointer<CChar>?
    var error = ik_error()
    error.code = 99
    let status = withOptionalCString(lang) { function(&held, $0, &out, &error) }
    if error.code != status { abort() }
    guard status == 0 else {
        if out != nil || FuzzChecks.text(of: error.message)?.isEmpty != false { abort() }
        return (status, nil)
    }
    guard let out else { abort() }
    defer { ik_free(out) }
    let bytes = UnsafeRawBufferPointer(start: out, count: strlen(out))
    guard let text = String(validating: bytes, as: UTF8.self) else { abort() }
    return (status, text)
}

/// The header's rules: an unsupported language or IK_OK is IK_EINVAL, a code that is no IK_E* code IK_ERANGE,
/// a message or path that is not NUL-terminated UTF-8 within its buffer IK_EUTF8.
private func expectedStatus(_ held: ik_error, languageSupported: Bool) -> Int32 {
    if !languageSupported { return -1 }
    if held.code == 0 { return -1 }
    if !(-13 ... -1).contains(held.code) { return -6 }
    if FuzzChecks.text(of: held.message) == nil || FuzzChecks.text(of: held.path) == nil { return -10 }
    return 0
}

/// `body` with the language as a C string, or NULL for none.
private func withOptionalCString<Result>(_ string: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let string else { return body(nil) }
    return string.withCString(body)
}
