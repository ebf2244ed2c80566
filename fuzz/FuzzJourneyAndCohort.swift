// libFuzzer target: ik_journey_from_json and ik_cohort_add_json over arbitrary bytes. A journey that loads must
// round-trip identically, evaluate, compare its first and last moment (when it has two) and produce its text;
// the cohort must take every input (added or skipped, with error.code == status) and still evaluate.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJourneyAndCohort(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var journey: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_journey_from_json(&journey, $0, size, nil, &error)
    }
    if status != 0 {
        if journey != nil || status > 0 || status < -10 || error.code != status { abort() }
    } else {
        var first: UnsafeMutablePointer<CChar>?
        guard ik_journey_to_json(journey, &first, &error) == 0, let first else { abort() }
        var again: OpaquePointer?
        guard ik_journey_from_json(&again, first, strlen(first), nil, &error) == 0 else { abort() }
        var second: UnsafeMutablePointer<CChar>?
        guard ik_journey_to_json(again, &second, &error) == 0, let second else { abort() }
        if strcmp(first, second) != 0 { abort() }
        var report: UnsafeMutablePointer<CChar>?
        guard ik_journey_evaluate(again, nil, &report, &error) == 0 else { abort() }
        var text: UnsafeMutablePointer<CChar>?
        guard ik_journey_report_text(again, nil, &text, &error) == 0 else { abort() }
        var comparison: UnsafeMutablePointer<CChar>?
        let compared = ik_journey_compare(again, nil, nil, nil, &comparison, &error)
        if compared != 0 && compared != -1 { abort() }  // only "fewer than two moments" may refuse
        // The progress picture and the xAPI statements take every string of every moment.
        var svg: UnsafeMutablePointer<CChar>?
        guard ik_journey_render_svg(again, nil, &svg, &error) == 0, let svg, strstr(svg, "<script") == nil else { abort() }
        ik_free(svg)
        let settings = #"{"homepage": "https://lms.example.org", "actor": "members"}"#
        var statements: UnsafeMutablePointer<CChar>?
        guard ik_journey_to_xapi(again, settings, settings.utf8.count, nil, &statements, &error) == 0 else { abort() }
        ik_free(statements)
        ik_free(first)
        ik_free(second)
        ik_free(report)
        ik_free(text)
        ik_free(comparison)
        ik_journey_free(again)
        ik_journey_free(journey)
    }

    var cohort: OpaquePointer?
    guard ik_cohort_new(&cohort, nil, nil, &error) == 0 else { abort() }
    let added = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_cohort_add_json(cohort, "input", $0, size, &error)
    }
    if added != error.code || added > 0 || added < -10 { abort() }
    var report: UnsafeMutablePointer<CChar>?
    guard ik_cohort_evaluate(cohort, nil, &report, &error) == 0, let report else { abort() }
    var heatMap: UnsafeMutablePointer<CChar>?
    guard ik_cohort_render_svg(cohort, nil, &heatMap, &error) == 0, let heatMap, strstr(heatMap, "<script") == nil else { abort() }
    ik_free(heatMap)
    // A refused document is listed under "skipped"; an added one is counted as a group.
    let listed = strstr(report, added == 0 ? "\"groups\": 1," : "\"source\": \"input\"") != nil
    if !listed { abort() }
    ik_free(report)
    ik_cohort_free(cohort)
    return 0
}
