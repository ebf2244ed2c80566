// libFuzzer target: the six instruments of seeds 002–004. The first byte picks the instrument, the rest is the
// document. One that loads must round-trip identically and evaluate (JSON and text, nl and en); refusals only with
// a proper code and nothing handed out.
import Glibc
import ImpactKitABI

/// One instrument's functions, with the handle type erased to OpaquePointer for the loop below.
private struct Functions {
    var fromJSON: (UnsafeMutablePointer<OpaquePointer?>, UnsafePointer<CChar>, Int, UnsafeMutablePointer<ik_error>) -> Int32
    var toJSON: (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<ik_error>) -> Int32
    var evaluate: (OpaquePointer?, UnsafePointer<ik_options>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<ik_error>) -> Int32
    var text: (OpaquePointer?, UnsafePointer<ik_options>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<ik_error>) -> Int32
    var free: (OpaquePointer?) -> Void
}

private let kinds: [Functions] = [
    Functions(
        fromJSON: { ik_kirkpatrick_from_json($0, $1, $2, nil, $3) }, toJSON: { ik_kirkpatrick_to_json($0, $1, $2) },
        evaluate: { ik_kirkpatrick_evaluate($0, "2026-11-23", $1, $2, $3) }, text: { ik_kirkpatrick_report_text($0, nil, $1, $2, $3) },
        free: { ik_kirkpatrick_free($0) }),
    Functions(
        fromJSON: { ik_actiescan_from_json($0, $1, $2, nil, $3) }, toJSON: { ik_actiescan_to_json($0, $1, $2) },
        evaluate: { ik_actiescan_evaluate($0, $1, $2, $3) }, text: { ik_actiescan_report_text($0, $1, $2, $3) },
        free: { ik_actiescan_free($0) }),
    Functions(
        fromJSON: { ik_fasemodel_from_json($0, $1, $2, nil, $3) }, toJSON: { ik_fasemodel_to_json($0, $1, $2) },
        evaluate: { ik_fasemodel_evaluate($0, $1, $2, $3) }, text: { ik_fasemodel_report_text($0, $1, $2, $3) },
        free: { ik_fasemodel_free($0) }),
    Functions(
        fromJSON: { ik_lin_from_json($0, $1, $2, nil, $3) }, toJSON: { ik_lin_to_json($0, $1, $2) },
        evaluate: { ik_lin_evaluate($0, $1, $2, $3) }, text: { ik_lin_report_text($0, $1, $2, $3) },
        free: { ik_lin_free($0) }),
    Functions(
        fromJSON: { ik_factsheet_from_json($0, $1, $2, nil, $3) }, toJSON: { ik_factsheet_to_json($0, $1, $2) },
        evaluate: { ik_factsheet_evaluate($0, $1, $2, $3) }, text: { ik_factsheet_report_text($0, $1, $2, $3) },
        free: { ik_factsheet_free($0) }),
    Functions(
        fromJSON: { ik_iwp_from_json($0, $1, $2, nil, $3) }, toJSON: { ik_iwp_to_json($0, $1, $2) },
        evaluate: { ik_iwp_evaluate($0, $1, $2, $3) }, text: { ik_iwp_report_text($0, $1, $2, $3) },
        free: { ik_iwp_free($0) }),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInstruments(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 1 else { return 0 }
    let kind = kinds[Int(data[0]) % kinds.count]
    var handle: OpaquePointer?
    var error = ik_error()
    let status = (data + 1).withMemoryRebound(to: CChar.self, capacity: max(size - 1, 1)) {
        kind.fromJSON(&handle, $0, size - 1, &error)
    }
    guard status == 0 else {
        if handle != nil || status > 0 || status < -10 || error.code != status { abort() }
        return 0
    }
    defer { kind.free(handle) }
    var first: UnsafeMutablePointer<CChar>?
    guard kind.toJSON(handle, &first, &error) == 0, let first else { abort() }
    var again: OpaquePointer?
    guard kind.fromJSON(&again, first, strlen(first), &error) == 0 else { abort() }
    var second: UnsafeMutablePointer<CChar>?
    guard kind.toJSON(again, &second, &error) == 0, let second else { abort() }
    if strcmp(first, second) != 0 { abort() }
    ik_free(first)
    ik_free(second)
    kind.free(again)
    for lang in ["nl", "en"] {
        lang.withCString { code in
            var options = ik_options()
            options.version = 1
            options.lang = code
            var out: UnsafeMutablePointer<CChar>?
            guard kind.evaluate(handle, &options, &out, &error) == 0, out != nil else { abort() }
            ik_free(out)
            guard kind.text(handle, &options, &out, &error) == 0, out != nil else { abort() }
            ik_free(out)
        }
    }
    if Int(data[0]) % kinds.count == 1 {
        var out: UnsafeMutablePointer<CChar>?
        let compared = ik_actiescan_compare(handle, "najaar-2025", "najaar-2026", nil, &out, &error)
        if compared != 0 && compared != -4 { abort() }
        ik_free(out)
        guard ik_actiescan_render_svg(handle, nil, &out, &error) == 0, let svg = out, strstr(svg, "<script") == nil else { abort() }
        ik_free(svg)
    }
    return 0
}
