// Properties the fuzz targets check on a canvas, through the 1.0 API: the canvas as a document reopens and
// round-trips identically (every target), and every verb a canvas has succeeds in both languages (the targets about
// loading documents; the edit targets check the reopening after each edit and leave the verbs to those).
import CJansson
import Glibc
import ImpactKitABI

enum FuzzChecks {
    /// The canvas as JSON text (through a document handle); aborts when the library refuses.
    static func json(_ canvas: OpaquePointer?) -> UnsafeMutablePointer<CChar> {
        var error = ik_error()
        var document: OpaquePointer?
        guard ik_canvas_to_document(&document, canvas, &error) == 0 else { abort() }
        defer { ik_document_free(document) }
        return documentJSON(document)
    }

    /// A journey as JSON text (through a document handle); aborts when the library refuses.
    static func json(journey: OpaquePointer?) -> UnsafeMutablePointer<CChar> {
        var error = ik_error()
        var document: OpaquePointer?
        guard ik_journey_to_document(&document, journey, &error) == 0 else { abort() }
        defer { ik_document_free(document) }
        return documentJSON(document)
    }

    /// Any document's JSON text; aborts when the library refuses.
    static func documentJSON(_ document: OpaquePointer?) -> UnsafeMutablePointer<CChar> {
        var error = ik_error()
        var text: UnsafeMutablePointer<CChar>?
        guard ik_document_to_json(document, &text, &error) == 0, let text else { abort() }
        return text
    }

    /// Any document's JSON opens again and writes back identically. Returns the reopened document (caller frees).
    static func reopensAsDocument(_ text: UnsafePointer<CChar>) -> OpaquePointer? {
        var error = ik_error()
        var again: OpaquePointer?
        guard ik_document_from_json(&again, text, strlen(text), nil, &error) == 0 else { abort() }
        let second = documentJSON(again)
        if strcmp(text, second) != 0 { abort() }
        ik_free(second)
        return again
    }

    /// The text is one JSON value (jansson's reading, not ours).
    static func isJSON(_ text: UnsafePointer<CChar>) -> Bool {
        var parseError = json_error_t()
        guard let value = json_loads(text, Int(JSON_DECODE_ANY), &parseError) else { return false }
        json_decref(value)
        return true
    }

    /// The canvas's JSON opens again as a canvas and writes back identically: every accepted edit yields a document
    /// the library accepts. Returns the reopened document (the caller frees it).
    @discardableResult
    static func reopens(_ text: UnsafePointer<CChar>) -> OpaquePointer? {
        let again = reopensAsDocument(text)
        var error = ik_error()
        var canvas: OpaquePointer?
        guard ik_canvas_from_document(&canvas, again, &error) == 0 else { abort() }
        ik_canvas_free(canvas)
        return again
    }

    /// Reopens the canvas and runs every verb on it in both languages.
    static func roundTrip(_ canvas: OpaquePointer?) {
        let first = json(canvas)
        let again = reopens(first)
        ik_free(first)
        defer { ik_document_free(again) }
        verbs(again)
    }

    /// The figures of a document (a canvas or a journey: the verb every report starts from) come out in both
    /// languages.
    static func evaluates(_ document: OpaquePointer?) {
        var error = ik_error()
        for lang in ["nl", "en"] {
            lang.withCString { code in
                var options = ik_report_options(
                    version: 1, lang: code, as_of: nil, dimensions: nil, xapi_settings: nil, xapi_settings_len: 0)
                var out: UnsafeMutablePointer<CChar>?
                guard ik_document_evaluate(document, &options, &out, &error) == 0 else { abort() }
                ik_free(out)
            }
        }
    }

    /// Every verb of a canvas document succeeds in both languages, and what it writes is well formed.
    static func verbs(_ again: OpaquePointer?) {
        var error = ik_error()
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
                    // Byte search, not String.split: the check must not cost more than the export it checks.
                    let delimiter =
                        Array("\r\n--".utf8)
                        + Array(UnsafeBufferPointer(start: equals + 1, count: strlen(equals + 1)))
                        .map { UInt8(bitPattern: $0) }
                    let bytes = UnsafeRawBufferPointer(start: body, count: strlen(body))
                    let opening = Array(delimiter.dropFirst(2)) + Array("\r\n".utf8)
                    let closing = delimiter + Array("--\r\n".utf8)
                    if !bytes.starts(with: opening) || !bytes.reversed().starts(with: closing.reversed()) { abort() }
                    if occurrences(of: delimiter, in: bytes) != 2 { abort() }
                    ik_free(body)
                    ik_free(type)
                }
            }
        }
    }

    /// A document of the repository (a path from its root, where the campaign runs), read whole; `target` names
    /// who asks when it is missing or refused.
    static func document(at path: String, for target: String) -> OpaquePointer? {
        guard let file = fopen(path, "rb") else {
            fputs("\(target): run from the repository's root (\(path))\n", stderr)
            abort()
        }
        defer { fclose(file) }
        var bytes: [CChar] = []
        var buffer = [CChar](repeating: 0, count: 1 << 16)
        while true {
            let read = fread(&buffer, 1, buffer.count, file)
            if read == 0 { break }
            bytes += buffer[0..<read]
        }
        var error = ik_error()
        var document: OpaquePointer?
        guard ik_document_from_json(&document, bytes, bytes.count, nil, &error) == 0 else {
            fputs("\(target): \(path) does not load (status \(error.code))\n", stderr)
            abort()
        }
        return document
    }

    /// The text of a fixed C buffer (an `ik_error`'s message or path) up to its NUL; nil when it has no NUL or is
    /// not UTF-8.
    static func text<Buffer>(of buffer: Buffer) -> String? {
        withUnsafeBytes(of: buffer) { bytes in
            guard let end = bytes.firstIndex(of: 0) else { return nil }
            return String(validating: bytes[..<end], as: UTF8.self)
        }
    }

    /// An input as NUL-separated fields, each handed out once as a C string (past the last: an empty one).
    struct Fields {
        private var fields: [[CChar]] = [[]]
        private var cursor = 0

        init(_ data: UnsafePointer<UInt8>, _ size: Int) {
            for index in 0..<size {
                if data[index] == 0 {
                    fields.append([])
                } else {
                    fields[fields.count - 1].append(CChar(bitPattern: data[index]))
                }
            }
        }

        var isEmpty: Bool { cursor >= fields.count }

        mutating func next() -> [CChar] {
            defer { cursor += 1 }
            return cursor < fields.count ? fields[cursor] + [0] : [0]
        }
    }

    private static func occurrences(of needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int {
        guard let first = needle.first, haystack.count >= needle.count else { return 0 }
        var count = 0
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, needle.indices.allSatisfy({ haystack[index + $0] == needle[$0] }) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
}
