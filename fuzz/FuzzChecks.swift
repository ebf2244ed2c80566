// Properties every fuzz target checks on a canvas that loaded, through the 1.0 API: the canvas as a document
// round-trips identically, and every verb a canvas has succeeds in both languages.
import Glibc
import ImpactKitABI

enum FuzzChecks {
    /// The canvas as JSON text (through a document handle); aborts when the library refuses.
    static func json(_ canvas: OpaquePointer?) -> UnsafeMutablePointer<CChar> {
        var error = ik_error()
        var document: OpaquePointer?
        guard ik_canvas_to_document(&document, canvas, &error) == 0 else { abort() }
        defer { ik_document_free(document) }
        var text: UnsafeMutablePointer<CChar>?
        guard ik_document_to_json(document, &text, &error) == 0, let text else { abort() }
        return text
    }

    static func roundTrip(_ canvas: OpaquePointer?) {
        var error = ik_error()
        let first = json(canvas)
        var again: OpaquePointer?
        guard ik_document_from_json(&again, first, strlen(first), nil, &error) == 0 else { abort() }
        defer { ik_document_free(again) }
        var second: UnsafeMutablePointer<CChar>?
        guard ik_document_to_json(again, &second, &error) == 0, let second else { abort() }
        if strcmp(first, second) != 0 { abort() }
        ik_free(first)
        ik_free(second)
        let settings =
            #"{"homepage": "https://lms.example.org", "actor": "members", "attachment": true, "pseudonym_salt": "fuzz-salt-0123456789"}"#
        settings.withCString { xapi in
            for lang in ["nl", "en"] {
                lang.withCString { code in
                    var options = ik_report_options(
                        version: 1, lang: code, as_of: nil, dimensions: nil, xapi_settings: xapi,
                        xapi_settings_len: strlen(xapi))
                    var out: UnsafeMutablePointer<CChar>?
                    guard ik_document_evaluate(again, &options, &out, &error) == 0 else { abort() }
                    ik_free(out)
                    guard ik_document_report_text(again, &options, &out, &error) == 0 else { abort() }
                    ik_free(out)
                    // The exports take every string of the document: none may trap, the SVG holds no raw "<script".
                    guard ik_document_render_svg(again, &options, &out, &error) == 0, let svg = out else { abort() }
                    if strstr(svg, "<script") != nil { abort() }
                    ik_free(svg)
                    guard ik_document_to_csv(again, &options, &out, &error) == 0 else { abort() }
                    ik_free(out)
                    // xAPI statements of any loadable canvas, every setting on, are produced and are JSON again.
                    guard ik_document_to_xapi(again, &options, &out, &error) == 0, let statements = out else { abort() }
                    var parsed: OpaquePointer?
                    // An array: IK_ESCHEMA (not a document), never IK_EJSON.
                    guard ik_document_from_json(&parsed, statements, strlen(statements), nil, &error) == -3 else {
                        abort()
                    }
                    ik_free(statements)
                    // The multipart body: produced, framed by its own boundary (which no part may contain).
                    var type: UnsafeMutablePointer<CChar>?
                    guard ik_document_to_xapi_multipart(again, &options, &out, &type, &error) == 0, let body = out,
                        let type, let equals = strchr(type, 61)  // "="
                    else { abort() }
                    let boundary = String(cString: equals + 1)
                    let text = String(cString: body)
                    let delimiter = "\r\n--" + boundary
                    if !text.hasPrefix("--" + boundary + "\r\n") || !text.hasSuffix(delimiter + "--\r\n") { abort() }
                    if text.split(separator: delimiter, omittingEmptySubsequences: false).count != 3 { abort() }
                    ik_free(body)
                    ik_free(type)
                }
            }
        }
    }
}
