// libFuzzer target: ik_changelog_from_json over arbitrary bytes. A log that loads must round-trip identically,
// evaluate with the default and another dimension set, write its text, and survive a sensitivity run on every
// parameter (refusals only with a proper code).
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChangeLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var log: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_changelog_from_json(&log, $0, size, nil, &error)
    }
    guard status == 0 else {
        if log != nil || status > 0 || status < -10 || error.code != status { abort() }
        return 0
    }
    defer { ik_changelog_free(log) }
    var first: UnsafeMutablePointer<CChar>?
    guard ik_changelog_to_json(log, &first, &error) == 0, let first else { abort() }
    var again: OpaquePointer?
    guard ik_changelog_from_json(&again, first, strlen(first), nil, &error) == 0 else { abort() }
    var second: UnsafeMutablePointer<CChar>?
    guard ik_changelog_to_json(again, &second, &error) == 0, let second else { abort() }
    if strcmp(first, second) != 0 { abort() }
    ik_free(first)
    ik_free(second)
    ik_changelog_free(again)
    var report: UnsafeMutablePointer<CChar>?
    guard ik_changelog_evaluate(log, nil, nil, &report, &error) == 0 else { abort() }
    ik_free(report)
    guard ik_changelog_evaluate(log, "being,acting", nil, &report, &error) == 0 else { abort() }
    ik_free(report)
    guard ik_changelog_report_text(log, nil, nil, &report, &error) == 0 else { abort() }
    ik_free(report)
    guard ik_changelog_render_svg(log, nil, &report, &error) == 0, let svg = report, strstr(svg, "<script") == nil else { abort() }
    ik_free(svg)
    var values: [Double] = [0, 1, 50, 100]
    for parameter in ["deadweight", "attribution", "displacement", "drop-off", "discount-rate", "duration", "quantity", "proxy"] {
        var runs: UnsafeMutablePointer<CChar>?
        let result = ik_changelog_sensitivity(log, parameter, &values, values.count, nil, &runs, &error)
        // IK_EINVAL when the study has no SROI, IK_ERANGE for duration 0 or 1.5-like values; never anything else.
        if result != 0 && result != -1 && result != -6 { abort() }
        ik_free(runs)
    }
    return 0
}
