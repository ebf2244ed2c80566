// libFuzzer target: journeys (a document converted to a journey handle) and ik_cohort_add_json over arbitrary bytes. A journey that loads must
// round-trip identically, evaluate, compare its first and last moment (when it has two) and produce its text;
// the cohort must take every input (added or skipped, with error.code == status) and still evaluate.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJourneyAndCohort(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var document: OpaquePointer?
    var error = ik_error()
    let status = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_document_from_json(&document, $0, size, nil, &error)
    }
    if status != 0 {
        if document != nil || status > 0 || status < -11 || error.code != status { abort() }
    } else {
        var journey: OpaquePointer?
        let converted = ik_journey_from_document(&journey, document, &error)
        if converted != 0 && (converted != -11 || journey != nil) { abort() }  // another kind: IK_ENOTSUP
        if converted == 0 {
            var again: OpaquePointer?
            guard ik_journey_to_document(&again, journey, &error) == 0 else { abort() }
            var first: UnsafeMutablePointer<CChar>?, second: UnsafeMutablePointer<CChar>?
            guard ik_document_to_json(document, &first, &error) == 0, let first,
                ik_document_to_json(again, &second, &error) == 0, let second
            else { abort() }
            if strcmp(first, second) != 0 { abort() }
            var report: UnsafeMutablePointer<CChar>?
            guard ik_document_evaluate(again, nil, &report, &error) == 0 else { abort() }
            var text: UnsafeMutablePointer<CChar>?
            guard ik_document_report_text(again, nil, &text, &error) == 0 else { abort() }
            var comparison: UnsafeMutablePointer<CChar>?
            let compared = ik_journey_compare(journey, nil, nil, nil, &comparison, &error)
            if compared != 0 && compared != -1 { abort() }  // only "fewer than two moments" may refuse
            // The progress picture, the table and the xAPI statements take every string of every moment.
            var svg: UnsafeMutablePointer<CChar>?
            guard ik_document_render_svg(again, nil, &svg, &error) == 0, let svg, strstr(svg, "<script") == nil else {
                abort()
            }
            ik_free(svg)
            var csv: UnsafeMutablePointer<CChar>?
            guard ik_document_to_csv(again, nil, &csv, &error) == 0 else { abort() }
            ik_free(csv)
            // Every loadable journey exports in both xAPI versions and as Open Badges credentials.
            for version in ["1.0.3", "2.0.0"] {
                let settings =
                    #"{"homepage": "https://lms.example.org", "actor": "members", "pseudonym_salt": "fuzz-salt-0123456789", "#
                    + #""version": ""# + version + #""}"#
                var statements: UnsafeMutablePointer<CChar>?
                let exported = settings.withCString { xapi -> Int32 in
                    var options = ik_report_options(
                        version: 1, lang: nil, as_of: nil, dimensions: nil, xapi_settings: xapi,
                        xapi_settings_len: strlen(xapi))
                    return ik_document_to_xapi(again, &options, &statements, &error)
                }
                guard exported == 0 else { abort() }
                ik_free(statements)
            }
            let badges =
                #"{"issuer": {"id": "https://x.org/i", "name": "X"}, "recipient": {"identity": "a", "type": "name", "salt": "s"}, "valid_from": "2027-01-01T00:00:00Z"}"#
            var credentials: UnsafeMutablePointer<CChar>?
            guard ik_document_to_ob3(again, nil, badges, strlen(badges), &credentials, &error) == 0 else { abort() }
            ik_free(credentials)
            ik_free(first)
            ik_free(second)
            ik_free(report)
            ik_free(text)
            ik_free(comparison)
            ik_document_free(again)
            ik_journey_free(journey)
        }
        ik_document_free(document)
    }

    var cohort: OpaquePointer?
    guard ik_cohort_new(&cohort, nil, nil, &error) == 0 else { abort() }
    let added = data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) {
        ik_cohort_add_json(cohort, "input", $0, size, &error)
    }
    if added != error.code || added > 0 || added < -11 { abort() }
    var report: UnsafeMutablePointer<CChar>?
    guard ik_cohort_evaluate(cohort, nil, &report, &error) == 0, let report else { abort() }
    var heatMap: UnsafeMutablePointer<CChar>?
    guard ik_cohort_render_svg(cohort, nil, &heatMap, &error) == 0, let heatMap, strstr(heatMap, "<script") == nil
    else { abort() }
    ik_free(heatMap)
    // A refused document is listed under "skipped"; an added one is counted as a group.
    let listed = strstr(report, added == 0 ? "\"groups\": 1," : "\"source\": \"input\"") != nil
    if !listed { abort() }
    ik_free(report)
    ik_cohort_free(cohort)
    return 0
}
