// libFuzzer target: the entry points that look something up by a host's names — ik_questions (variant, purpose),
// ik_template_builtin (id), ik_document_template (kind, language) and ik_actiescan_compare (two scan labels of
// examples/data/instruments/lin-actiescan.json). The first byte picks the call; the rest, split at NUL, gives the
// names (none: NULL). Properties: OK with JSON (a template document that reopens identically), or a refusal the
// header lists whose code is the status, with nothing handed out; a name the library has is always found.
import Glibc
import ImpactKitABI

private let scan = FuzzChecks.document(at: "examples/data/instruments/lin-actiescan.json", for: "FuzzLookups")

private let kinds = ["kirkpatrick", "actiescan", "fasemodel", "lin", "factsheet", "iwp"]
private let labels = ["najaar-2025", "najaar-2026"]
// IK_EINVAL, IK_ENOTFOUND, IK_ELIMIT (a name over its length limit), IK_EUTF8, IK_ENOTSUP
private let (invalid, notFound, limit, utf8, notSupported): (Int32, Int32, Int32, Int32, Int32) = (-1, -4, -7, -10, -11)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLookups(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let names = UnsafeBufferPointer(start: data + 1, count: size - 1).split(
        separator: 0, maxSplits: 2, omittingEmptySubsequences: false
    ).map { field -> [UInt8]? in field.isEmpty ? nil : Array(field) + [0] }
    let first = names.count > 0 ? names[0] : nil
    let second = names.count > 1 ? names[1] : nil
    var out: UnsafeMutablePointer<CChar>?
    var error = ik_error()
    error.code = 99
    switch data[0] % 4 {
    case 0:
        let status = withName(first) { variant in withName(second) { ik_questions(variant, $0, &out, &error) } }
        check(status, out, error, refusals: [invalid, limit, utf8], found: first == nil && second == nil)
    case 1:
        let status = withName(first) { ik_template_builtin(&out, $0, &error) }
        check(status, out, error, refusals: [invalid, notFound, limit, utf8], found: isName(first, in: ["lim"]))
    case 2:
        var document: OpaquePointer?
        let status = withName(first) { kind in
            withName(second) { lang in
                var options = ik_options(
                    version: 1, lang: lang, max_document_bytes: 0, max_depth: 0, max_string_bytes: 0, max_elements: 0)
                return ik_document_template(&document, kind, &options, &error)
            }
        }
        if status == 0 {
            guard let document else { abort() }
            out = FuzzChecks.documentJSON(document)
            ik_document_free(document)
            if let out { ik_document_free(FuzzChecks.reopensAsDocument(out)) }
        } else if document != nil {
            abort()
        }
        let supportedLanguage = second == nil || isName(second, in: ["en", "nl"])
        check(
            status, out, error, refusals: [invalid, notFound, limit, utf8, notSupported],
            found: isName(first, in: kinds) && supportedLanguage)
    default:
        let status = withName(first) { from in
            withName(second) { ik_actiescan_compare(scan, from, $0, nil, &out, &error) }
        }
        check(
            status, out, error, refusals: [invalid, notFound, limit, utf8],
            found: isName(first, in: labels) && isName(second, in: labels))
        if status == notFound, !["/from", "/to"].contains(FuzzChecks.text(of: error.path)) { abort() }
    }
    ik_free(out)
    return 0
}

/// OK with JSON text and a clean error, or one of `refusals` with nothing handed out; `found`: it must be OK.
private func check(
    _ status: Int32, _ out: UnsafeMutablePointer<CChar>?, _ error: ik_error, refusals: [Int32], found: Bool
) {
    if error.code != status { abort() }
    if status == 0 {
        guard let out, FuzzChecks.isJSON(out) else { abort() }
    } else if out != nil || !refusals.contains(status) || found {
        abort()
    }
}

private func isName(_ name: [UInt8]?, in known: [String]) -> Bool {
    guard let name else { return false }
    return known.contains { Array($0.utf8) + [0] == name }
}

private func withName<Result>(_ name: [UInt8]?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let name else { return body(nil) }
    return name.withUnsafeBufferPointer { bytes in
        bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress) }
    }
}
