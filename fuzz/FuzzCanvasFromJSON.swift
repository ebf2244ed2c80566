// libFuzzer target: canvas documents over arbitrary bytes, opened as documents and edited through a canvas handle.
// When a canvas loads, its round trip must be stable and every verb must succeed — otherwise abort, so the fuzzer
// reports the input.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCanvasFromJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var document: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_document_from_json(&document, $0, size, nil, &error)
    }
    guard status == 0 else {
        if document != nil || status > 0 || status < -11 || error.code != status { abort() }
        return 0
    }
    defer { ik_document_free(document) }
    var canvas: OpaquePointer?
    let converted = ik_canvas_from_document(&canvas, document, &error)
    guard converted == 0 else {
        if converted != -11 || canvas != nil { abort() }  // another kind: IK_ENOTSUP, nothing handed out
        return 0
    }
    FuzzChecks.roundTrip(canvas)
    ik_canvas_free(canvas)
    return 0
}
