// libFuzzer target: ik_document_from_jansson over any value jansson accepts (including strings with NUL bytes,
// which jansson's own loader can produce with JSON_ALLOW_NUL).
import CJansson
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJansson(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var parseError = json_error_t()
    let flags = Int(JSON_DECODE_ANY | JSON_ALLOW_NUL)
    guard
        let value = data.withMemoryRebound(
            to: CChar.self, capacity: max(size, 1),
            {
                json_loadb($0, size, flags, &parseError)
            })
    else { return 0 }
    defer { json_decref(value) }
    var document: OpaquePointer?
    var error = ik_error()
    guard ik_document_from_jansson(&document, value, nil, &error) == 0 else {
        if document != nil { abort() }
        return 0
    }
    defer { ik_document_free(document) }
    var canvas: OpaquePointer?
    guard ik_canvas_from_document(&canvas, document, &error) == 0 else {
        if canvas != nil || error.code != -11 { abort() }
        return 0
    }
    FuzzChecks.roundTrip(canvas)
    ik_canvas_free(canvas)
    return 0
}
