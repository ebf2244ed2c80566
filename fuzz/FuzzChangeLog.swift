// libFuzzer target: change logs over arbitrary bytes, through the document handle. A log that loads must report with
// any chosen IDG dimensions, draw its IDG bars (no raw "<script"), and answer every SROI sensitivity run and an
// assurance run (tornado, break-even, simulation) with a result or a proper refusal; round trips and the other
// verbs are FuzzDocument's.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChangeLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var log: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_document_from_json(&log, $0, size, nil, &error)
    }
    guard status == 0 else {
        if log != nil || status > 0 || status < -11 || error.code != status { abort() }
        return 0
    }
    defer { ik_document_free(log) }
    guard let kind = ik_document_kind(log), strcmp(kind, "impactkit/changelog/1") == 0 else { return 0 }
    var report: UnsafeMutablePointer<CChar>?
    let chosen = "being,acting".withCString { dimensions -> Int32 in
        var options = ik_report_options(
            version: 1, lang: nil, as_of: nil, dimensions: dimensions, xapi_settings: nil, xapi_settings_len: 0)
        return ik_document_evaluate(log, &options, &report, &error)
    }
    guard chosen == 0 else { abort() }
    ik_free(report)
    guard ik_document_render_svg(log, nil, &report, &error) == 0, let svg = report, strstr(svg, "<script") == nil else {
        abort()
    }
    ik_free(svg)
    var values: [Double] = [0, 1, 50, 100]
    for parameter in [
        "deadweight", "attribution", "displacement", "drop-off", "discount-rate", "duration", "quantity", "proxy",
    ] {
        var runs: UnsafeMutablePointer<CChar>?
        let result = ik_changelog_sensitivity(log, parameter, &values, values.count, nil, nil, &runs, &error)
        // IK_EINVAL when the study has no SROI, IK_ERANGE for duration 0 or 1.5-like values; never anything else.
        if result != 0 && result != -1 && result != -6 { abort() }
        ik_free(runs)
    }
    // Assurance on any study: tornado, break-even and a short simulation, or IK_EINVAL (no SROI, no inputs).
    let settings =
        #"{"simulate": {"runs": 50, "seed": 3, "distributions": [{"parameter": "proxy", "kind": "triangular", "low": 0, "mode": 10, "high": 1e6}, {"parameter": "drop-off", "kind": "uniform", "low": 0, "high": 100}]}}"#
    var assurance: UnsafeMutablePointer<CChar>?
    let assured = ik_changelog_assurance(log, nil, settings, strlen(settings), &assurance, &error)
    if assured != 0 && assured != -1 { abort() }
    if assured == 0 && assurance == nil { abort() }
    ik_free(assurance)
    return 0
}
