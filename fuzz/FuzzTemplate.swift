// libFuzzer target: ik_canvas_new with an arbitrary template document.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var canvas: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_canvas_new(&canvas, "fuzz", $0, size, nil, &error)
    }
    guard status == 0 else {
        if canvas != nil || error.code != status { abort() }
        return 0
    }
    FuzzChecks.roundTrip(canvas)
    ik_canvas_free(canvas)
    return 0
}
