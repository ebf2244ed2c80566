// libFuzzer target: ik_canvas_from_json over arbitrary bytes. When a document loads, its round trip must be
// stable (write, read, write gives the same text) and evaluation must succeed — otherwise abort, so the fuzzer
// reports the input.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCanvasFromJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var canvas: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_canvas_from_json(&canvas, $0, size, nil, &error)
    }
    guard status == 0 else {
        if canvas != nil || status > 0 || status < -10 || error.code != status { abort() }
        return 0
    }
    FuzzChecks.roundTrip(canvas)
    ik_canvas_free(canvas)
    return 0
}
