// libFuzzer target: any bytes through ik_document_from_json, the one handle for every document type. A document
// that loads must round-trip identically, and every verb must answer with IK_OK or a proper refusal —
// IK_ENOTSUP where the type lacks the verb — in both languages, never a crash, and nothing handed out on error.
import Glibc
import ImpactKitABI

private let settings = #"{"homepage": "https://lms.example.org", "pseudonym_salt": "fuzz-salt-0123456789"}"#

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var doc: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_document_from_json(&doc, $0, size, nil, &error)
    }
    guard status == 0 else {
        if doc != nil || status >= 0 || status < -11 || error.code != status { abort() }
        return 0
    }
    defer { ik_document_free(doc) }
    guard ik_document_kind(doc) != nil else { abort() }
    var first: UnsafeMutablePointer<CChar>?
    guard ik_document_to_json(doc, &first, &error) == 0, let first else { abort() }
    defer { ik_free(first) }
    var again: OpaquePointer?
    guard ik_document_from_json(&again, first, strlen(first), nil, &error) == 0 else { abort() }
    defer { ik_document_free(again) }
    var second: UnsafeMutablePointer<CChar>?
    guard ik_document_to_json(again, &second, &error) == 0, let second else { abort() }
    defer { ik_free(second) }
    if strcmp(first, second) != 0 { abort() }

    settings.withCString { xapi in
        for lang in ["nl", "en"] {
            lang.withCString { code in
                var options = ik_report_options(
                    version: 1, lang: code, as_of: nil, dimensions: nil, xapi_settings: xapi,
                    xapi_settings_len: strlen(xapi))
                let verbs:
                    [(
                        OpaquePointer?, UnsafePointer<ik_report_options>?,
                        UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                        UnsafeMutablePointer<ik_error>?
                    ) -> Int32] = [
                        ik_document_evaluate, ik_document_report_text, ik_document_render_svg, ik_document_to_csv,
                        ik_document_to_xapi,
                    ]
                for verb in verbs {
                    var out: UnsafeMutablePointer<CChar>?
                    let result = verb(doc, &options, &out, &error)
                    if result == 0 {
                        guard let out else { abort() }
                        ik_free(out)
                    } else if out != nil || result != -11 || error.code != result {
                        // Only "not supported" may refuse a document that loaded: the settings above are valid.
                        abort()
                    }
                }
            }
        }
    }
    return 0
}
