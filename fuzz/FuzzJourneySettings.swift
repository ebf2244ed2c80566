// libFuzzer target (issue 37, the 1.3 entry points that take a host's settings): any settings for the credentials,
// the learner record and the analytics rows of one journey (Tests/data/credentials/journey-with-authors.json; the
// bytes split at the first NUL: settings, then the credentials to put in a learner record). Properties: OK or a
// refusal whose code is the status, with nothing handed out; what comes out is JSON (NDJSON a line at a time); and
// credentials the library issued go into a learner record with the same settings.
import CJansson
import Glibc
import ImpactKitABI

/// The report language as a C string that outlives the options holding it.
private let language = UnsafePointer(strdup("nl")!)

private let journey = FuzzChecks.document(
    at: "Tests/data/credentials/journey-with-authors.json", for: "FuzzJourneySettings")

private let tables = ["groups", "moments", "moment_domains", "placements", "changes", "sroi_outcomes", "nope"]

private func refusedCleanly(_ status: Int32, _ out: UnsafeMutablePointer<CChar>?, _ error: ik_error) -> Bool {
    out == nil && error.code == status && status < 0 && status >= -13
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJourneySettings(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let split = (0..<size).first { data[$0] == 0 } ?? size
    let rest = min(split + 1, size)
    var options = ik_report_options(
        version: 1, lang: language, as_of: nil, dimensions: nil, xapi_settings: nil, xapi_settings_len: 0)
    var error = ik_error()
    return UnsafeRawPointer(data).withMemoryRebound(to: CChar.self, capacity: max(size, 1)) { bytes -> Int32 in
        var out: UnsafeMutablePointer<CChar>?
        let issued = ik_journey_credentials(journey, &options, bytes, split, &out, &error)
        if issued == 0 {
            guard let out, FuzzChecks.isJSON(out) else { abort() }
            // The credentials issued go into a learner record with the same settings.
            var parseError = json_error_t()
            guard let report = json_loads(out, 0, &parseError) else { abort() }
            ik_free(out)
            if let credentials = json_object_get(report, "credentials"), json_array_size(credentials) > 0,
                let text = json_dumps(credentials, 0)
            {
                var record: UnsafeMutablePointer<CChar>?
                guard
                    ik_journey_learner_record(journey, &options, bytes, split, text, strlen(text), &record, &error)
                        == 0,
                    let record, FuzzChecks.isJSON(record)
                else { abort() }
                ik_free(record)
                free(text)
            }
            json_decref(report)
        } else if !refusedCleanly(issued, out, error) {
            abort()
        }
        // Any credentials at all, with these settings.
        var record: UnsafeMutablePointer<CChar>?
        let recorded = ik_journey_learner_record(
            journey, &options, bytes, split, bytes + rest, size - rest, &record, &error)
        if recorded == 0 {
            guard let record, FuzzChecks.isJSON(record) else { abort() }
            ik_free(record)
        } else if !refusedCleanly(recorded, record, error) {
            abort()
        }
        // The analytics rows of one table (the last byte picks it: the first is a JSON object's "{").
        let table = tables[Int(size > 0 ? data[size - 1] : 0) % tables.count]
        var rows: UnsafeMutablePointer<CChar>?
        let listed = ik_document_analytics_rows(journey, table, bytes, split, &rows, &error)
        if listed == 0 {
            guard let rows else { abort() }
            var line = UnsafeMutablePointer(rows)
            while line.pointee != 0 {
                guard let end = strchr(line, 10) else { abort() }  // every row ends with a newline
                end.pointee = 0
                if !FuzzChecks.isJSON(line) { abort() }
                line = end + 1
            }
            ik_free(rows)
        } else if !refusedCleanly(listed, rows, error) {
            abort()
        }
        return 0
    }
}
