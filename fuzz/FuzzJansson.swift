// libFuzzer target: ik_document_from_jansson over any value jansson accepts (including strings with NUL bytes,
// which jansson's own loader can produce with JSON_ALLOW_NUL). An accepted canvas must reopen from its own JSON and
// give its figures; the exports of a loaded canvas are FuzzCanvasFromJSON's (a canvas from jansson values is one
// its JSON text also loads, which the reopening checks), so they are not run again here: they were most of this
// target's time, at 760 executions a second.
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
    let text = FuzzChecks.json(canvas)
    ik_canvas_free(canvas)
    let again = FuzzChecks.reopens(text)
    ik_free(text)
    FuzzChecks.evaluates(again)
    ik_document_free(again)
    return 0
}
